#include "core/sla/TicketClocks.h"

#include <algorithm>
#include <array>

namespace dd {

namespace {

constexpr std::array<const char*, 10> eventIds { "arrived",         "registered",    "client-message", "reply",
                                                 "waiting-started", "waiting-ended", "resolved",       "reopened",
                                                 "closed",          "level-changed" };
constexpr std::array<const char*, 5> stateIds { "ok", "warning", "breached", "paused", "met" };

// A clock while the history is replayed: the intervals in which it ran.
struct ClockTrack
{
    ClockKind kind = ClockKind::Reaction;
    SlaLevel level = SlaLevel::Standard;
    qint64 started = 0;
    std::vector<std::pair<qint64, qint64>> ran; // closed intervals
    std::optional<qint64> runningSince;
    std::optional<qint64> stopped;

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
};

TicketClock evaluate(const SlaEngine& engine, const ClockTrack& track, const QString& tariff, qint64 now)
{
    TicketClock clock;
    clock.kind = track.kind;
    clock.level = track.level;
    clock.started = track.started;
    clock.stopped = track.stopped;
    const SlaTarget target = engine.policy().target(tariff, track.level);
    clock.allowed = track.kind == ClockKind::Resolution ? target.resolutionTarget.value_or(0) : target.maxReaction;
    const ScheduleKind schedule = scheduleOf(track.level);

    auto fail = [&](const Error& error) {
        clock.error = error.message;
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

    if (track.stopped) {
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
    std::stable_sort(history.begin(), history.end(), [](const auto& a, const auto& b) { return a.at < b.at; });

    std::vector<ClockTrack> tracks;
    bool arrived = false;
    bool registered = false;
    bool waiting = false;
    bool resolved = false;
    SlaLevel level = SlaLevel::Standard;
    auto startClock = [&](ClockKind kind, qint64 at) {
        ClockTrack track { kind, level, at, {}, std::nullopt, std::nullopt };
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
            // Before registration the reaction clock already runs; after resolution the
            // client reopens the ticket (a `reopened` event) to be owed a reaction.
            if (registered && !resolved) {
                startClock(ClockKind::FollowUpReaction, event.at);
            }
            break;
        case TicketEventType::Reply:
            stopAll(event.at, ClockKind::FollowUpReaction);
            break;
        case TicketEventType::WaitingStarted:
            waiting = true;
            for (auto& track : tracks) {
                track.pause(event.at);
            }
            break;
        case TicketEventType::WaitingEnded:
            if (waiting && !resolved) {
                for (auto& track : tracks) {
                    if (track.open()) {
                        track.runningSince = event.at;
                    }
                }
            }
            waiting = false;
            break;
        case TicketEventType::Resolved:
        case TicketEventType::Closed:
            stopAll(event.at);
            resolved = true;
            waiting = false;
            break;
        case TicketEventType::Reopened:
            if (resolved) {
                resolved = false;
                for (auto& track : tracks) {
                    if (track.kind == ClockKind::Resolution) {
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
