#include "QueueTestData.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/queue/QueueProxyModel.h"
#include "ui/widgets/BreachNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace dd;
using test::makeQueueEntry;
using test::TicketSpec;

// The countdown on a fake clock: it ticks from the clocks computed at load, an emergency
// crosses into warning and then breached, and each transition notifies exactly once.
class TestCountdown : public QObject
{
    Q_OBJECT

private slots:
    void crossesIntoWarningAndBreachedOnce();
    void ticksWithoutChangingRows();
    void newEmergencyNotifiesAtOnce();
    void revealingKeepsTheFilters();
};

namespace {

QString timeLeft(const QueueModel& model)
{
    return model.index(0, QueueModel::TimeLeft).data().toString();
}

ClockState state(const QueueModel& model)
{
    return static_cast<ClockState>(model.index(0, QueueModel::TimeLeft).data(QueueModel::ClockStateRole).toInt());
}

// From an hour left down to 14:59 the clock is ok, then warning: notified once.
void warningComesOnceWithFifteenMinutesLeft(FakeClock& clock, qint64 arrived, QueueModel& model,
                                            const BreachNotifier& notifier, const QSignalSpy& notified,
                                            const QueueProxyModel& breachedOnly)
{
    model.tick();
    QCOMPARE(timeLeft(model), QStringLiteral("1:00:00"));
    QCOMPARE(state(model), ClockState::Ok);

    clock.set(QDateTime::fromSecsSinceEpoch(arrived + 45 * 60, Qt::UTC));
    model.tick();
    QCOMPARE(timeLeft(model), QStringLiteral("0:15:00"));
    QCOMPARE(state(model), ClockState::Ok);
    QCOMPARE(notified.count(), 0);

    clock.advance(1);
    model.tick();
    QCOMPARE(timeLeft(model), QStringLiteral("0:14:59"));
    QCOMPARE(state(model), ClockState::Warning);
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(1).value<ClockState>(), ClockState::Warning);
    QVERIFY(notified.at(0).at(2).toString().contains(QStringLiteral("#1")));
    QCOMPARE(notifier.worstState(), ClockState::Warning);

    for (int i = 0; i < 5; ++i) { // ticking on in warning notifies nothing more
        clock.advance(60);
        model.tick();
    }
    QCOMPARE(notified.count(), 1);
    QCOMPARE(breachedOnly.rowCount(), 0);
}

// The deadline itself is in time; a second later the ticket is breached: notified once more.
void breachComesOnceAfterTheDeadline(FakeClock& clock, qint64 arrived, QueueModel& model,
                                     const BreachNotifier& notifier, const QSignalSpy& notified,
                                     const QueueProxyModel& breachedOnly)
{
    clock.set(QDateTime::fromSecsSinceEpoch(arrived + 3600, Qt::UTC));
    model.tick();
    QCOMPARE(timeLeft(model), QStringLiteral("0:00:00")); // the deadline itself is still in time
    QCOMPARE(state(model), ClockState::Warning);
    clock.advance(1);
    model.tick();
    QCOMPARE(timeLeft(model), QStringLiteral("−0:00:01"));
    QCOMPARE(state(model), ClockState::Breached);
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(1).value<ClockState>(), ClockState::Breached);
    QCOMPARE(breachedOnly.rowCount(), 1); // the filter follows the transition
    QCOMPARE(notifier.worstState(), ClockState::Breached);
}

} // namespace

void TestCountdown::crossesIntoWarningAndBreachedOnce()
{
    // An emergency at 10:00 Moscow: deadline 11:00; warning with less than 15 minutes left.
    const qint64 arrived = test::moscow("2026-03-03T10:00:00");
    test::ScopedFakeClock clock(QDateTime::fromSecsSinceEpoch(arrived, Qt::UTC));
    TicketSpec spec;
    spec.level = QStringLiteral("emergency");
    QueueModel model(test::builtinEngine());
    model.setEntries({ makeQueueEntry(spec, arrived) });
    BreachNotifier notifier(&model);
    QSignalSpy notified(&notifier, &BreachNotifier::notified);
    QSignalSpy transitions(&model, &QueueModel::clockStateChanged);
    QueueProxyModel breachedOnly;
    breachedOnly.setQueueModel(&model);
    breachedOnly.setQuickFilter(QueueProxyModel::QuickFilter::Breached);

    warningComesOnceWithFifteenMinutesLeft(clock.clock(), arrived, model, notifier, notified, breachedOnly);
    if (QTest::currentTestFailed()) {
        return;
    }
    breachComesOnceAfterTheDeadline(clock.clock(), arrived, model, notifier, notified, breachedOnly);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Reloading the same ticket (a refresh, another desktop's change) re-announces nothing.
    model.setEntries({ makeQueueEntry(spec, arrived + 3601) });
    clock.clock().advance(5);
    model.tick();
    QCOMPARE(notified.count(), 2);
    QCOMPARE(transitions.count(), 2);
    QCOMPARE(state(model), ClockState::Breached);
}

void TestCountdown::ticksWithoutChangingRows()
{
    const qint64 arrived = test::moscow("2026-03-03T10:00:00");
    test::ScopedFakeClock clock(QDateTime::fromSecsSinceEpoch(arrived, Qt::UTC));
    QueueModel model(test::builtinEngine());
    std::vector<QueueEntry> entries;
    for (qint64 number = 1; number <= 50; ++number) {
        TicketSpec spec;
        spec.number = number;
        entries.push_back(makeQueueEntry(spec, arrived));
    }
    model.setEntries(std::move(entries));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy ticked(&model, &QueueModel::ticked);
    // Ten seconds of ticking: the views repaint what they show; no row changes.
    for (int i = 0; i < 10; ++i) {
        clock.clock().advance(1);
        model.tick();
    }
    QCOMPARE(ticked.count(), 10);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(timeLeft(model), QStringLiteral("7:59:50"));
    // The real timer ticks by itself once started.
    model.startTicking();
    QTRY_VERIFY_WITH_TIMEOUT(ticked.count() >= 12, 3000);
    model.stopTicking();
}

void TestCountdown::newEmergencyNotifiesAtOnce()
{
    const qint64 arrived = test::moscow("2026-03-03T10:00:00");
    test::ScopedFakeClock clock(QDateTime::fromSecsSinceEpoch(arrived, Qt::UTC));
    TicketSpec known;
    known.level = QStringLiteral("emergency");
    QueueModel model(test::builtinEngine());
    BreachNotifier notifier(&model);
    QSignalSpy notified(&notifier, &BreachNotifier::notified);
    model.setEntries({ makeQueueEntry(known, arrived) }); // the first load announces nothing
    QCOMPARE(notified.count(), 0);

    TicketSpec standard;
    standard.number = 2;
    model.upsert(makeQueueEntry(standard, arrived));
    QCOMPARE(notified.count(), 0);

    TicketSpec emergency;
    emergency.number = 3;
    emergency.level = QStringLiteral("emergency");
    emergency.subject = QStringLiteral("Сайт не открывается");
    model.upsert(makeQueueEntry(emergency, arrived));
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toLongLong(), qint64(30));
    QVERIFY(notified.at(0).at(2).toString().contains(QStringLiteral("#3")));
    QVERIFY(notified.at(0).at(3).toString().contains(QStringLiteral("Сайт не открывается")));

    // The same ticket again (a refetch) or once it is registered: no second alert.
    model.remove(30);
    model.upsert(makeQueueEntry(emergency, arrived));
    emergency.status = TicketStatus::Registered;
    model.upsert(makeQueueEntry(emergency, arrived));
    QCOMPARE(notified.count(), 1);
}

void TestCountdown::revealingKeepsTheFilters()
{
    const qint64 arrived = test::moscow("2026-03-03T10:00:00");
    test::ScopedFakeClock clock(QDateTime::fromSecsSinceEpoch(arrived + 7 * 24 * 3600, Qt::UTC));
    TicketSpec late; // a week old: breached
    TicketSpec fresh;
    fresh.number = 2;
    fresh.arrived = "2026-03-10T09:50:00";
    QueueModel model(test::builtinEngine());
    BreachNotifier notifier(&model);
    QSignalSpy counts(&notifier, &BreachNotifier::countsChanged);
    model.setEntries({ makeQueueEntry(late, arrived + 7 * 24 * 3600), makeQueueEntry(fresh, arrived + 7 * 24 * 3600) });
    notifier.updateWorstState();
    QCOMPARE(notifier.breachedCount(), 1);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(0).toInt(), 1); // what the window title shows

    QueueProxyModel breachedOnly;
    breachedOnly.setQueueModel(&model);
    breachedOnly.setQuickFilter(QueueProxyModel::QuickFilter::Breached);
    QCOMPARE(breachedOnly.rowCount(), 1);
    breachedOnly.revealTicket(20); // opened from an alert: shown among the breached
    QCOMPARE(breachedOnly.rowCount(), 2);
    QCOMPARE(breachedOnly.quickFilters(), QueueProxyModel::QuickFilter::Breached);
    breachedOnly.setQuickFilter(QueueProxyModel::QuickFilter::None); // a new view drops the pin
    breachedOnly.setQuickFilter(QueueProxyModel::QuickFilter::Breached);
    QCOMPARE(breachedOnly.rowCount(), 1);
}

QTEST_MAIN(TestCountdown)
#include "TestCountdown.moc"
