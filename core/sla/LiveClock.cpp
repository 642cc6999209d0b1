#include "core/sla/LiveClock.h"

#include <algorithm>
#include <cmath>

namespace dd {

std::optional<ClockTransitions> clockTransitions(const SlaEngine& engine, const TicketClock& clock)
{
    if (!clock.isRunning() || !clock.hasTarget()) {
        return std::nullopt;
    }
    ClockTransitions transitions;
    transitions.breachAt = clock.deadline + 1; // a deadline is still in time (docs/rules.md#arithmetic)
    transitions.warningAt = transitions.breachAt;

    // The most working time left that already counts as a warning; the engine owns the
    // rule, this only finds its edge (two steps at most around the estimate).
    const WarningThreshold& threshold = engine.settings().warningFor(clock.level);
    qint64 edge = std::max(threshold.seconds - 1,
                           static_cast<qint64>(std::ceil(threshold.share * static_cast<double>(clock.allowed))) - 1);
    while (edge >= 0 && !engine.isWarning(clock.level, clock.allowed, edge)) {
        --edge;
    }
    while (engine.isWarning(clock.level, clock.allowed, edge + 1) && edge < clock.allowed) {
        ++edge;
    }
    if (edge < 0) {
        return transitions;
    }
    // Warning from the first instant with at most `edge` working seconds to the deadline.
    const ScheduleTable& table = engine.table(scheduleOf(clock.level));
    const auto deadlinePosition = table.position(clock.deadline);
    if (!deadlinePosition || table.isEmpty()) {
        return transitions;
    }
    const qint64 target = std::max<qint64>(0, *deadlinePosition - edge);
    if (const auto at = table.add(table.midnight(0), target)) {
        transitions.warningAt = std::min(*at, transitions.breachAt);
    }
    return transitions;
}

ClockReading readClock(const SlaEngine& engine, const TicketClock& clock, qint64 now)
{
    if (!clock.isRunning() || !clock.hasTarget()) {
        return { clock.state, clock.remaining };
    }
    const auto remaining = engine.remaining(clock.deadline, now, scheduleOf(clock.level));
    if (!remaining) {
        return { clock.state, clock.remaining };
    }
    ClockState state = ClockState::Ok;
    if (now > clock.deadline) {
        state = ClockState::Breached;
    } else if (engine.isWarning(clock.level, clock.allowed, *remaining)) {
        state = ClockState::Warning;
    }
    return { state, *remaining };
}

ClockState stateAt(const ClockTransitions& transitions, qint64 now)
{
    if (now >= transitions.breachAt) {
        return ClockState::Breached;
    }
    return now >= transitions.warningAt ? ClockState::Warning : ClockState::Ok;
}

int clockStateSeverity(ClockState state)
{
    switch (state) {
    case ClockState::Met:
    case ClockState::Excluded:
        return 0;
    case ClockState::Paused:
        return 1;
    case ClockState::Ok:
        return 2;
    case ClockState::Warning:
        return 3;
    case ClockState::Breached:
    case ClockState::Error: // nobody knows the deadline: as loud as a breach
        return 4;
    }
    return 0;
}

} // namespace dd
