#pragma once

#include "core/sla/SlaEngine.h"
#include "core/sla/SlaLevel.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace dd {

// What happened to a ticket, as far as its SLA clocks care (docs/rules.md#clocks).
enum class TicketEventType {
    Arrived,
    Registered,
    ClientMessage,
    Reply,
    WaitingStarted,
    WaitingEnded,
    Resolved,
    Reopened,
    Closed,
    LevelChanged,
    OutOfScope,
    Development
};

QString ticketEventTypeId(TicketEventType type);
std::optional<TicketEventType> parseTicketEventType(QStringView id);

struct TicketEvent
{
    TicketEventType type = TicketEventType::Arrived;
    qint64 at = 0; // UTC epoch seconds
    SlaLevel level = SlaLevel::Standard; // for arrived and level-changed
};

enum class ClockKind { Reaction, FollowUpReaction, Resolution };
// excluded: the ticket left the SLA (out of scope, handed to development) — never
// breached, never counted. error: the production calendar does not cover the clock.
enum class ClockState { Ok, Warning, Breached, Paused, Met, Excluded, Error };

QString clockKindId(ClockKind kind); // reaction / follow-up-reaction / resolution
std::optional<ClockKind> parseClockKind(QStringView id);
QString clockStateId(ClockState state); // ok / warning / breached / paused / met / excluded / error
std::optional<ClockState> parseClockState(QStringView id);

struct TicketClock
{
    ClockKind kind = ClockKind::Reaction;
    SlaLevel level = SlaLevel::Standard;
    qint64 started = 0; // when the clock started (UTC epoch s)
    // When the allowed time runs out. For a paused clock: when it would if it resumed
    // now. 0 for a resolution clock without a target.
    qint64 deadline = 0;
    qint64 allowed = 0; // working seconds allowed; 0 = no target (resolution only)
    qint64 remaining = 0; // working seconds left at `now`; negative once overdue
    qint64 consumed = 0; // working seconds counted so far (paused time excluded)
    ClockState state = ClockState::Ok;
    std::optional<qint64> stopped; // when the clock stopped (met, breached or excluded)
    bool paused = false; // the ticket waits; state is paused, or breached if it ran out first
    QString error; // non-empty (and state error) when the calendar does not cover the clock

    bool hasTarget() const { return allowed > 0; }
    bool isRunning() const { return !stopped && !paused && error.isEmpty(); }
    bool isExcluded() const { return state == ClockState::Excluded; }
    bool isError() const { return state == ClockState::Error; }
};

// The ticket's clocks at `now`, from its event history (events after `now` are
// ignored). The one function the console, reports and CLI use (docs/rules.md#clocks):
// - reaction: arrived → registered; follow-up reaction: each client message (or a
//   reopening) after registration → the next reply; resolution: arrived → resolved.
// - waiting pauses every running clock; a client message while waiting ends the wait:
//   the paused clocks run again and a follow-up reaction starts at the message.
// - resolved/closed stop every clock; out-of-scope and development stop every clock as
//   excluded. Reopening a resolved ticket resumes its resolution clock and owes a
//   follow-up reaction; reopening an excluded one starts a new reaction and resolution.
// - a level change applies to every clock not yet stopped, as if the new level had held
//   from the clock's start (its deadline is recomputed from its start).
// - events are taken in time order; events of one instant (one save) in a fixed order
//   of their types, level changes first, so the order they were given in never matters.
// - a clock the production calendar does not cover has the state error.
std::vector<TicketClock> computeTicketClocks(const SlaEngine& engine, std::span<const TicketEvent> events,
                                             const QString& tariff, qint64 now);

// The clock the queue shows: a clock in error first (it must be seen); else, of the
// running clocks with a target, the one with the earliest deadline; else a paused one;
// else nothing.
std::optional<TicketClock> runningClock(std::span<const TicketClock> clocks);
std::optional<TicketClock> runningClock(const SlaEngine& engine, std::span<const TicketEvent> events,
                                        const QString& tariff, qint64 now);

} // namespace dd
