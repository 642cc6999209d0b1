#include "core/storage/TicketSla.h"

#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"

namespace dd {

TicketSla::TicketSla(std::unique_ptr<SlaEngine> engine)
    : m_engine(std::move(engine))
{ }

Result<std::unique_ptr<TicketSla>> TicketSla::load(const Database& database)
{
    // The shipped years overlaid by the ones imported or edited in this database.
    auto calendar = effectiveCalendar(database);
    if (!calendar) {
        return calendar.error();
    }
    // The tariff × level table an administrator edits (docs/rules.md#service-levels); SlaPolicy's defaults
    // stay for tariffs without rows.
    SlaPolicy policy = SlaPolicy::defaults();
    auto rows = database.run(
        QStringLiteral("SELECT tariff, level, max_reaction_seconds, resolution_target_seconds FROM sla_policies"));
    if (!rows) {
        return rows.error();
    }
    QSqlQuery& query = rows.value();
    while (query.next()) {
        const auto level = parseSlaLevel(query.value(1).toString());
        if (!level) {
            continue;
        }
        SlaTarget target;
        target.maxReaction = query.value(2).toLongLong();
        if (!query.value(3).isNull()) {
            target.resolutionTarget = query.value(3).toLongLong();
        }
        policy.setTarget(query.value(0).toString(), *level, target);
    }
    return std::make_unique<TicketSla>(std::make_unique<SlaEngine>(*calendar, SlaSettings {}, policy));
}

std::vector<TicketEvent> TicketSla::clockEvents(const QList<TicketEventRecord>& history)
{
    std::vector<TicketEvent> events;
    events.reserve(history.size());
    for (const TicketEventRecord& record : history) {
        const auto type = parseTicketEventType(record.type);
        if (!type) {
            continue;
        }
        TicketEvent event;
        event.type = *type;
        event.at = toEpoch(record.at);
        // arrived carries the initial level, level-changed the new one.
        const QString level
            = record.data.value(*type == TicketEventType::LevelChanged ? QLatin1String("to") : QLatin1String("level"))
                  .toString();
        event.level = parseSlaLevel(level).value_or(SlaLevel::Standard);
        events.push_back(event);
    }
    // The history is in version order; a backdated event (a message's receive time)
    // must still count where it happened.
    std::stable_sort(events.begin(), events.end(),
                     [](const TicketEvent& a, const TicketEvent& b) { return a.at < b.at; });
    return events;
}

TicketSlaSummary TicketSla::summarize(const Ticket& ticket, const QList<TicketEventRecord>& history,
                                      const QDateTime& now) const
{
    const std::vector<TicketEvent> events = clockEvents(history);
    const std::vector<TicketClock> clocks = computeTicketClocks(*m_engine, events, ticket.tariff, toEpoch(now));
    TicketSlaSummary summary;
    for (const TicketClock& clock : clocks) {
        if (!clock.error.isEmpty()) {
            summary.error = clock.error;
        }
    }
    if (const auto running = runningClock(clocks)) {
        summary.state = clockStateId(running->state);
        summary.clock = clockKindId(running->kind);
        if (running->deadline > 0) {
            summary.deadline = fromEpoch(running->deadline);
        }
        return summary;
    }
    // Every clock stopped: the ticket's record is breached if any reaction ran out.
    bool anyTarget = false;
    for (const TicketClock& clock : clocks) {
        if (!clock.hasTarget()) {
            continue;
        }
        anyTarget = true;
        if (clock.state == ClockState::Breached) {
            summary.state = clockStateId(ClockState::Breached);
            summary.clock = clockKindId(clock.kind);
            return summary;
        }
    }
    if (anyTarget) {
        summary.state = clockStateId(ClockState::Met);
    }
    return summary;
}

} // namespace dd
