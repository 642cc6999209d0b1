#include "core/billing/BillingSplit.h"
#include "core/util/MoscowTime.h"

#include <QTest>

#include <memory>

using namespace dd;

Q_DECLARE_METATYPE(dd::SlaLevel)

namespace {

qint64 at(const char* moscow)
{
    const auto parsed = parseInstant(QString::fromLatin1(moscow));
    if (!parsed) {
        qFatal("bad instant %s", moscow);
    }
    return parsed->toSecsSinceEpoch();
}

constexpr qint64 hours(double h)
{
    return static_cast<qint64>(h * 3600);
}

} // namespace

class TestBillingSplit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitsAtWindowEdges_data();
    void splitsAtWindowEdges();
    void billsLevelChangesPartByPart();
    void refusesBackwardsAndUncoveredWork();

private:
    std::unique_ptr<SlaEngine> m_engine;
};

void TestBillingSplit::initTestCase()
{
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message));
    m_engine = std::make_unique<SlaEngine>(*calendar);
}

void TestBillingSplit::splitsAtWindowEdges_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<SlaLevel>("level");
    QTest::addColumn<qint64>("normal");
    QTest::addColumn<qint64>("doubled");

    // Wednesday 14 October 2026 is an ordinary working day (08:00–16:00 Moscow).
    QTest::newRow("urgent 15:00-18:00 working day")
        << at("2026-10-14T15:00") << at("2026-10-14T18:00") << SlaLevel::Urgent << hours(1) << hours(2);
    QTest::newRow("urgent 06:00-09:00 before opening")
        << at("2026-10-14T06:00") << at("2026-10-14T09:00") << SlaLevel::Urgent << hours(1) << hours(2);
    QTest::newRow("urgent inside business hours")
        << at("2026-10-14T09:00") << at("2026-10-14T12:30") << SlaLevel::Urgent << hours(3.5) << qint64(0);
    QTest::newRow("urgent whole evening")
        << at("2026-10-14T16:00") << at("2026-10-14T23:00") << SlaLevel::Urgent << qint64(0) << hours(7);
    QTest::newRow("urgent seconds across 16:00")
        << at("2026-10-14T15:59:30") << at("2026-10-14T16:00:45") << SlaLevel::Urgent << qint64(30) << qint64(45);
    QTest::newRow("urgent Saturday") << at("2026-10-17T10:00") << at("2026-10-17T14:00") << SlaLevel::Urgent
                                     << qint64(0) << hours(4);
    QTest::newRow("urgent Friday evening into Saturday")
        << at("2026-10-16T15:30") << at("2026-10-17T10:00") << SlaLevel::Urgent << hours(0.5) << hours(18);
    QTest::newRow("urgent Friday noon to Monday 10:00")
        << at("2026-10-16T12:00") << at("2026-10-19T10:00") << SlaLevel::Urgent << hours(6) << hours(64);
    // 4 November is a public holiday (National Unity Day), a Wednesday in 2026.
    QTest::newRow("urgent on a weekday holiday")
        << at("2026-11-04T10:00") << at("2026-11-04T12:00") << SlaLevel::Urgent << qint64(0) << hours(2);
    // 3 November 2026 is a shortened pre-holiday day: business ends at 15:00.
    QTest::newRow("urgent on a shortened day")
        << at("2026-11-03T14:00") << at("2026-11-03T17:00") << SlaLevel::Urgent << hours(1) << hours(2);
    // 30 December 2026 is a full day (before a transferred day off), 31 December is off.
    QTest::newRow("urgent New Year's Eve night")
        << at("2026-12-30T15:00") << at("2026-12-31T09:00") << SlaLevel::Urgent << hours(1) << hours(17);
    QTest::newRow("urgent across the year boundary")
        << at("2026-12-31T22:00") << at("2027-01-11T09:00") << SlaLevel::Urgent << hours(1) << hours(10 * 24 + 10);
    QTest::newRow("standard on Saturday is normal")
        << at("2026-10-17T10:00") << at("2026-10-17T14:00") << SlaLevel::Standard << hours(4) << qint64(0);
    QTest::newRow("emergency at night is normal")
        << at("2026-10-14T22:00") << at("2026-10-15T02:00") << SlaLevel::Emergency << hours(4) << qint64(0);
    QTest::newRow("empty entry") << at("2026-10-14T18:00") << at("2026-10-14T18:00") << SlaLevel::Urgent << qint64(0)
                                 << qint64(0);
}

void TestBillingSplit::splitsAtWindowEdges()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(SlaLevel, level);
    QFETCH(qint64, normal);
    QFETCH(qint64, doubled);
    const auto billed = BillingSplit(*m_engine).split(from, to, level);
    QVERIFY2(billed.ok(), qPrintable(billed.ok() ? QString() : billed.error().message));
    QCOMPARE(billed->normalSeconds, normal);
    QCOMPARE(billed->doubleSeconds, doubled);
    QCOMPARE(billed->totalSeconds(), to - from);
}

void TestBillingSplit::billsLevelChangesPartByPart()
{
    // Standard until 17:00, then the client asked for it urgently: 15:00–16:00 business
    // and 16:00–17:00 standard are normal, 17:00–18:00 urgent outside hours is double.
    const std::vector<LevelPeriod> levels { { at("2026-10-14T10:00"), SlaLevel::Standard },
                                            { at("2026-10-14T17:00"), SlaLevel::Urgent } };
    const auto billed = BillingSplit(*m_engine).split(at("2026-10-14T15:00"), at("2026-10-14T18:00"), levels);
    QVERIFY(billed.ok());
    QCOMPARE(billed->normalSeconds, hours(2));
    QCOMPARE(billed->doubleSeconds, hours(1));

    // Work logged before the recorded arrival is billed at the first level.
    const std::vector<LevelPeriod> urgentOnly { { at("2026-10-14T17:00"), SlaLevel::Urgent } };
    const auto early = BillingSplit(*m_engine).split(at("2026-10-14T15:00"), at("2026-10-14T18:00"), urgentOnly);
    QVERIFY(early.ok());
    QCOMPARE(early->normalSeconds, hours(1));
    QCOMPARE(early->doubleSeconds, hours(2));

    // Downgraded to standard at 16:30: only 16:00–16:30 is double.
    const std::vector<LevelPeriod> downgraded { { at("2026-10-14T08:00"), SlaLevel::Urgent },
                                                { at("2026-10-14T16:30"), SlaLevel::Standard } };
    const auto down = BillingSplit(*m_engine).split(at("2026-10-14T15:00"), at("2026-10-14T18:00"), downgraded);
    QVERIFY(down.ok());
    QCOMPARE(down->normalSeconds, hours(2.5));
    QCOMPARE(down->doubleSeconds, hours(0.5));
}

void TestBillingSplit::refusesBackwardsAndUncoveredWork()
{
    const BillingSplit split(*m_engine);
    QVERIFY(!split.split(at("2026-10-14T18:00"), at("2026-10-14T15:00"), SlaLevel::Urgent).ok());
    QVERIFY(!split.split(at("2026-10-14T18:00"), at("2026-10-14T15:00"), SlaLevel::Standard).ok());
    // 2028 has no production calendar yet: urgent work there cannot be billed silently.
    const auto uncovered = split.split(at("2028-03-01T10:00"), at("2028-03-01T18:00"), SlaLevel::Urgent);
    QVERIFY(!uncovered.ok());
    QVERIFY2(uncovered.error().message.contains(QLatin1String("2028")), qPrintable(uncovered.error().message));
}

QTEST_GUILESS_MAIN(TestBillingSplit)
#include "TestBillingSplit.moc"
