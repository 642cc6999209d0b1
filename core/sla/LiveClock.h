#pragma once

#include "core/sla/SlaEngine.h"
#include "core/sla/TicketClocks.h"

#include <optional>

namespace dd {

// A clock computed once and then read every second without recomputing the history
// (the console's countdowns). While nothing happens to the ticket a running clock's
// deadline is fixed, so what changes with time is only how much working time is left
// and, at two known instants, its state.
struct ClockTransitions
{
    qint64 warningAt = 0; // first second in `warning` (== breachAt when there is none)
    qint64 breachAt = 0; // first second in `breached`
};

// For a running clock with a target: when it turns warning and breached. nullopt for a
// paused, stopped or target-less clock (its state does not change with time).
std::optional<ClockTransitions> clockTransitions(const SlaEngine& engine, const TicketClock& clock);

struct ClockReading
{
    ClockState state = ClockState::Ok;
    qint64 remaining = 0; // working seconds left; negative once overdue
};

// The clock at `now` (a later instant than it was computed at): a lookup in the
// schedule tables, no history needed.
ClockReading readClock(const SlaEngine& engine, const TicketClock& clock, qint64 now);

// The state at `now` from precomputed transitions.
ClockState stateAt(const ClockTransitions& transitions, qint64 now);

// How bad a state is, for the worst state of a project and the tray icon:
// breached > warning > ok > paused > met.
int clockStateSeverity(ClockState state);

} // namespace dd
