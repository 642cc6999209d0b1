#include "core/storage/TicketSla.h"

#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SlaConfiguration.h"

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
    // The tariff × level table and the schedule settings are shared by every desktop
    // (docs/rules.md#sla-policies): read from the database, never from a desktop's copy.
    auto policy = SlaConfiguration::loadPolicy(database);
    if (!policy) {
        return policy.error();
    }
    auto settings = SlaConfiguration::loadSettings(database);
    if (!settings) {
        return settings.error();
    }
    return std::make_unique<TicketSla>(std::make_unique<SlaEngine>(*calendar, *settings, *policy));
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
        if (clock.isError()) {
            // Never met or ok: a clock the calendar does not cover is shown as the error.
            summary.error = clock.error;
            summary.state = clockStateId(ClockState::Error);
            summary.clock = clockKindId(clock.kind);
            return summary;
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
    // Every clock stopped: the ticket's record is breached if any reaction ran out; a
    // ticket whose clocks all left the SLA is excluded (not counted).
    bool anyTarget = false;
    bool allExcluded = !clocks.empty();
    for (const TicketClock& clock : clocks) {
        if (!clock.isExcluded()) {
            allExcluded = false;
        }
        if (!clock.hasTarget() || clock.isExcluded()) {
            continue;
        }
        anyTarget = true;
        if (clock.state == ClockState::Breached) {
            summary.state = clockStateId(ClockState::Breached);
            summary.clock = clockKindId(clock.kind);
            return summary;
        }
    }
    if (allExcluded) {
        summary.state = clockStateId(ClockState::Excluded);
        return summary;
    }
    if (anyTarget) {
        summary.state = clockStateId(ClockState::Met);
    }
    return summary;
}

} // namespace dd
