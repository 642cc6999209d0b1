// The calendar repository, compiled twice: TestCalendarRepositorySqlite (temporary
// files) and TestCalendarRepositoryPostgres (a throwaway server, DUTYDESK_TEST_POSTGRES).
#include "tests/support/EngineDatabases.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestRows.h"

#include "core/schema/SchemaCatalog.h"
#include "core/sla/SlaEngine.h"
#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ServerRolesMigration.h"
#include "core/storage/TicketSla.h"
#include "core/util/MoscowTime.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

CalendarYear shipped(int year)
{
    return *ProductionCalendar::builtin()->year(year);
}

// 2026 as a decree might amend it: Monday 4 May off, Saturday 28 November a working
// day, 30 December shortened, and a new title.
CalendarYear amended2026()
{
    CalendarYear year = shipped(2026);
    year.setKind(QDate(2026, 5, 4), DayKind::DayOff);
    year.setKind(QDate(2026, 11, 28), DayKind::WorkingWeekend);
    year.setKind(QDate(2026, 12, 30), DayKind::Shortened);
    year.setSource(QStringLiteral("Test decree No. 1"));
    return year;
}

// The first date where two years differ in kind or holiday, or their titles; empty when
// they agree on every day.
QString difference(const CalendarYear& expected, const CalendarYear& actual)
{
    if (expected.year() != actual.year()) {
        return QStringLiteral("year %1 vs %2").arg(expected.year()).arg(actual.year());
    }
    if (expected.source() != actual.source()) {
        return QStringLiteral("title “%1” vs “%2”").arg(expected.source(), actual.source());
    }
    for (QDate date(expected.year(), 1, 1); date.year() == expected.year(); date = date.addDays(1)) {
        if (expected.kind(date) != actual.kind(date) || expected.isHoliday(date) != actual.isHoliday(date)) {
            return QStringLiteral("%1: kind %2/%3, holiday %4/%5")
                .arg(date.toString(Qt::ISODate))
                .arg(int(expected.kind(date)))
                .arg(int(actual.kind(date)))
                .arg(expected.isHoliday(date))
                .arg(actual.isHoliday(date));
        }
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(dd::CalendarYear)

class TestCalendarRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullYearRoundTrip_data();
    void fullYearRoundTrip();
    void storedYearsOverlayTheShippedOnes();
    void saveReplacesTheWholeYear();
    void failedSaveChangesNothing();
    void damagedStoredDayIsAnError();
    void onlyAdministratorsChangeTheCalendar();

private:
    std::unique_ptr<Database> freshDatabase(const QString& name);
    Actor admin(const Database& database);

    test::EngineDatabases m_databases;
};

void TestCalendarRepository::initTestCase()
{
    const Status started = m_databases.startBuiltEngine();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    QVERIFY(ProductionCalendar::builtin().ok());
}

std::unique_ptr<Database> TestCalendarRepository::freshDatabase(const QString& name)
{
    return m_databases.fresh(name);
}

Actor TestCalendarRepository::admin(const Database& database)
{
    auto id = test::insertUser(database, QStringLiteral("alex"));
    return Actor { id ? *id : 0, QStringLiteral("alex"), QString() };
}

void TestCalendarRepository::fullYearRoundTrip_data()
{
    QTest::addColumn<CalendarYear>("year");
    // 2024 has a shortened working Saturday (2 Nov) and holidays on weekends.
    for (int year : ProductionCalendar::builtin()->years()) {
        QTest::newRow(qPrintable(QStringLiteral("shipped %1").arg(year))) << shipped(year);
    }
    QTest::newRow("amended 2026") << amended2026();
    CalendarYear plain(2031);
    QTest::newRow("plain weekends, no title") << plain;
}

void TestCalendarRepository::fullYearRoundTrip()
{
    QFETCH(CalendarYear, year);
    auto database = freshDatabase(QStringLiteral("RoundTrip%1")
                                      .arg(QTest::currentDataTag())
                                      .remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]"))));
    QVERIFY(database);
    const Actor actor = admin(*database);
    QVERIFY(actor.userId > 0);
    const QDateTime before = *database->serverNow();

    auto saved = CalendarRepository(*database).save(year, CalendarSource::Imported, actor);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(difference(year, saved->year), QString());

    auto all = CalendarRepository(*database).all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    const StoredCalendarYear& stored = all->first();
    QCOMPARE(difference(year, stored.year), QString());
    QCOMPARE(writeXmlCalendar(stored.year), writeXmlCalendar(year));
    QCOMPARE(stored.source, CalendarSource::Imported);
    QCOMPARE(stored.loadedById, actor.userId);
    QCOMPARE(stored.loadedBy, QStringLiteral("alex"));
    QCOMPARE(stored.version, 1);
    // The server's clock, to the second (PostgreSQL rounds now() to the nearest one).
    const QDateTime after = *database->serverNow();
    QVERIFY2(stored.loadedAt.toSecsSinceEpoch() >= before.toSecsSinceEpoch()
                 && stored.loadedAt.toSecsSinceEpoch() <= after.toSecsSinceEpoch() + 1,
             qPrintable(QStringLiteral("%1 not in %2 … %3")
                            .arg(stored.loadedAt.toString(Qt::ISODate), before.toString(Qt::ISODate),
                                 after.toString(Qt::ISODate))));
}

void TestCalendarRepository::storedYearsOverlayTheShippedOnes()
{
    auto database = freshDatabase(QStringLiteral("Overlay"));
    QVERIFY(database);
    const auto builtin = ProductionCalendar::builtin();

    auto empty = effectiveCalendar(*database);
    QVERIFY(empty.ok());
    QCOMPARE(empty->years(), builtin->years());
    QCOMPARE(*empty->dayKind(QDate(2026, 5, 4)), DayKind::Working);

    CalendarYear later(2031);
    later.setKind(QDate(2031, 1, 2), DayKind::DayOff);
    const CalendarRepository repository(*database);
    QVERIFY(repository.save(amended2026(), CalendarSource::Edited, admin(*database)).ok());
    QVERIFY(repository.save(later, CalendarSource::Imported, Actor {}).ok());

    auto effective = effectiveCalendar(*database);
    QVERIFY2(effective.ok(), qPrintable(effective.ok() ? QString() : effective.error().message));
    QCOMPARE(effective->years(), builtin->years() + QList<int> { 2031 });
    QCOMPARE(difference(amended2026(), *effective->year(2026)), QString());
    QCOMPARE(*effective->dayKind(QDate(2026, 5, 4)), DayKind::DayOff);
    QCOMPARE(*effective->dayKind(QDate(2031, 1, 2)), DayKind::DayOff);
    for (int year : builtin->years()) {
        if (year != 2026) {
            QCOMPARE(difference(*builtin->year(year), *effective->year(year)), QString());
        }
    }
    // The shipped calendar itself is not touched.
    QCOMPARE(*ProductionCalendar::builtin()->dayKind(QDate(2026, 5, 4)), DayKind::Working);

    // The ticket SLA engine reads the same calendar: a standard request at 08:00 on
    // Monday 4 May now counts from Tuesday.
    auto sla = TicketSla::load(*database);
    QVERIFY(sla.ok());
    const qint64 monday = parseInstant(QStringLiteral("2026-05-04T08:00"))->toSecsSinceEpoch();
    const auto deadline = (*sla)->engine().deadline(monday, SlaLevel::Standard, QStringLiteral("standard"));
    QVERIFY(deadline.ok());
    QCOMPARE(formatMoscowIso(fromEpoch(*deadline)), QStringLiteral("2026-05-05T16:00:00+03:00"));

    auto stored = repository.find(2026);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->source, CalendarSource::Edited);
    QVERIFY(repository.find(2027)->has_value() == false);
}

void TestCalendarRepository::saveReplacesTheWholeYear()
{
    auto database = freshDatabase(QStringLiteral("Replace"));
    QVERIFY(database);
    const CalendarRepository repository(*database);
    const Actor actor = admin(*database);
    QVERIFY(repository.save(amended2026(), CalendarSource::Imported, actor).ok());
    const auto rowsOf2026 = [&] {
        auto count = database->runScalar(QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE year = ?"), { 2026 });
        return count ? count->toInt() : -1;
    };
    const int amendedRows = rowsOf2026();

    // Back to the shipped year, as an administrator's edit: the amendments are gone.
    auto replaced = repository.save(shipped(2026), CalendarSource::Edited, actor);
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().message));
    QCOMPARE(replaced->version, 2);
    QCOMPARE(replaced->source, CalendarSource::Edited);
    auto stored = repository.find(2026);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE(difference(shipped(2026), (*stored)->year), QString());
    QCOMPARE((*stored)->year.kind(QDate(2026, 5, 4)), DayKind::Working);
    QCOMPARE((*stored)->year.kind(QDate(2026, 11, 28)), DayKind::DayOff);
    // The three amended days were rows of their own; nothing of them is left.
    QCOMPARE(rowsOf2026(), amendedRows - 3);
    QCOMPARE(repository.all()->size(), 1);
}

void TestCalendarRepository::failedSaveChangesNothing()
{
    auto database = freshDatabase(QStringLiteral("Atomic"));
    QVERIFY(database);
    const CalendarRepository repository(*database);
    const Actor actor = admin(*database);
    QVERIFY(repository.save(shipped(2026), CalendarSource::Imported, actor).ok());
    const StoredCalendarYear before = **repository.find(2026);

    // The server refuses the last day of a year, after the year row was written and
    // every earlier day inserted.
    QSqlQuery ddl(database->connection());
    const QString refused = QStringLiteral("NEW.day IN ('2026-12-31', '2031-12-31')");
    if (database->isPostgres()) {
        QVERIFY(ddl.exec(QStringLiteral("CREATE FUNCTION refuse_day() RETURNS trigger LANGUAGE plpgsql AS "
                                        "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$")));
        QVERIFY(ddl.exec(QStringLiteral("CREATE TRIGGER refuse_day BEFORE INSERT ON calendar_days FOR EACH ROW "
                                        "WHEN (%1) EXECUTE FUNCTION refuse_day()")
                             .arg(refused)));
    } else {
        QVERIFY(ddl.exec(QStringLiteral("CREATE TRIGGER refuse_day BEFORE INSERT ON calendar_days WHEN %1 "
                                        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                             .arg(refused)));
    }

    CalendarYear replacement = amended2026();
    replacement.setKind(QDate(2026, 12, 31), DayKind::DayOff);
    auto replaced = repository.save(replacement, CalendarSource::Edited, actor);
    QVERIFY(!replaced.ok());
    QVERIFY2(replaced.error().message.contains(QStringLiteral("refused by the test")),
             qPrintable(replaced.error().message));
    auto after = repository.find(2026);
    QVERIFY(after.ok() && after->has_value());
    QCOMPARE(difference(before.year, (*after)->year), QString());
    QCOMPARE((*after)->version, before.version);
    QCOMPARE((*after)->source, CalendarSource::Imported);

    // A first save of a year that fails leaves no year behind either.
    CalendarYear fresh(2031);
    fresh.setKind(QDate(2031, 1, 2), DayKind::DayOff);
    fresh.setKind(QDate(2031, 12, 31), DayKind::DayOff);
    QVERIFY(!repository.save(fresh, CalendarSource::Imported, actor).ok());
    QVERIFY(!repository.find(2031)->has_value());
    QCOMPARE(
        database->runScalar(QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE year = ?"), { 2031 })->toInt(), 0);
}

void TestCalendarRepository::damagedStoredDayIsAnError()
{
    auto database = freshDatabase(QStringLiteral("Damaged"));
    QVERIFY(database);
    const CalendarRepository repository(*database);
    QVERIFY(!repository.save(CalendarYear(), CalendarSource::Imported, Actor {}).ok());
    QVERIFY(repository.save(shipped(2026), CalendarSource::Imported, Actor {}).ok());
    // A row that names a date of another year: reported, never silently skipped.
    QVERIFY(database
                ->run(QStringLiteral("INSERT INTO calendar_days (day, year, kind) VALUES ('2027-05-04', 2026, "
                                     "'day-off')"))
                .ok());
    auto effective = effectiveCalendar(*database);
    QVERIFY(!effective.ok());
    QVERIFY2(effective.error().message.contains(QStringLiteral("2027-05-04")), qPrintable(effective.error().message));
}

void TestCalendarRepository::onlyAdministratorsChangeTheCalendar()
{
    if (!m_databases.server()) {
        QSKIP("server roles exist on PostgreSQL only");
    }
    auto owner = freshDatabase(QStringLiteral("Roles"));
    QVERIFY(owner);
    QHash<QString, qint64> ids;
    for (const auto& [login, role] : { std::pair { QStringLiteral("cal_admin"), Role::Admin },
                                       std::pair { QStringLiteral("cal_engineer"), Role::Engineer },
                                       std::pair { QStringLiteral("cal_head"), Role::HeadOfSupport } }) {
        QSqlQuery query(owner->connection());
        // Identifiers cannot be bound; these come from the test itself.
        QVERIFY(query.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)));
        QVERIFY(query.exec(QStringLiteral("GRANT %1 TO %2").arg(ServerRolesMigration::groupRoleFor(role), login)));
        auto id = test::insertUser(*owner, login);
        QVERIFY(id.ok());
        ids.insert(login, *id);
    }
    QVERIFY(CalendarRepository(*owner).save(shipped(2026), CalendarSource::Imported, Actor {}).ok());
    const auto as = [&](const QString& login) {
        auto opened = m_databases.server()->open(QStringLiteral("roles"), login);
        return opened ? std::move(opened).value() : nullptr;
    };

    for (const QString& login : { QStringLiteral("cal_engineer"), QStringLiteral("cal_head") }) {
        auto session = as(login);
        QVERIFY(session);
        // Everyone reads the calendar their clocks run on.
        auto effective = effectiveCalendar(*session);
        QVERIFY(effective.ok());
        auto refused = CalendarRepository(*session).save(amended2026(), CalendarSource::Edited,
                                                         Actor { ids.value(login), login, QString() });
        QVERIFY2(!refused.ok(), qPrintable(login));
        QVERIFY2(refused.error().message.contains(QStringLiteral("permission denied")),
                 qPrintable(refused.error().message));
    }
    auto unchanged = CalendarRepository(*owner).find(2026);
    QCOMPARE(difference(shipped(2026), (*unchanged)->year), QString());
    QCOMPARE((*unchanged)->version, 1);

    auto adminSession = as(QStringLiteral("cal_admin"));
    QVERIFY(adminSession);
    auto saved = CalendarRepository(*adminSession)
                     .save(amended2026(), CalendarSource::Edited,
                           Actor { ids.value(QStringLiteral("cal_admin")), QStringLiteral("cal_admin"), QString() });
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->loadedById, ids.value(QStringLiteral("cal_admin")));
    QCOMPARE(difference(amended2026(), (**CalendarRepository(*owner).find(2026)).year), QString());
}

QTEST_GUILESS_MAIN(TestCalendarRepository)
#include "TestCalendarRepository.moc"
