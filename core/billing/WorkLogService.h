#pragma once

#include "core/billing/BillingSplit.h"
#include "core/billing/WorkLogEntry.h"
#include "core/util/Result.h"

#include <QList>

namespace dd {

class Database;
class SlaEngine;

// One entry of a ticket's work log with how it is billed (docs/rules.md#work-log).
struct BilledWorkLogEntry
{
    WorkLogEntry entry;
    BilledTime billed;
    QString billingError; // why it could not be split; empty when billed
};

struct TicketWorkLog
{
    QDateTime arrived; // the ticket's arrival: no work starts before it
    QList<BilledWorkLogEntry> entries;
    BilledTime total;
};

// The work log for the console's ticket pane: a ticket's entries billed at the levels
// its history had when the work was done (BillingSplit), adding and removing entries.
// Small indexed reads of one ticket: run on the caller's connection.
class WorkLogService
{
public:
    WorkLogService(const Database& database, const SlaEngine& engine);

    Result<TicketWorkLog> forTicket(qint64 ticketId) const;
    Result<WorkLogEntry> add(const WorkLogEntry& entry) const;
    Status remove(qint64 entryId) const;

private:
    const Database& m_database;
    const SlaEngine& m_engine;
};

} // namespace dd
