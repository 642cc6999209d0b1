#pragma once

#include "core/billing/MonthlyReport.h"
#include "core/billing/TicketHistory.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace dd {

class Database;
class SlaEngine;
struct TicketFilter;

// Reads what reports are computed from: tickets with their histories, the work log,
// the tariffs' rates. Nothing here is stored twice; reports are computed on reading.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::ReportRepository)

public:
    explicit ReportRepository(const Database& database);

    // Every ticket (of one project when projectId > 0) with its history.
    Result<QList<TicketHistory>> histories(qint64 projectId = 0) const;
    // Only the tickets with an open escalation (an indexed read), among `ticketIds` when
    // given, with nothing but their escalation events: what the escalation notifier
    // needs, without reading every history.
    Result<QList<TicketHistory>> escalatedHistories(const QList<qint64>& ticketIds = {}) const;
    // tariff code → kopecks per hour (none when the tariff has no rate set).
    Result<QHash<QString, std::optional<qint64>>> hourlyRates() const;
    // Each tariff's double-rate multiplier, in percent.
    Result<QHash<QString, int>> doubleRatePercents() const;
    // The client by id or exact name, its month computed at `now` (UTC epoch seconds).
    Result<MonthlyReport> monthlyReport(const QString& client, QDate month, const SlaEngine& engine, qint64 now) const;

private:
    Result<QList<TicketHistory>> historiesOf(const TicketFilter& filter, const QString& eventType = {}) const;

    const Database& m_database;
};

} // namespace dd
