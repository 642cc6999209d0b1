#include "core/sla/TicketClocks.h"

#include <algorithm>
#include <array>

namespace dd {

namespace {

constexpr std::array<const char*, 12> eventIds { "arrived",         "registered",    "client-message", "reply",
                                                 "waiting-started", "waiting-ended", "resolved",       "reopened",
                                                 "closed",          "level-changed", "out-of-scope",   "development" };
constexpr std::array<const char*, 7> stateIds { "ok", "warning", "breached", "paused", "met", "excluded", "error" };

// The order of the events of one instant (one save): a level change first (it applies to
// every clock not yet stopped), a client's message before the reply that answers it, an
// end of waiting before a new start, stops last.
int sameInstantRank(TicketEventType type)
{
    switch (type) {
    case TicketEventType::Arrived:
        return 0;
    case TicketEventType::LevelChanged:
        return 1;
    case TicketEventType::Reopened:
        return 2;
    case TicketEventType::ClientMessage:
        return 3;
    case TicketEventType::WaitingEnded:
        return 4;
    case TicketEventType::Registered:
        return 5;
    case TicketEventType::Reply:
        return 6;
    case TicketEventType::WaitingStarted:
        return 7;
    case TicketEventType::Resolved:
        return 8;
    case TicketEventType::OutOfScope:
        return 9;
    case TicketEventType::Development:
        return 10;
    case TicketEventType::Closed:
        return 11;
    }
    return 12;
}

// A clock while the history is replayed: the intervals in which it ran.
struct ClockTrack
{
    ClockKind kind = ClockKind::Reaction;
    SlaLevel level = SlaLevel::Standard;
    qint64 started = 0;
    std::vector<std::pair<qint64, qint64>> ran; // closed intervals
    std::optional<qint64> runningSince;
    std::optional<qint64> stopped;
    bool excluded = false;

    bool open() const { return !stopped; }
    void pause(qint64 at)
    {
        if (runningSince) {
            ran.emplace_back(*runningSince, at);
            runningSince.reset();
        }
    }
    void stop(qint64 at)
    {
        pause(at);
        stopped = at;
    }
    void resume(qint64 at)
    {
        if (open() && !runningSince) {
            runningSince = at;
        }
    }
};

TicketClock evaluate(const SlaEngine& engine, const ClockTrack& track, const QString& tariff, qint64 now)
{
    TicketClock clock;
    clock.kind = track.kind;
    clock.level = track.level;
    clock.started = track.started;
    clock.stopped = track.stopped;
    // The row in force when the clock started: a later policy change leaves it alone.
    const SlaTarget target = engine.policy().target(tariff, track.level, track.started);
    clock.allowed = track.kind == ClockKind::Resolution ? target.resolutionTarget.value_or(0) : target.maxReaction;
    const ScheduleKind schedule = scheduleOf(track.level);

    auto fail = [&](const Error& error) {
        clock.error = error.message;
        clock.state = ClockState::Error;
        clock.deadline = 0;
        clock.remaining = 0;
        return clock;
    };
    // Working time counted in each closed interval, and whether the allowed time ran out
    // inside one of them (then that is the deadline).
    qint64 left = clock.allowed;
    std::optional<qint64> deadline;
    for (const auto& [from, to] : track.ran) {
        const auto counted = engine.elapsed(from, to, schedule);
        if (!counted) {
            return fail(counted.error());
        }
        clock.consumed += *counted;
        if (clock.hasTarget() && !deadline && *counted >= left) {
            const auto at = engine.addWorkingTime(from, left, schedule);
            if (!at) {
                return fail(at.error());
            }
            deadline = *at;
        }
        if (!deadline) {
            left -= *counted;
        }
    }
    if (track.runningSince) {
        const auto counted = engine.elapsed(*track.runningSince, now, schedule);
        if (!counted) {
            return fail(counted.error());
        }
        clock.consumed += *counted;
    }
    const bool paused = !track.stopped && !track.runningSince;
    clock.paused = paused;
    if (clock.hasTarget()) {
        if (!deadline) {
            // Not run out yet: from where the clock stands, the rest of the allowed time.
            const qint64 base = track.runningSince ? *track.runningSince : track.stopped ? *track.stopped : now;
            const auto at = engine.addWorkingTime(base, left, schedule);
            if (!at) {
                return fail(at.error());
            }
            deadline = *at;
        }
        clock.deadline = *deadline;
        clock.remaining = clock.allowed - clock.consumed;
    }

    if (track.excluded) {
        clock.state = ClockState::Excluded;
    } else if (track.stopped) {
        clock.state = clock.hasTarget() && *track.stopped > clock.deadline ? ClockState::Breached : ClockState::Met;
    } else if (paused) {
        const bool ranOut = clock.hasTarget() && !track.ran.empty() && clock.deadline < track.ran.back().second;
        clock.state = ranOut ? ClockState::Breached : ClockState::Paused;
    } else if (!clock.hasTarget()) {
        clock.state = ClockState::Ok;
    } else if (now > clock.deadline) {
        clock.state = ClockState::Breached;
    } else if (engine.isWarning(track.level, clock.allowed, clock.remaining)) {
        clock.state = ClockState::Warning;
    } else {
        clock.state = ClockState::Ok;
    }
    return clock;
}

} // namespace

QString ticketEventTypeId(TicketEventType type)
{
    return QLatin1String(eventIds[static_cast<size_t>(type)]);
}

std::optional<TicketEventType> parseTicketEventType(QStringView id)
{
    for (size_t i = 0; i < eventIds.size(); ++i) {
        if (id == QLatin1String(eventIds[i])) {
            return static_cast<TicketEventType>(i);
        }
    }
    return std::nullopt;
}

QString clockKindId(ClockKind kind)
{
    switch (kind) {
    case ClockKind::Reaction:
        return QStringLiteral("reaction");
    case ClockKind::FollowUpReaction:
        return QStringLiteral("follow-up-reaction");
    case ClockKind::Resolution:
        return QStringLiteral("resolution");
    }
    return {};
}

std::optional<ClockKind> parseClockKind(QStringView id)
{
    for (const ClockKind kind : { ClockKind::Reaction, ClockKind::FollowUpReaction, ClockKind::Resolution }) {
        if (id == clockKindId(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString clockStateId(ClockState state)
{
    return QLatin1String(stateIds[static_cast<size_t>(state)]);
}

std::optional<ClockState> parseClockState(QStringView id)
{
    for (size_t i = 0; i < stateIds.size(); ++i) {
        if (id == QLatin1String(stateIds[i])) {
            return static_cast<ClockState>(i);
        }
    }
    return std::nullopt;
}

std::vector<TicketClock> computeTicketClocks(const SlaEngine& engine, std::span<const TicketEvent> events,
                                             const QString& tariff, qint64 now)
{
    std::vector<TicketEvent> history(events.begin(), events.end());
    std::stable_sort(history.begin(), history.end(), [](const auto& a, const auto& b) {
        if (a.at != b.at) {
            return a.at < b.at;
        }
        if (a.type != b.type) {
            return sameInstantRank(a.type) < sameInstantRank(b.type);
        }
        return a.level < b.level; // two level changes in one save: still one answer
    });

    std::vector<ClockTrack> tracks;
    bool arrived = false;
    bool registered = false;
    bool waiting = false;
    bool resolved = false;
    bool excluded = false;
    SlaLevel level = SlaLevel::Standard;
    auto startClock = [&](ClockKind kind, qint64 at) {
        ClockTrack track { kind, level, at, {}, std::nullopt, std::nullopt, false };
        if (!waiting) {
            track.runningSince = at;
        }
        tracks.push_back(track);
    };
    auto stopAll = [&](qint64 at, std::optional<ClockKind> only = std::nullopt) {
        for (auto& track : tracks) {
            if (track.open() && (!only || track.kind == *only)) {
                track.stop(at);
            }
        }
    };
    auto endWaiting = [&](qint64 at) {
        if (waiting) {
            for (auto& track : tracks) {
                track.resume(at);
            }
        }
        waiting = false;
    };

    for (const TicketEvent& event : history) {
        if (event.at > now) {
            break;
        }
        if (!arrived && event.type != TicketEventType::Arrived) {
            continue; // nothing counts before the request arrived
        }
        switch (event.type) {
        case TicketEventType::Arrived:
            if (!arrived) {
                arrived = true;
                level = event.level;
                startClock(ClockKind::Reaction, event.at);
                startClock(ClockKind::Resolution, event.at);
            }
            break;
        case TicketEventType::Registered:
            registered = true;
            stopAll(event.at, ClockKind::Reaction);
            break;
        case TicketEventType::ClientMessage:
            // After resolution the client reopens the ticket (a `reopened` event) to be
            // owed a reaction; an excluded ticket owes none.
            if (resolved || excluded) {
                break;
            }
            // The client answered: the wait is over, a reaction is owed now.
            endWaiting(event.at);
            // Before registration the reaction clock already runs.
            if (registered) {
                startClock(ClockKind::FollowUpReaction, event.at);
            }
            break;
        case TicketEventType::Reply:
            stopAll(event.at, ClockKind::FollowUpReaction);
            break;
        case TicketEventType::WaitingStarted:
            if (!resolved && !excluded) {
                waiting = true;
                for (auto& track : tracks) {
                    track.pause(event.at);
                }
            }
            break;
        case TicketEventType::WaitingEnded:
            if (!resolved && !excluded) {
                endWaiting(event.at);
            }
            break;
        case TicketEventType::Resolved:
        case TicketEventType::Closed:
            stopAll(event.at);
            resolved = true;
            waiting = false;
            break;
        case TicketEventType::OutOfScope:
        case TicketEventType::Development:
            for (auto& track : tracks) {
                if (track.open()) {
                    track.stop(event.at);
                    track.excluded = true;
                }
            }
            excluded = true;
            waiting = false;
            break;
        case TicketEventType::Reopened:
            if (excluded) {
                // Back under the SLA: owed a reaction and a resolution from now.
                excluded = false;
                resolved = false;
                registered = false;
                startClock(ClockKind::Reaction, event.at);
                startClock(ClockKind::Resolution, event.at);
            } else if (resolved) {
                resolved = false;
                for (auto& track : tracks) {
                    if (track.kind == ClockKind::Resolution && !track.excluded) {
                        track.stopped.reset();
                        track.runningSince = event.at;
                        track.level = level;
                    }
                }
                startClock(ClockKind::FollowUpReaction, event.at);
            }
            break;
        case TicketEventType::LevelChanged:
            level = event.level;
            for (auto& track : tracks) {
                if (track.open()) {
                    track.level = level; // as if the new level had held from the clock's start
                }
            }
            break;
        }
    }

    std::vector<TicketClock> clocks;
    clocks.reserve(tracks.size());
    for (const auto& track : tracks) {
        clocks.push_back(evaluate(engine, track, tariff, now));
    }
    return clocks;
}

std::optional<TicketClock> runningClock(std::span<const TicketClock> clocks)
{
    for (const auto& clock : clocks) {
        if (clock.isError()) {
            return clock;
        }
    }
    const TicketClock* best = nullptr;
    for (const auto& clock : clocks) {
        if (clock.isRunning() && clock.hasTarget() && (!best || clock.deadline < best->deadline)) {
            best = &clock;
        }
    }
    if (!best) {
        for (const auto& clock : clocks) {
            if (clock.paused && clock.hasTarget() && clock.error.isEmpty()
                && (!best || clock.remaining < best->remaining)) {
                best = &clock;
            }
        }
    }
    return best ? std::optional<TicketClock>(*best) : std::nullopt;
}

std::optional<TicketClock> runningClock(const SlaEngine& engine, std::span<const TicketEvent> events,
                                        const QString& tariff, qint64 now)
{
    const auto clocks = computeTicketClocks(engine, events, tariff, now);
    return runningClock(clocks);
}

} // namespace dd
