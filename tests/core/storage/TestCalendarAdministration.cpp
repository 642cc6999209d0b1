#include "core/domain/Actor.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// An administrator's calendar (issue 17): one day changed with a reason, the other
// edited days' reasons kept, and the warning 60 days before the last loaded year ends.
class TestCalendarAdministration : public QObject
{
    Q_OBJECT

private slots:
    void runsOutSoon_data();
    void runsOutSoon();
    void setDayKeepsReasons();
};

void TestCalendarAdministration::runsOutSoon_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("warned");
    // Loaded: 2025 and 2026; the last day is 31 December 2026.
    QTest::newRow("a year ahead") << QDate(2025, 12, 1) << false;
    QTest::newRow("61 days before the end") << QDate(2026, 10, 31) << false;
    QTest::newRow("exactly 60 days before") << QDate(2026, 11, 1) << true;
    QTest::newRow("the last day") << QDate(2026, 12, 31) << true;
    QTest::newRow("after the end") << QDate(2027, 1, 10) << true;
}

void TestCalendarAdministration::runsOutSoon()
{
    QFETCH(QDate, today);
    QFETCH(bool, warned);
    ProductionCalendar calendar;
    calendar.setYear(CalendarYear(2025));
    calendar.setYear(CalendarYear(2026));
    const auto end = calendarRunsOutSoon(calendar, today);
    QCOMPARE(end.has_value(), warned);
    if (warned) {
        QCOMPARE(*end, QDate(2026, 12, 31));
    }
    QCOMPARE(calendarRunsOutSoon(ProductionCalendar {}, today), std::optional<QDate>(today)); // nothing loaded
}

void TestCalendarAdministration::setDayKeepsReasons()
{
    QTemporaryDir dir;
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(dir.filePath(QStringLiteral("c.sqlite"))), options);
    QVERIFY(opened.ok());
    const CalendarRepository calendars(**opened);
    const Actor alex { 0, QStringLiteral("alex"), {} };
    QVERIFY(!calendars.setDay(QDate(2026, 12, 30), DayKind::DayOff, QString(), alex).ok()); // a reason is required
    QVERIFY(calendars.setDay(QDate(2026, 12, 30), DayKind::DayOff, QStringLiteral("Company day"), alex).ok());
    QVERIFY(calendars.setDay(QDate(2026, 12, 26), DayKind::Working, QStringLiteral("Release"), alex).ok());
    const auto notes = calendars.notes(2026);
    QVERIFY(notes.ok());
    QCOMPARE(notes->value(QDate(2026, 12, 30)), QStringLiteral("Company day"));
    QCOMPARE(notes->value(QDate(2026, 12, 26)), QStringLiteral("Release"));
    const auto calendar = effectiveCalendar(**opened);
    QCOMPARE(*calendar->dayKind(QDate(2026, 12, 30)), DayKind::DayOff);
    QCOMPARE(*calendar->dayKind(QDate(2026, 12, 26)), DayKind::WorkingWeekend); // a Saturday worked
    const auto stored = calendars.find(2026);
    QVERIFY(stored.ok() && *stored);
    QCOMPARE((*stored)->source, CalendarSource::Edited);
    QCOMPARE((*stored)->loadedBy, QStringLiteral("alex"));
    // A day back to its plain kind keeps its reason too.
    QVERIFY(calendars.setDay(QDate(2026, 12, 30), DayKind::Working, QStringLiteral("Decision revoked"), alex).ok());
    QCOMPARE(calendars.notes(2026)->value(QDate(2026, 12, 30)), QStringLiteral("Decision revoked"));
    QCOMPARE(*effectiveCalendar(**opened)->dayKind(QDate(2026, 12, 30)), DayKind::Working);
}

QTEST_GUILESS_MAIN(TestCalendarAdministration)
#include "TestCalendarAdministration.moc"
