#include "core/time/ProductionCalendar.h"

#include <QTest>

using namespace dd;

// The shipped data against calendar-ru.md, and the calendar's refusal to guess.
class TestProductionCalendar : public QObject
{
    Q_OBJECT

private slots:
    void builtinHasTheDecreedYears();
    void builtinDays_data();
    void builtinDays();
    void builtinCountsMatchTheTable_data();
    void builtinCountsMatchTheTable();
    void dayOffReasons_data();
    void dayOffReasons();
    void missingYearIsAnErrorNamingIt();
    void setYearAddsAndReplaces();
};

void TestProductionCalendar::builtinHasTheDecreedYears()
{
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().toString()));
    QCOMPARE(calendar->years(), (QList<int> { 2024, 2025, 2026, 2027 }));
    for (int year : calendar->years()) {
        QVERIFY2(calendar->year(year)->source().contains(QStringLiteral("decree")), qPrintable(QString::number(year)));
    }
    QVERIFY(calendar->year(2026)->source().contains(QStringLiteral("No. 1466")));
}

void TestProductionCalendar::builtinDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayKind>("kind");
    QTest::newRow("Friday before Monday holiday is full") << QDate(2026, 3, 6) << DayKind::Working;
    QTest::newRow("transferred Monday 2026-03-09") << QDate(2026, 3, 9) << DayKind::DayOff;
    QTest::newRow("day before transferred day off is full") << QDate(2026, 12, 30) << DayKind::Working;
    QTest::newRow("2026-12-31 off") << QDate(2026, 12, 31) << DayKind::DayOff;
    QTest::newRow("2026-04-30 shortened") << QDate(2026, 4, 30) << DayKind::Shortened;
    QTest::newRow("2026-05-08 shortened") << QDate(2026, 5, 8) << DayKind::Shortened;
    QTest::newRow("plain Saturday") << QDate(2026, 3, 7) << DayKind::DayOff;
    QTest::newRow("plain Wednesday") << QDate(2026, 3, 4) << DayKind::Working;
    QTest::newRow("working Saturday 2024-04-27") << QDate(2024, 4, 27) << DayKind::WorkingWeekend;
    QTest::newRow("working Saturday 2024-12-28") << QDate(2024, 12, 28) << DayKind::WorkingWeekend;
    QTest::newRow("shortened working Saturday 2024-11-02") << QDate(2024, 11, 2) << DayKind::Shortened;
    QTest::newRow("shortened working Saturday 2025-11-01") << QDate(2025, 11, 1) << DayKind::Shortened;
    QTest::newRow("shortened working Saturday 2027-02-20") << QDate(2027, 2, 20) << DayKind::Shortened;
    QTest::newRow("2025-01-08 off") << QDate(2025, 1, 8) << DayKind::DayOff;
    QTest::newRow("2025-01-09 works") << QDate(2025, 1, 9) << DayKind::Working;
    QTest::newRow("2027-06-14 off") << QDate(2027, 6, 14) << DayKind::DayOff;
    QTest::newRow("2024-12-30 off") << QDate(2024, 12, 30) << DayKind::DayOff;
}

void TestProductionCalendar::builtinDays()
{
    QFETCH(QDate, date);
    QFETCH(DayKind, kind);
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY(calendar.ok());
    const auto actual = calendar->dayKind(date);
    QVERIFY(actual.ok());
    QCOMPARE(*actual, kind);
}

void TestProductionCalendar::builtinCountsMatchTheTable_data()
{
    // Weekdays off, working weekend days, shortened days: counted from calendar-ru.md.
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("weekdaysOff");
    QTest::addColumn<int>("workingWeekend");
    QTest::addColumn<int>("shortened");
    QTest::addColumn<int>("workingDays");
    QTest::newRow("2024") << 2024 << 17 << 3 << 5 << 248;
    QTest::newRow("2025") << 2025 << 15 << 1 << 4 << 247;
    QTest::newRow("2026") << 2026 << 14 << 0 << 4 << 247;
    QTest::newRow("2027") << 2027 << 15 << 1 << 4 << 247;
}

void TestProductionCalendar::builtinCountsMatchTheTable()
{
    QFETCH(int, year);
    QFETCH(int, weekdaysOff);
    QFETCH(int, workingWeekend);
    QFETCH(int, shortened);
    QFETCH(int, workingDays);
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY(calendar.ok());
    int off = 0;
    int weekend = 0;
    int shortDays = 0;
    int working = 0;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const DayKind kind = *calendar->dayKind(date);
        off += kind == DayKind::DayOff && !ProductionCalendar::isWeekend(date);
        weekend += ProductionCalendar::isWorking(kind) && ProductionCalendar::isWeekend(date);
        shortDays += kind == DayKind::Shortened;
        working += ProductionCalendar::isWorking(kind);
    }
    QCOMPARE(off, weekdaysOff);
    QCOMPARE(weekend, workingWeekend);
    QCOMPARE(shortDays, shortened);
    QCOMPARE(working, workingDays);
}

void TestProductionCalendar::dayOffReasons_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayOffReason>("reason");
    QTest::newRow("Saturday") << QDate(2026, 3, 7) << DayOffReason::Weekend;
    QTest::newRow("8 March on a Sunday") << QDate(2026, 3, 8) << DayOffReason::Holiday;
    QTest::newRow("transferred Monday") << QDate(2026, 3, 9) << DayOffReason::Transfer;
    QTest::newRow("New Year") << QDate(2026, 1, 1) << DayOffReason::Holiday;
    QTest::newRow("2026-01-09 transferred") << QDate(2026, 1, 9) << DayOffReason::Transfer;
    QTest::newRow("2026-12-31 transferred") << QDate(2026, 12, 31) << DayOffReason::Transfer;
}

void TestProductionCalendar::dayOffReasons()
{
    QFETCH(QDate, date);
    QFETCH(DayOffReason, reason);
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY(calendar.ok());
    QCOMPARE(calendar->dayOffReason(date), reason);
}

void TestProductionCalendar::missingYearIsAnErrorNamingIt()
{
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY(calendar.ok());
    const auto kind = calendar->dayKind(QDate(2028, 1, 10));
    QVERIFY(!kind.ok());
    QVERIFY2(kind.error().message.contains(QStringLiteral("2028")), qPrintable(kind.error().message));
    QVERIFY(!calendar->dayKind(QDate(2023, 12, 29)).ok());
    QVERIFY(!calendar->year(2028).ok());
    QVERIFY(!ProductionCalendar().dayKind(QDate(2026, 3, 4)).ok());
}

void TestProductionCalendar::setYearAddsAndReplaces()
{
    ProductionCalendar calendar;
    CalendarYear year(2028);
    QCOMPARE(year.kind(QDate(2028, 1, 1)), DayKind::DayOff); // a Saturday
    QCOMPARE(year.kind(QDate(2028, 1, 3)), DayKind::Working);
    calendar.setYear(year);
    QVERIFY(calendar.hasYear(2028));
    QCOMPARE(*calendar.dayKind(QDate(2028, 1, 3)), DayKind::Working);
    year.setKind(QDate(2028, 1, 3), DayKind::DayOff);
    calendar.setYear(year);
    QCOMPARE(*calendar.dayKind(QDate(2028, 1, 3)), DayKind::DayOff);
    QCOMPARE(calendar.years(), QList<int> { 2028 });
}

QTEST_GUILESS_MAIN(TestProductionCalendar)
#include "TestProductionCalendar.moc"
