#include "core/sla/LiveClock.h"
#include "core/util/MoscowTime.h"

#include <QTest>

using namespace dd;

// A clock computed once and read later (the console's countdowns) must agree, second by
// second, with recomputing the whole history at that moment.
class TestLiveClock : public QObject
{
    Q_OBJECT

private slots:
    void transitionsAgreeWithRecomputing_data();
    void transitionsAgreeWithRecomputing();
    void pausedAndStoppedClocksHaveNoTransitions();
    void severityOrdersStates();
};

namespace {

qint64 at(const QString& text)
{
    return parseInstant(text)->toSecsSinceEpoch();
}

const SlaEngine& engine()
{
    static const SlaEngine instance(*ProductionCalendar::builtin());
    return instance;
}

TicketClock clockAt(const std::vector<TicketEvent>& events, qint64 now)
{
    const auto clocks = computeTicketClocks(engine(), events, QString(), now);
    return *runningClock(clocks);
}

} // namespace

void TestLiveClock::transitionsAgreeWithRecomputing_data()
{
    QTest::addColumn<QString>("arrived");
    QTest::addColumn<int>("level");
    QTest::newRow("standard Friday 15:30") << QStringLiteral("2026-03-06T15:30:00") << int(SlaLevel::Standard);
    QTest::newRow("standard Monday 09:00") << QStringLiteral("2026-03-02T09:00:00") << int(SlaLevel::Standard);
    QTest::newRow("standard Saturday 11:00") << QStringLiteral("2026-03-07T11:00:00") << int(SlaLevel::Standard);
    QTest::newRow("emergency 21:30") << QStringLiteral("2026-03-03T21:30:00") << int(SlaLevel::Emergency);
    QTest::newRow("emergency 19:50 over the night")
        << QStringLiteral("2026-03-03T19:50:00") << int(SlaLevel::Emergency);
    QTest::newRow("urgent Sunday 18:00") << QStringLiteral("2026-03-08T18:00:00") << int(SlaLevel::Urgent);
    QTest::newRow("standard before the May holidays")
        << QStringLiteral("2026-04-30T14:00:00") << int(SlaLevel::Standard);
}

void TestLiveClock::transitionsAgreeWithRecomputing()
{
    QFETCH(QString, arrived);
    QFETCH(int, level);
    const qint64 start = at(arrived);
    const std::vector<TicketEvent> events { { TicketEventType::Arrived, start, static_cast<SlaLevel>(level) } };
    const TicketClock computed = clockAt(events, start);
    const auto transitions = clockTransitions(engine(), computed);
    QVERIFY(transitions);
    QCOMPARE(transitions->breachAt, computed.deadline + 1);
    QVERIFY(transitions->warningAt < transitions->breachAt);

    // Around each transition the stored clock, read later, says what recomputing says.
    for (qint64 probe : { transitions->warningAt - 1, transitions->warningAt, transitions->breachAt - 1,
                          transitions->breachAt, transitions->breachAt + 3600 }) {
        const TicketClock fresh = clockAt(events, probe);
        const ClockReading read = readClock(engine(), computed, probe);
        QCOMPARE(read.state, fresh.state);
        QCOMPARE(read.remaining, fresh.remaining);
        QCOMPARE(stateAt(*transitions, probe), fresh.state);
    }
    QCOMPARE(stateAt(*transitions, transitions->warningAt - 1), ClockState::Ok);
    QCOMPARE(stateAt(*transitions, transitions->warningAt), ClockState::Warning);
    QCOMPARE(stateAt(*transitions, transitions->breachAt), ClockState::Breached);
}

void TestLiveClock::pausedAndStoppedClocksHaveNoTransitions()
{
    const qint64 start = at(QStringLiteral("2026-03-03T10:00:00"));
    const std::vector<TicketEvent> waiting { { TicketEventType::Arrived, start, SlaLevel::Standard },
                                             { TicketEventType::Registered, start + 600, SlaLevel::Standard },
                                             { TicketEventType::WaitingStarted, start + 900, SlaLevel::Standard } };
    const auto clocks = computeTicketClocks(engine(), waiting, QString(), start + 7200);
    for (const TicketClock& clock : clocks) {
        QVERIFY(!clockTransitions(engine(), clock));
        // A clock that does not run reads as it was computed, whatever the time.
        QCOMPARE(readClock(engine(), clock, start + 86400).state, clock.state);
    }
    QVERIFY(!clocks.empty());
}

void TestLiveClock::severityOrdersStates()
{
    QVERIFY(clockStateSeverity(ClockState::Breached) > clockStateSeverity(ClockState::Warning));
    QVERIFY(clockStateSeverity(ClockState::Warning) > clockStateSeverity(ClockState::Ok));
    QVERIFY(clockStateSeverity(ClockState::Ok) > clockStateSeverity(ClockState::Paused));
    QVERIFY(clockStateSeverity(ClockState::Paused) > clockStateSeverity(ClockState::Met));
}

QTEST_GUILESS_MAIN(TestLiveClock)
#include "TestLiveClock.moc"
