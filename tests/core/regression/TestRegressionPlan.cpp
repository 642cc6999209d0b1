#include "core/regression/RegressionPlan.h"

#include "tests/support/FakeClock.h"

#include <QTest>

using namespace dd;

class TestRegressionPlan : public QObject
{
    Q_OBJECT

private slots:
    void addsMonths_data();
    void addsMonths();
    void computesNextDueDate_data();
    void computesNextDueDate();
    void classifiesByToday_data();
    void classifiesByToday();
    void scheduleCountsFromTheLastFinishedRun();
    void scheduleCountsFromTheStartWithoutRuns();
    void pausedAndClosedProjectsAreNotDue();
    void changedIntervalMovesTheDueDate();
    void runInProgressReplacesTheDueRun();
    void featureTestsAreListed();
    void todayIsTheMoscowDate();
};

namespace {

Project project(qint64 id, const QDate& start, int interval = 2, ProjectStatus status = ProjectStatus::Active)
{
    Project p;
    p.id = id;
    p.code = QStringLiteral("p%1").arg(id);
    p.name = QStringLiteral("Project %1").arg(id);
    p.startDate = start;
    p.testingIntervalMonths = interval;
    p.status = status;
    p.testerId = 7;
    return p;
}

RegressionRun finishedRun(qint64 id, qint64 projectId, const QDateTime& finishedUtc)
{
    RegressionRun run;
    run.id = id;
    run.projectId = projectId;
    run.status = RunStatus::Finished;
    run.startedAt = finishedUtc.addSecs(-3600);
    run.finishedAt = finishedUtc;
    run.testerId = 7;
    return run;
}

const ScheduleEntry* nextOf(const QList<ScheduleEntry>& entries, qint64 projectId)
{
    for (const ScheduleEntry& entry : entries) {
        if (entry.projectId == projectId && entry.state != ScheduleState::Done && entry.kind == RunKind::Regression) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

void TestRegressionPlan::addsMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("plain two months") << QDate(2026, 1, 15) << 2 << QDate(2026, 3, 15);
    QTest::newRow("31 Dec + 2 clamps to 28 Feb") << QDate(2025, 12, 31) << 2 << QDate(2026, 2, 28);
    QTest::newRow("31 Dec + 2 leap year 29 Feb") << QDate(2027, 12, 31) << 2 << QDate(2028, 2, 29);
    QTest::newRow("31 Aug + 1 clamps to 30 Sep") << QDate(2026, 8, 31) << 1 << QDate(2026, 9, 30);
    QTest::newRow("over the year end") << QDate(2026, 11, 30) << 2 << QDate(2027, 1, 30);
    QTest::newRow("twelve months") << QDate(2026, 3, 3) << 12 << QDate(2027, 3, 3);
}

void TestRegressionPlan::addsMonths()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(RegressionPlan::addMonths(from, months), expected);
}

void TestRegressionPlan::computesNextDueDate_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("lastFinished");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("after the start") << QDate(2026, 1, 10) << QDate() << 2 << QDate(2026, 3, 10);
    QTest::newRow("after the last run") << QDate(2025, 1, 10) << QDate(2026, 4, 2) << 2 << QDate(2026, 6, 2);
    QTest::newRow("monthly interval") << QDate(2025, 1, 10) << QDate(2026, 4, 2) << 1 << QDate(2026, 5, 2);
    QTest::newRow("zero interval counts as one") << QDate(2026, 1, 10) << QDate() << 0 << QDate(2026, 2, 10);
    QTest::newRow("no start, no run: due today") << QDate() << QDate() << 2 << QDate(2026, 11, 26);
}

void TestRegressionPlan::computesNextDueDate()
{
    QFETCH(QDate, start);
    QFETCH(QDate, lastFinished);
    QFETCH(int, interval);
    QFETCH(QDate, expected);
    QCOMPARE(RegressionPlan::nextDueDate(project(1, start, interval), lastFinished, QDate(2026, 11, 26)), expected);
}

void TestRegressionPlan::classifiesByToday_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("state");
    // Due on 2026-03-10, the default window is 14 days.
    QTest::newRow("a month ahead: planned") << QDate(2026, 2, 8) << "planned";
    QTest::newRow("15 days ahead: planned") << QDate(2026, 2, 23) << "planned";
    QTest::newRow("14 days ahead: due") << QDate(2026, 2, 24) << "due";
    QTest::newRow("on the day: due") << QDate(2026, 3, 10) << "due";
    QTest::newRow("the day after: overdue") << QDate(2026, 3, 11) << "overdue";
}

void TestRegressionPlan::classifiesByToday()
{
    QFETCH(QDate, today);
    QFETCH(QString, state);
    QCOMPARE(toSlug(RegressionPlan().stateFor(QDate(2026, 3, 10), today)), state);
}

void TestRegressionPlan::scheduleCountsFromTheLastFinishedRun()
{
    // Finished at 23:30 Moscow on 1 April = 20:30 UTC: the Moscow date counts, not UTC's
    // nor the desktop's (the suite runs in Omsk, where it is already 2 April).
    const QList<RegressionRun> runs = {
        finishedRun(1, 1, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC)),
        finishedRun(2, 1, QDateTime(QDate(2026, 4, 1), QTime(20, 30), Qt::UTC)),
    };
    const auto entries = RegressionPlan().schedule({ project(1, QDate(2025, 6, 1)) }, runs, QDate(2026, 5, 20));
    const ScheduleEntry* next = nextOf(entries, 1);
    QVERIFY(next);
    QCOMPARE(next->dueDate, QDate(2026, 6, 1));
    QCOMPARE(next->state, ScheduleState::Due);
    int done = 0;
    for (const ScheduleEntry& entry : entries) {
        done += entry.state == ScheduleState::Done ? 1 : 0;
    }
    QCOMPARE(done, 2);
    QCOMPARE(entries.first().state, ScheduleState::Due); // open entries sort first
}

void TestRegressionPlan::scheduleCountsFromTheStartWithoutRuns()
{
    const auto entries = RegressionPlan().schedule({ project(1, QDate(2026, 1, 31)) }, {}, QDate(2026, 4, 3));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().dueDate, QDate(2026, 3, 31));
    QCOMPARE(entries.first().state, ScheduleState::Overdue);
    QCOMPARE(entries.first().daysOverdue, 3);
    QCOMPARE(entries.first().testerId, qint64(7));
}

void TestRegressionPlan::pausedAndClosedProjectsAreNotDue()
{
    const QList<Project> projects = {
        project(1, QDate(2025, 1, 1), 2, ProjectStatus::Paused),
        project(2, QDate(2025, 1, 1), 2, ProjectStatus::Closed),
        project(3, QDate(2025, 1, 1), 2, ProjectStatus::Active),
    };
    const auto entries = RegressionPlan().schedule(projects, {}, QDate(2026, 4, 3));
    QCOMPARE(entries.size(), 2);
    const ScheduleEntry* paused = nextOf(entries, 1);
    QVERIFY(paused);
    QCOMPARE(paused->state, ScheduleState::Paused);
    QVERIFY(!paused->dueDate.isValid());
    QVERIFY(!paused->isOpen());
    QVERIFY(!nextOf(entries, 2));
    QCOMPARE(nextOf(entries, 3)->state, ScheduleState::Overdue);
}

void TestRegressionPlan::changedIntervalMovesTheDueDate()
{
    const QList<RegressionRun> runs = { finishedRun(1, 1, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)) };
    const QDate today(2026, 4, 10);
    auto twoMonths = RegressionPlan().schedule({ project(1, QDate(2025, 1, 1), 2) }, runs, today);
    QCOMPARE(nextOf(twoMonths, 1)->dueDate, QDate(2026, 5, 2));
    QCOMPARE(nextOf(twoMonths, 1)->state, ScheduleState::Planned);
    auto oneMonth = RegressionPlan().schedule({ project(1, QDate(2025, 1, 1), 1) }, runs, today);
    QCOMPARE(nextOf(oneMonth, 1)->dueDate, QDate(2026, 4, 2));
    QCOMPARE(nextOf(oneMonth, 1)->state, ScheduleState::Overdue);
}

void TestRegressionPlan::runInProgressReplacesTheDueRun()
{
    RegressionRun open;
    open.id = 5;
    open.projectId = 1;
    open.status = RunStatus::InProgress;
    open.dueDate = QDate(2026, 3, 1);
    open.startedAt = QDateTime(QDate(2026, 3, 3), QTime(6, 0), Qt::UTC);
    for (const ItemResult result : { ItemResult::Pass, ItemResult::Fail, ItemResult::Pending }) {
        RegressionRunItem item;
        item.result = result;
        open.items.append(item);
    }
    const auto entries = RegressionPlan().schedule({ project(1, QDate(2026, 1, 1)) }, { open }, QDate(2026, 3, 4));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, ScheduleState::InProgress);
    QCOMPARE(entries.first().runId, qint64(5));
    QCOMPARE(entries.first().date, QDate(2026, 3, 3));
    QCOMPARE(entries.first().daysOverdue, 3);
    QCOMPARE(entries.first().counts.fail, 1);
    QCOMPARE(entries.first().counts.pending, 1);
}

void TestRegressionPlan::featureTestsAreListed()
{
    RegressionRun feature;
    feature.id = 9;
    feature.kind = RunKind::Feature;
    feature.status = RunStatus::Requested;
    feature.projectId = 1;
    feature.ticketId = 40;
    feature.ticketNumber = 123;
    feature.testerId = 8;
    feature.dueDate = QDate(2026, 3, 2);
    User tester;
    tester.id = 8;
    tester.login = QStringLiteral("olga");
    tester.fullName = QStringLiteral("Olga Testova");
    const auto entries = RegressionPlan().schedule({ project(1, QDate(2026, 1, 1)) }, { feature }, QDate(2026, 3, 4),
                                                   { { 8, tester } });
    QCOMPARE(entries.size(), 2); // the feature test and the regression run
    // Both overdue; the regression run (due 1 March) sorts before the feature test (2 March).
    QCOMPARE(entries.at(0).kind, RunKind::Regression);
    const ScheduleEntry& test = entries.at(1);
    QCOMPARE(test.kind, RunKind::Feature);
    QCOMPARE(test.state, ScheduleState::Overdue);
    QCOMPARE(test.daysOverdue, 2);
    QCOMPARE(test.testerName, QStringLiteral("Olga Testova"));
    QCOMPARE(test.ticketNumber, qint64(123));
}

void TestRegressionPlan::todayIsTheMoscowDate()
{
    // 22:30 UTC on 3 March is 01:30 on 4 March in Moscow and 04:30 in Omsk (the suite's zone).
    Clock::install(std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 3), QTime(22, 30), Qt::UTC)));
    const QDate night = RegressionPlan::moscowToday();
    Clock::install(std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 3), QTime(20, 30), Qt::UTC)));
    const QDate evening = RegressionPlan::moscowToday();
    Clock::install(nullptr);
    QCOMPARE(night, QDate(2026, 3, 4));
    QCOMPARE(evening, QDate(2026, 3, 3));
}

QTEST_GUILESS_MAIN(TestRegressionPlan)
#include "TestRegressionPlan.moc"
