#include "core/billing/WorkLogService.h"

#include "core/billing/WorkLogRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"

namespace dd {

WorkLogService::WorkLogService(const Database& database, const SlaEngine& engine)
    : m_database(database)
    , m_engine(engine)
{ }

Result<TicketWorkLog> WorkLogService::forTicket(qint64 ticketId) const
{
    auto entries = WorkLogRepository(m_database).forTicket(ticketId);
    if (!entries) {
        return entries.error();
    }
    const TicketRepository tickets(m_database);
    auto ticket = tickets.get(ticketId);
    if (!ticket) {
        return ticket.error();
    }
    auto history = tickets.events(ticketId);
    if (!history) {
        return history.error();
    }
    // Billed at the level the ticket had while the work was done; a ticket that never
    // changed level has no periods and is billed at its level.
    const auto periods = levelPeriods(TicketSla::clockEvents(*history));
    const SlaLevel level = parseSlaLevel(ticket->level).value_or(SlaLevel::Standard);
    const BillingSplit split(m_engine);
    TicketWorkLog log;
    log.arrived = ticket->arrived;
    for (const WorkLogEntry& e : *entries) {
        const qint64 a = e.started.toSecsSinceEpoch();
        const qint64 b = e.finished.toSecsSinceEpoch();
        auto billed = periods.empty() ? split.split(a, b, level) : split.split(a, b, periods);
        BilledWorkLogEntry line { e, billed ? *billed : BilledTime {}, billed ? QString() : billed.error().message };
        log.total += line.billed;
        log.entries << std::move(line);
    }
    return log;
}

Result<WorkLogEntry> WorkLogService::add(const WorkLogEntry& entry) const
{
    return WorkLogRepository(m_database).add(entry);
}

Status WorkLogService::remove(qint64 entryId) const
{
    return WorkLogRepository(m_database).remove(entryId);
}

} // namespace dd
