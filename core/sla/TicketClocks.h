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
    LevelChanged
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
enum class ClockState { Ok, Warning, Breached, Paused, Met };

QString clockKindId(ClockKind kind); // reaction / follow-up-reaction / resolution
QString clockStateId(ClockState state); // ok / warning / breached / paused / met
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
    std::optional<qint64> stopped; // when the clock stopped (met or breached)
    bool paused = false; // the ticket waits (docs/rules.md#clocks); state is paused, or breached if it ran out first
    QString error; // non-empty when the calendar does not cover the clock

    bool hasTarget() const { return allowed > 0; }
    bool isRunning() const { return !stopped && !paused && error.isEmpty(); }
};

// The ticket's clocks at `now`, from its event history (events after `now` are
// ignored). The one function the console, reports and CLI use. Rules:
// - reaction: arrived → registered; follow-up reaction: each client message (or a
//   reopening) after registration → the next reply; resolution: arrived → resolved.
// - waiting pauses every running clock; a client message while waiting starts a clock
//   that stays paused until the waiting ends. resolved/closed stop every clock.
// - a level change applies to every clock not yet stopped, as if the new level had held
//   from the clock's start (its deadline is recomputed from its start).
std::vector<TicketClock> computeTicketClocks(const SlaEngine& engine, std::span<const TicketEvent> events,
                                             const QString& tariff, qint64 now);

// The clock the queue shows: of the running clocks with a target, the one with the
// earliest deadline; else a paused one; else nothing.
std::optional<TicketClock> runningClock(std::span<const TicketClock> clocks);
std::optional<TicketClock> runningClock(const SlaEngine& engine, std::span<const TicketEvent> events,
                                        const QString& tariff, qint64 now);

} // namespace dd
