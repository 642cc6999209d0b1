#pragma once

#include "core/billing/MonthlyReportCsv.h"
#include "core/billing/SlaStatistics.h"
#include "core/billing/TicketFeedback.h"
#include "core/billing/TicketHistory.h"
#include "core/domain/Actor.h"
#include "core/domain/Client.h"
#include "core/util/Result.h"
#include "ui/common/DatabaseWorker.h"

#include <QObject>

#include <memory>

namespace dd {

class Database;

// What the SLA dashboard shows: the statistics of a period and every escalation.
struct DashboardFigures
{
    SlaStatistics statistics;
    QList<Escalation> escalations;
};

// The reports' reads and writes for the console's widgets (docs/console.md): the
// dashboard's figures — every ticket's history, so computed on a worker thread with a
// connection of its own and delivered by signal — and the small indexed reads and single
// writes (open escalations, marking one handled) on the session's connection.
class ReportsService : public QObject
{
    Q_OBJECT

public:
    explicit ReportsService(const Database& database, QObject* parent = nullptr);
    ~ReportsService() override;

    // Computes the `weeks` weeks up to `now` in the background: dashboardLoaded or
    // dashboardFailed with the returned request number.
    quint64 loadDashboard(qint64 now, int weeks = 12);
    // The same, here and now (the CLI, tests, the worker).
    static Result<DashboardFigures> computeDashboard(const Database& database, qint64 now, int weeks);

    // The tickets with an open escalation (an indexed read), among `ticketIds` when given.
    Result<QList<TicketHistory>> escalatedHistories(const QList<qint64>& ticketIds = {}) const;
    // The same in the background (at a million tickets the open escalations alone are
    // many): escalationsRead, with `all` when every ticket was read, else `ticketIds`.
    void readEscalations(bool all, const QList<qint64>& ticketIds = {});
    Status handleEscalation(qint64 ticketId, const Actor& actor) const;

    // The monthly report (Reports → Monthly report…): the clients to choose from, and the
    // report written as `dutydeskctl report month` writes it — the PDF in the interface
    // language, the CSV with `vocabulary`.
    enum class ReportFormat { Pdf, Csv };
    Result<QList<Client>> clients() const;
    Result<MonthlyReport>
    writeMonthlyReport(const QString& client, QDate month, ReportFormat format, const QString& path, qint64 now,
                       MonthlyReportCsv::Vocabulary vocabulary = MonthlyReportCsv::Vocabulary::Words) const;

signals:
    void dashboardLoaded(quint64 request, const std::shared_ptr<const dd::DashboardFigures>& figures);
    void dashboardFailed(quint64 request, const QString& message);
    void escalationsRead(bool all, const QList<qint64>& ticketIds, const QList<dd::TicketHistory>& histories);
    void escalationsFailed(const QString& message);

private:
    const Database& m_database;
    quint64 m_lastRequest = 0;
    DatabaseWorker m_worker;
};

} // namespace dd
