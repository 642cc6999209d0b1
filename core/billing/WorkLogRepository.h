#pragma once

#include "core/billing/WorkLogEntry.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace dd {

class Database;

// The work log (docs/rules.md#work-log) in the `work_log` table of schema v1. Entries are whole
// intervals; how they are billed is computed when read (BillingSplit), never stored.
class WorkLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::WorkLogRepository)

public:
    explicit WorkLogRepository(const Database& database);

    // Adds an entry; refuses one that ends before it starts, an unknown ticket or user.
    Result<WorkLogEntry> add(const WorkLogEntry& entry) const;
    Result<QList<WorkLogEntry>> forTicket(qint64 ticketId) const;
    // Entries of the client's tickets that overlap [from, to) (UTC epoch seconds).
    Result<QList<WorkLogEntry>> forClient(qint64 clientId, qint64 from, qint64 to) const;
    Status remove(qint64 id) const;

private:
    Result<QList<WorkLogEntry>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace dd
