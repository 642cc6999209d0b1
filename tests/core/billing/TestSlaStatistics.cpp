#include "tests/core/billing/BillingFixture.h"

#include "core/billing/ReportRepository.h"
#include "core/billing/SlaStatistics.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dd;
using dd::test::BillingFixture;

// Every figure below is worked out by hand from the data set in BillingFixture.h.
class TestSlaStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsComplianceByProjectLevelAndWeek();
    void listsBreaches();
    void distributesReactionTimes();
    void replaysTheBacklogFromHistory();
    void averagesRatings();
    void countsTestingRunsDueAndDone();
    void periodBoundsCount();

private:
    SlaStatistics october(const QList<ScheduleEntry>& testing = {}) const;

    std::unique_ptr<SlaEngine> m_engine;
    QTemporaryDir m_dir;
    std::unique_ptr<BillingFixture> m_fixture;
    QList<TicketHistory> m_histories;
};

void TestSlaStatistics::initTestCase()
{
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY(calendar.ok());
    m_engine = std::make_unique<SlaEngine>(*calendar);
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_dir.filePath(QStringLiteral("stats.sqlite")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto histories = ReportRepository(*m_fixture->db).histories();
    QVERIFY(histories.ok());
    m_histories = *histories;
    QCOMPARE(m_histories.size(), 6);
}

SlaStatistics TestSlaStatistics::october(const QList<ScheduleEntry>& testing) const
{
    return SlaStatistics::compute(m_histories, *m_engine,
                                  { BillingFixture::at("2026-10-01T00:00"), BillingFixture::at("2026-11-01T00:00") },
                                  testing);
}

void TestSlaStatistics::countsComplianceByProjectLevelAndWeek()
{
    const SlaStatistics s = october();
    QCOMPARE(s.weeks,
             (QList<QDate> { QDate(2026, 9, 28), QDate(2026, 10, 5), QDate(2026, 10, 12), QDate(2026, 10, 19),
                             QDate(2026, 10, 26) }));
    QCOMPARE(s.met, 5); // A reaction + follow-up, C, D, F
    QCOMPARE(s.breached, 1); // B
    QCOMPARE(qRound(s.overallPercent() * 100), 8333);

    QMap<QString, QPair<int, int>> cells;
    for (const ComplianceCell& c : s.compliance) {
        cells.insert(QStringLiteral("%1/%2/%3").arg(c.project, slaLevelId(c.level), c.week.toString(Qt::ISODate)),
                     { c.met, c.breached });
    }
    const QMap<QString, QPair<int, int>> expected {
        { QStringLiteral("Ромашка shop/standard/2026-09-28"), { 1, 0 } }, // D, registered 1 Oct
        { QStringLiteral("Ромашка shop/standard/2026-10-05"), { 2, 0 } }, // A and its follow-up
        { QStringLiteral("Ромашка shop/urgent/2026-10-05"), { 0, 1 } }, // B, deadline Sat 11:00
        { QStringLiteral("Ромашка shop/emergency/2026-10-12"), { 1, 0 } }, // C
        { QStringLiteral("Сидоров сайт/standard/2026-10-19"), { 1, 0 } }, // F, exactly at the deadline
    };
    QCOMPARE(cells, expected);
    QCOMPARE(s.percent(SlaLevel::Standard, QDate(2026, 10, 5)).value_or(-1), 100.0);
    QCOMPARE(s.percent(SlaLevel::Urgent, QDate(2026, 10, 5)).value_or(-1), 0.0);
    QVERIFY(!s.percent(SlaLevel::Urgent, QDate(2026, 10, 12)).has_value());
}

void TestSlaStatistics::listsBreaches()
{
    const SlaStatistics s = october();
    QCOMPARE(s.breaches.size(), 1);
    const BreachRecord& b = s.breaches.first();
    QCOMPARE(b.ticketNumber, qint64(2));
    QCOMPARE(b.level, SlaLevel::Urgent);
    QVERIFY(!b.followUp);
    QCOMPARE(b.deadline, BillingFixture::at("2026-10-10T09:00")); // 8 h: Fri 15–20 + Sat 06–09
    QCOMPARE(b.overdue, qint64(3 * 3600)); // registered Sat 12:00
    QCOMPARE(s.breachesByWeek, (QMap<QDate, int> { { QDate(2026, 10, 5), 1 } }));
}

void TestSlaStatistics::distributesReactionTimes()
{
    const SlaStatistics s = october();
    // Buckets: ≤15m, 15–30m, 30m–1h, 1–2h, 2–4h, 4–8h, >8h.
    QCOMPARE(s.reactionHistogram.value(SlaLevel::Standard), (QList<int> { 0, 0, 1, 1, 0, 1, 0 })); // A 1h, D 2h, F 8h
    QCOMPARE(s.reactionHistogram.value(SlaLevel::Emergency), (QList<int> { 0, 1, 0, 0, 0, 0, 0 })); // C 0:30
    QCOMPARE(s.reactionHistogram.value(SlaLevel::Urgent), (QList<int> { 0, 0, 0, 0, 0, 0, 1 })); // B 9h
    QCOMPARE(SlaStatistics::reactionBucketLabels().size(), 7);
}

void TestSlaStatistics::replaysTheBacklogFromHistory()
{
    const SlaStatistics s = october();
    using Counts = QMap<QString, int>;
    const auto reg = QStringLiteral("registered");
    const auto wait = QStringLiteral("waiting");
    QCOMPARE(s.backlog.value(QDate(2026, 9, 28)), (Counts { { reg, 1 } })); // D
    QCOMPARE(s.backlog.value(QDate(2026, 10, 5)), (Counts { { wait, 1 } })); // B waits
    QCOMPARE(s.backlog.value(QDate(2026, 10, 12)), (Counts { { reg, 1 }, { wait, 1 } })); // + C
    QCOMPARE(s.backlog.value(QDate(2026, 10, 19)), (Counts { { QStringLiteral("new"), 1 }, { reg, 1 }, { wait, 1 } }));
    QCOMPARE(s.backlog.value(QDate(2026, 10, 26)), (Counts { { reg, 1 } })); // E out of scope, B resolved
}

void TestSlaStatistics::averagesRatings()
{
    const SlaStatistics s = october();
    QCOMPARE(s.ratingsByProject.size(), 2);
    QCOMPARE(s.ratingsByProject.at(0).name, QStringLiteral("Ромашка shop"));
    QCOMPARE(s.ratingsByProject.at(0).count, 3);
    QCOMPARE(s.ratingsByProject.at(0).average(), 4.0); // 5, 3, 4
    QCOMPARE(s.ratingsByProject.at(1).average(), 2.0);
    QCOMPARE(s.ratingsByEngineer.size(), 2);
    QCOMPARE(s.ratingsByEngineer.at(0).name, QStringLiteral("Анна Иванова"));
    QCOMPARE(s.ratingsByEngineer.at(0).average(), 4.5); // A 5, D 4
    QCOMPARE(s.ratingsByEngineer.at(1).name, QStringLiteral("Пётр Петров"));
    QCOMPARE(s.ratingsByEngineer.at(1).average(), 2.5); // B 3, F 2
}

void TestSlaStatistics::countsTestingRunsDueAndDone()
{
    const auto entry = [](ScheduleState state, QDate due, RunKind kind = RunKind::Regression) {
        ScheduleEntry e;
        e.state = state;
        e.kind = kind;
        e.dueDate = due;
        return e;
    };
    const QList<ScheduleEntry> testing { entry(ScheduleState::Done, QDate(2026, 10, 10)),
                                         entry(ScheduleState::Overdue, QDate(2026, 10, 20)),
                                         entry(ScheduleState::Done, QDate(2026, 9, 30)),
                                         entry(ScheduleState::Planned, QDate(2026, 12, 1)),
                                         entry(ScheduleState::Done, QDate(2026, 10, 15), RunKind::Feature) };
    const SlaStatistics s = october(testing);
    QCOMPARE(s.testing.size(), 1);
    QCOMPARE(s.testing.first().month, QDate(2026, 10, 1));
    QCOMPARE(s.testing.first().due, 2);
    QCOMPARE(s.testing.first().done, 1);
}

void TestSlaStatistics::periodBoundsCount()
{
    // The first week of October alone: only D (met on 1 October) is decided in it.
    const SlaStatistics s = SlaStatistics::compute(
        m_histories, *m_engine, { BillingFixture::at("2026-10-01T00:00"), BillingFixture::at("2026-10-05T00:00") });
    QCOMPARE(s.met, 1);
    QCOMPARE(s.breached, 0);
    QCOMPARE(s.weeks.size(), 1);
    QVERIFY(s.ratingsByProject.isEmpty());
}

QTEST_GUILESS_MAIN(TestSlaStatistics)
#include "TestSlaStatistics.moc"
