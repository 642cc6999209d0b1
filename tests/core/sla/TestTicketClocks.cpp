#include "core/sla/TicketClocks.h"
#include "core/util/MoscowTime.h"

#include <QTest>

using namespace dd;

namespace {

qint64 at(const char* text)
{
    return parseInstant(QString::fromLatin1(text))->toSecsSinceEpoch();
}

QString iso(qint64 instant)
{
    return formatMoscowIso(QDateTime::fromSecsSinceEpoch(instant, QTimeZone::utc()));
}

TicketEvent ev(TicketEventType type, const char* when, SlaLevel level = SlaLevel::Standard)
{
    return TicketEvent { type, at(when), level };
}

const SlaEngine& engine()
{
    static const SlaEngine instance = [] {
        SlaPolicy policy = SlaPolicy::defaults();
        policy.setTarget(QStringLiteral("gold"), SlaLevel::Standard, SlaTarget { 8 * 3600, 16 * 3600 });
        return SlaEngine(*ProductionCalendar::builtin(), {}, policy);
    }();
    return instance;
}

const TicketClock* find(const std::vector<TicketClock>& clocks, ClockKind kind, int nth = 0)
{
    for (const auto& clock : clocks) {
        if (clock.kind == kind && nth-- == 0) {
            return &clock;
        }
    }
    return nullptr;
}

} // namespace

// The one function from a ticket's history to its clocks (docs/rules.md#clocks, #warnings).
class TestTicketClocks : public QObject
{
    Q_OBJECT

private slots:
    void reactionStates_data();
    void reactionStates();
    void registrationStopsTheReactionClock();
    void lateRegistrationIsABreach();
    void followUpReactions();
    void waitingPausesResolution();
    void clientMessageEndsTheWait();
    void levelChangeRecomputesFromTheStart();
    void reopeningResumesResolutionAndOwesAReaction();
    void futureEventsAndOrder();
    void runningClockIsTheMostUrgent();
    void yearWithoutCalendarIsReported();
    void slugs();
};

void TestTicketClocks::reactionStates_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("state");
    QTest::addColumn<qint64>("remaining");
    // Arrived Tuesday 10:00, standard: deadline Wednesday 10:00.
    QTest::newRow("an hour in") << "2026-03-03T11:00:00"
                                << "ok" << qint64(7 * 3600);
    QTest::newRow("exactly two hours left") << "2026-03-04T08:00:00"
                                            << "ok" << qint64(2 * 3600);
    QTest::newRow("less than two hours left") << "2026-03-04T08:00:01"
                                              << "warning" << qint64(2 * 3600 - 1);
    QTest::newRow("at the deadline") << "2026-03-04T10:00:00"
                                     << "warning" << qint64(0);
    QTest::newRow("a second late") << "2026-03-04T10:00:01"
                                   << "breached" << qint64(-1);
    QTest::newRow("overnight counts nothing") << "2026-03-03T23:00:00"
                                              << "ok" << qint64(2 * 3600);
}

void TestTicketClocks::reactionStates()
{
    QFETCH(QString, now);
    QFETCH(QString, state);
    QFETCH(qint64, remaining);
    const std::vector<TicketEvent> events { ev(TicketEventType::Arrived, "2026-03-03T10:00:00") };
    const auto clocks = computeTicketClocks(engine(), events, QString(), at(now.toLatin1().constData()));
    const TicketClock* reaction = find(clocks, ClockKind::Reaction);
    QVERIFY(reaction);
    QCOMPARE(iso(reaction->deadline), "2026-03-04T10:00:00+03:00");
    QCOMPARE(clockStateId(reaction->state), state);
    QCOMPARE(reaction->remaining, remaining);
    QCOMPARE(reaction->allowed, 8 * 3600);
    QVERIFY(reaction->isRunning());
}

void TestTicketClocks::registrationStopsTheReactionClock()
{
    const std::vector<TicketEvent> events { ev(TicketEventType::Arrived, "2026-03-03T10:00:00"),
                                            ev(TicketEventType::Registered, "2026-03-03T12:30:00") };
    const auto clocks = computeTicketClocks(engine(), events, QString(), at("2026-03-05T12:00:00"));
    const TicketClock* reaction = find(clocks, ClockKind::Reaction);
    QVERIFY(reaction);
    QCOMPARE(reaction->state, ClockState::Met);
    QCOMPARE(reaction->stopped, at("2026-03-03T12:30:00"));
    QCOMPARE(reaction->consumed, 2 * 3600 + 1800);
    QCOMPARE(reaction->remaining, 5 * 3600 + 1800);
    QVERIFY(!reaction->isRunning());
    // Resolution runs without a target on the default tariff: measured only.
    const TicketClock* resolution = find(clocks, ClockKind::Resolution);
    QVERIFY(resolution);
    QVERIFY(!resolution->hasTarget());
    QCOMPARE(resolution->state, ClockState::Ok);
    QCOMPARE(resolution->consumed, 6 * 3600 + 8 * 3600 + 4 * 3600);
}

void TestTicketClocks::lateRegistrationIsABreach()
{
    const std::vector<TicketEvent> events { ev(TicketEventType::Arrived, "2026-03-06T15:30:00"),
                                            ev(TicketEventType::Registered, "2026-03-10T15:30:01") };
    const auto clocks = computeTicketClocks(engine(), events, QString(), at("2026-03-11T12:00:00"));
    const TicketClock* reaction = find(clocks, ClockKind::Reaction);
    QCOMPARE(iso(reaction->deadline), "2026-03-10T15:30:00+03:00");
    QCOMPARE(reaction->state, ClockState::Breached);
    QCOMPARE(reaction->remaining, -1);
}

void TestTicketClocks::followUpReactions()
{
    const std::vector<TicketEvent> events {
        ev(TicketEventType::Arrived, "2026-03-03T10:00:00"),
        ev(TicketEventType::Registered, "2026-03-03T10:10:00"),
        ev(TicketEventType::ClientMessage, "2026-03-03T11:00:00"),
        ev(TicketEventType::Reply, "2026-03-03T13:00:00"),
        ev(TicketEventType::ClientMessage, "2026-03-03T15:00:00"),
    };
    const auto clocks = computeTicketClocks(engine(), events, QString(), at("2026-03-04T09:00:00"));
    const TicketClock* first = find(clocks, ClockKind::FollowUpReaction, 0);
    const TicketClock* second = find(clocks, ClockKind::FollowUpReaction, 1);
    QVERIFY(first && second);
    QVERIFY(!find(clocks, ClockKind::FollowUpReaction, 2));
    QCOMPARE(first->state, ClockState::Met);
    QCOMPARE(first->consumed, 2 * 3600);
    QCOMPARE(second->started, at("2026-03-03T15:00:00"));
    QCOMPARE(iso(second->deadline), "2026-03-04T15:00:00+03:00");
    QCOMPARE(second->state, ClockState::Ok);
    QCOMPARE(second->remaining, 6 * 3600);
}

void TestTicketClocks::waitingPausesResolution()
{
    // gold: resolution target 16 working hours.
    const std::vector<TicketEvent> events {
        ev(TicketEventType::Arrived, "2026-03-03T08:00:00"),
        ev(TicketEventType::Registered, "2026-03-03T09:00:00"),
        ev(TicketEventType::WaitingStarted, "2026-03-03T12:00:00"),
        ev(TicketEventType::WaitingEnded, "2026-03-05T12:00:00"),
    };
    const auto paused = computeTicketClocks(engine(), events, QStringLiteral("gold"), at("2026-03-04T10:00:00"));
    const TicketClock* resolution = find(paused, ClockKind::Resolution);
    QVERIFY(resolution);
    QCOMPARE(resolution->state, ClockState::Paused);
    QVERIFY(resolution->paused);
    QCOMPARE(resolution->consumed, 4 * 3600);
    QCOMPARE(resolution->remaining, 12 * 3600);
    // While paused, the deadline is where it would be if the clock resumed now.
    QCOMPARE(iso(resolution->deadline), "2026-03-05T14:00:00+03:00");

    const auto resumed = computeTicketClocks(engine(), events, QStringLiteral("gold"), at("2026-03-05T13:00:00"));
    resolution = find(resumed, ClockKind::Resolution);
    QCOMPARE(resolution->state, ClockState::Ok);
    QCOMPARE(resolution->consumed, 5 * 3600);
    // 12 h left at Thursday 12:00: Thu 4 h, Fri 6 Mar 8 h → Friday 16:00.
    QCOMPARE(iso(resolution->deadline), "2026-03-06T16:00:00+03:00");

    std::vector<TicketEvent> done = events;
    done.push_back(ev(TicketEventType::Resolved, "2026-03-06T15:00:00"));
    const auto met = computeTicketClocks(engine(), done, QStringLiteral("gold"), at("2026-03-10T09:00:00"));
    QCOMPARE(find(met, ClockKind::Resolution)->state, ClockState::Met);
    QCOMPARE(find(met, ClockKind::Resolution)->consumed, 15 * 3600);
}

void TestTicketClocks::clientMessageEndsTheWait()
{
    // The client answered while the ticket waited for them: the wait is over and a
    // reaction is owed from the message (docs/rules.md#clocks); a later waiting-ended
    // written by the engineer changes nothing.
    const std::vector<TicketEvent> events {
        ev(TicketEventType::Arrived, "2026-03-03T08:00:00"),
        ev(TicketEventType::Registered, "2026-03-03T09:00:00"),
        ev(TicketEventType::WaitingStarted, "2026-03-03T10:00:00"),
        ev(TicketEventType::ClientMessage, "2026-03-03T11:00:00"),
        ev(TicketEventType::WaitingEnded, "2026-03-03T14:00:00"),
    };
    const auto during = computeTicketClocks(engine(), events, QString(), at("2026-03-03T13:00:00"));
    const TicketClock* followUp = find(during, ClockKind::FollowUpReaction);
    QVERIFY(followUp);
    QCOMPARE(followUp->state, ClockState::Ok);
    QVERIFY(followUp->isRunning());
    QCOMPARE(followUp->remaining, 6 * 3600);
    QCOMPARE(iso(followUp->deadline), "2026-03-04T11:00:00+03:00");
    // Nobody replied: it breaches like any other reaction.
    const auto later = computeTicketClocks(engine(), events, QString(), at("2026-03-04T11:00:01"));
    QCOMPARE(find(later, ClockKind::FollowUpReaction)->state, ClockState::Breached);
    // The resolution clock runs again from the message, not from the engineer's resume.
    QVERIFY(find(during, ClockKind::Resolution)->isRunning());
}

void TestTicketClocks::levelChangeRecomputesFromTheStart()
{
    const std::vector<TicketEvent> events {
        ev(TicketEventType::Arrived, "2026-03-07T10:00:00"), // a Saturday: standard waits for Monday
        ev(TicketEventType::LevelChanged, "2026-03-07T10:20:00", SlaLevel::Emergency),
    };
    const auto before = computeTicketClocks(engine(), events, QString(), at("2026-03-07T10:10:00"));
    QCOMPARE(iso(find(before, ClockKind::Reaction)->deadline), "2026-03-10T16:00:00+03:00");
    const auto after = computeTicketClocks(engine(), events, QString(), at("2026-03-07T10:50:00"));
    const TicketClock* reaction = find(after, ClockKind::Reaction);
    QCOMPARE(reaction->level, SlaLevel::Emergency);
    QCOMPARE(iso(reaction->deadline), "2026-03-07T11:00:00+03:00");
    QCOMPARE(reaction->remaining, 600);
    QCOMPARE(reaction->state, ClockState::Warning);
    const auto late = computeTicketClocks(engine(), events, QString(), at("2026-03-07T11:00:01"));
    QCOMPARE(find(late, ClockKind::Reaction)->state, ClockState::Breached);
}

void TestTicketClocks::reopeningResumesResolutionAndOwesAReaction()
{
    const std::vector<TicketEvent> events {
        ev(TicketEventType::Arrived, "2026-03-03T08:00:00"),
        ev(TicketEventType::Registered, "2026-03-03T09:00:00"),
        ev(TicketEventType::Resolved, "2026-03-03T10:00:00"),
        ev(TicketEventType::ClientMessage, "2026-03-03T11:00:00"), // "thanks": owes nothing
        ev(TicketEventType::Reopened, "2026-03-04T08:00:00"),
    };
    const auto clocks = computeTicketClocks(engine(), events, QStringLiteral("gold"), at("2026-03-04T09:00:00"));
    const TicketClock* resolution = find(clocks, ClockKind::Resolution);
    QCOMPARE(resolution->state, ClockState::Ok);
    QCOMPARE(resolution->consumed, 3 * 3600);
    const TicketClock* followUp = find(clocks, ClockKind::FollowUpReaction);
    QVERIFY(followUp);
    QCOMPARE(followUp->started, at("2026-03-04T08:00:00"));
    QVERIFY(!find(clocks, ClockKind::FollowUpReaction, 1));

    std::vector<TicketEvent> closed = events;
    closed.push_back(ev(TicketEventType::Closed, "2026-03-04T10:00:00"));
    for (const auto& clock : computeTicketClocks(engine(), closed, QString(), at("2026-03-05T09:00:00"))) {
        QVERIFY(clock.stopped);
    }
}

void TestTicketClocks::futureEventsAndOrder()
{
    const std::vector<TicketEvent> events {
        ev(TicketEventType::Registered, "2026-03-03T12:00:00"),
        ev(TicketEventType::Arrived, "2026-03-03T10:00:00"),
    };
    const auto now = computeTicketClocks(engine(), events, QString(), at("2026-03-03T11:00:00"));
    QVERIFY(find(now, ClockKind::Reaction)->isRunning());
    const auto later = computeTicketClocks(engine(), events, QString(), at("2026-03-03T13:00:00"));
    QCOMPARE(find(later, ClockKind::Reaction)->state, ClockState::Met);
    QVERIFY(computeTicketClocks(engine(), events, QString(), at("2026-03-03T09:00:00")).empty());
}

void TestTicketClocks::runningClockIsTheMostUrgent()
{
    const std::vector<TicketEvent> events {
        ev(TicketEventType::Arrived, "2026-03-03T08:00:00"),
        ev(TicketEventType::Registered, "2026-03-03T09:00:00"),
        ev(TicketEventType::ClientMessage, "2026-03-03T10:00:00"),
    };
    const auto shown = runningClock(engine(), events, QStringLiteral("gold"), at("2026-03-03T11:00:00"));
    QVERIFY(shown);
    QCOMPARE(shown->kind, ClockKind::FollowUpReaction);
    QCOMPARE(iso(shown->deadline), "2026-03-04T10:00:00+03:00");
    std::vector<TicketEvent> answered = events;
    answered.push_back(ev(TicketEventType::Reply, "2026-03-03T10:30:00"));
    const auto next = runningClock(engine(), answered, QStringLiteral("gold"), at("2026-03-03T11:00:00"));
    QVERIFY(next);
    QCOMPARE(next->kind, ClockKind::Resolution);
    // Without a resolution target nothing is left to show.
    QVERIFY(!runningClock(engine(), answered, QString(), at("2026-03-03T11:00:00")));
}

void TestTicketClocks::yearWithoutCalendarIsReported()
{
    const std::vector<TicketEvent> events { ev(TicketEventType::Arrived, "2027-12-31T10:00:00") };
    const auto clocks = computeTicketClocks(engine(), events, QString(), at("2027-12-31T11:00:00"));
    const TicketClock* reaction = find(clocks, ClockKind::Reaction);
    QVERIFY(reaction);
    QVERIFY(reaction->error.contains(QStringLiteral("2028")));
    QCOMPARE(reaction->state, ClockState::Error); // never ok or met
    QVERIFY(!reaction->isRunning());
    // The queue shows the error first: it must be seen, not hidden behind another clock.
    const auto shown = runningClock(clocks);
    QVERIFY(shown);
    QCOMPARE(shown->state, ClockState::Error);
}

void TestTicketClocks::slugs()
{
    const QStringList ids { "arrived",       "registered", "client-message", "reply",  "waiting-started",
                            "waiting-ended", "resolved",   "reopened",       "closed", "level-changed" };
    for (const QString& id : ids) {
        const auto type = parseTicketEventType(id);
        QVERIFY2(type, qPrintable(id));
        QCOMPARE(ticketEventTypeId(*type), id);
    }
    QVERIFY(!parseTicketEventType(u"client_message"));
    QCOMPARE(clockStateId(ClockState::Breached), "breached");
    QCOMPARE(parseClockState(u"paused"), ClockState::Paused);
    QCOMPARE(clockKindId(ClockKind::FollowUpReaction), "follow-up-reaction");
}

QTEST_GUILESS_MAIN(TestTicketClocks)
#include "TestTicketClocks.moc"
