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

// Where a clock's allowed time stands after its closed intervals: what is left of it, and
// the deadline when it ran out inside one of them.
struct Countdown
{
    qint64 left = 0;
    std::optional<qint64> deadline;
};

// Adds the working time the clock ran (its closed intervals and, while it runs, up to
// `now`) to `clock.consumed` and counts the allowed time down in `countdown`.
Status countWorkingTime(const SlaEngine& engine, const ClockTrack& track, ScheduleKind schedule, qint64 now,
                        TicketClock& clock, Countdown& countdown)
{
    for (const auto& [from, to] : track.ran) {
        const auto counted = engine.elapsed(from, to, schedule);
        if (!counted) {
            return counted.error();
        }
        clock.consumed += *counted;
        if (clock.hasTarget() && !countdown.deadline && *counted >= countdown.left) {
            const auto at = engine.addWorkingTime(from, countdown.left, schedule);
            if (!at) {
                return at.error();
            }
            countdown.deadline = *at;
        }
        if (!countdown.deadline) {
            countdown.left -= *counted;
        }
    }
    if (track.runningSince) {
        const auto counted = engine.elapsed(*track.runningSince, now, schedule);
        if (!counted) {
            return counted.error();
        }
        clock.consumed += *counted;
    }
    return Done {};
}

// The state of a clock whose deadline and remaining time are known.
ClockState stateOf(const SlaEngine& engine, const ClockTrack& track, const TicketClock& clock, qint64 now)
{
    if (track.excluded) {
        return ClockState::Excluded;
    }
    if (track.stopped) {
        return clock.hasTarget() && *track.stopped > clock.deadline ? ClockState::Breached : ClockState::Met;
    }
    if (clock.paused) {
        const bool ranOut = clock.hasTarget() && !track.ran.empty() && clock.deadline < track.ran.back().second;
        return ranOut ? ClockState::Breached : ClockState::Paused;
    }
    if (!clock.hasTarget()) {
        return ClockState::Ok;
    }
    if (now > clock.deadline) {
        return ClockState::Breached;
    }
    return engine.isWarning(track.level, clock.allowed, clock.remaining) ? ClockState::Warning : ClockState::Ok;
}

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
    Countdown countdown { clock.allowed, std::nullopt };
    if (auto counted = countWorkingTime(engine, track, schedule, now, clock, countdown); !counted) {
        return fail(counted.error());
    }
    clock.paused = !track.stopped && !track.runningSince;
    if (clock.hasTarget()) {
        if (!countdown.deadline) {
            // Not run out yet: from where the clock stands, the rest of the allowed time.
            const qint64 base = track.runningSince ? *track.runningSince : track.stopped ? *track.stopped : now;
            const auto at = engine.addWorkingTime(base, countdown.left, schedule);
            if (!at) {
                return fail(at.error());
            }
            countdown.deadline = *at;
        }
        clock.deadline = *countdown.deadline;
        clock.remaining = clock.allowed - clock.consumed;
    }
    clock.state = stateOf(engine, track, clock, now);
    return clock;
}

// The history in the order it is replayed: by instant, the events of one instant by
// sameInstantRank.
std::vector<TicketEvent> inReplayOrder(std::span<const TicketEvent> events)
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
    return history;
}

// A ticket's history replayed event by event: the ticket's state so far and the tracks
// of the clocks it has started (docs/rules.md#clocks).
class ClockReplay
{
public:
    bool arrived() const { return m_arrived; }
    const std::vector<ClockTrack>& tracks() const { return m_tracks; }

    void apply(const TicketEvent& event)
    {
        switch (event.type) {
        case TicketEventType::Arrived:
            if (!m_arrived) {
                m_arrived = true;
                m_level = event.level;
                startClock(ClockKind::Reaction, event.at);
                startClock(ClockKind::Resolution, event.at);
            }
            break;
        case TicketEventType::Registered:
            m_registered = true;
            stopAll(event.at, ClockKind::Reaction);
            break;
        case TicketEventType::ClientMessage:
            clientMessage(event.at);
            break;
        case TicketEventType::Reply:
            stopAll(event.at, ClockKind::FollowUpReaction);
            break;
        case TicketEventType::WaitingStarted:
            startWaiting(event.at);
            break;
        case TicketEventType::WaitingEnded:
            if (!m_resolved && !m_excluded) {
                endWaiting(event.at);
            }
            break;
        case TicketEventType::Resolved:
        case TicketEventType::Closed:
            stopAll(event.at);
            m_resolved = true;
            m_waiting = false;
            break;
        case TicketEventType::OutOfScope:
        case TicketEventType::Development:
            exclude(event.at);
            break;
        case TicketEventType::Reopened:
            reopen(event.at);
            break;
        case TicketEventType::LevelChanged:
            changeLevel(event.level);
            break;
        }
    }

private:
    void startClock(ClockKind kind, qint64 at)
    {
        ClockTrack track { kind, m_level, at, {}, std::nullopt, std::nullopt, false };
        if (!m_waiting) {
            track.runningSince = at;
        }
        m_tracks.push_back(track);
    }

    void stopAll(qint64 at, std::optional<ClockKind> only = std::nullopt)
    {
        for (auto& track : m_tracks) {
            if (track.open() && (!only || track.kind == *only)) {
                track.stop(at);
            }
        }
    }

    void endWaiting(qint64 at)
    {
        if (m_waiting) {
            for (auto& track : m_tracks) {
                track.resume(at);
            }
        }
        m_waiting = false;
    }

    void clientMessage(qint64 at)
    {
        // After resolution the client reopens the ticket (a `reopened` event) to be
        // owed a reaction; an excluded ticket owes none.
        if (m_resolved || m_excluded) {
            return;
        }
        // The client answered: the wait is over, a reaction is owed now.
        endWaiting(at);
        // Before registration the reaction clock already runs.
        if (m_registered) {
            startClock(ClockKind::FollowUpReaction, at);
        }
    }

    void startWaiting(qint64 at)
    {
        if (!m_resolved && !m_excluded) {
            m_waiting = true;
            for (auto& track : m_tracks) {
                track.pause(at);
            }
        }
    }

    // Out of scope or development: the open clocks stop and count for nothing.
    void exclude(qint64 at)
    {
        for (auto& track : m_tracks) {
            if (track.open()) {
                track.stop(at);
                track.excluded = true;
            }
        }
        m_excluded = true;
        m_waiting = false;
    }

    void reopen(qint64 at)
    {
        if (m_excluded) {
            // Back under the SLA: owed a reaction and a resolution from now.
            m_excluded = false;
            m_resolved = false;
            m_registered = false;
            startClock(ClockKind::Reaction, at);
            startClock(ClockKind::Resolution, at);
        } else if (m_resolved) {
            m_resolved = false;
            for (auto& track : m_tracks) {
                if (track.kind == ClockKind::Resolution && !track.excluded) {
                    track.stopped.reset();
                    track.runningSince = at;
                    track.level = m_level;
                }
            }
            startClock(ClockKind::FollowUpReaction, at);
        }
    }

    void changeLevel(SlaLevel level)
    {
        m_level = level;
        for (auto& track : m_tracks) {
            if (track.open()) {
                track.level = level; // as if the new level had held from the clock's start
            }
        }
    }

    std::vector<ClockTrack> m_tracks;
    bool m_arrived = false;
    bool m_registered = false;
    bool m_waiting = false;
    bool m_resolved = false;
    bool m_excluded = false;
    SlaLevel m_level = SlaLevel::Standard;
};

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
    ClockReplay replay;
    for (const TicketEvent& event : inReplayOrder(events)) {
        if (event.at > now) {
            break;
        }
        if (!replay.arrived() && event.type != TicketEventType::Arrived) {
            continue; // nothing counts before the request arrived
        }
        replay.apply(event);
    }

    std::vector<TicketClock> clocks;
    clocks.reserve(replay.tracks().size());
    for (const auto& track : replay.tracks()) {
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
