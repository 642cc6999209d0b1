// One suite, two engines: TestProjectShortNameSqlite (a file) and TestProjectShortNamePostgres
// (the role fixture's server, DUTYDESK_TEST_POSTGRES, which also checks who may set the name).
#include "tests/core/storage/ServerRoleFixture.h"
#include "tests/support/TestRows.h"

#include "core/demo/DemoData.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// A project's short name (issue 18 point 1): optional, unique, at most 20 characters,
// read with every ticket, versioned like other edits, and set for every demo project.
class TestProjectShortName : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storedAndReadWithTickets();
    void emptyMeansNoneAndFallsBack();
    void badShortNamesAreRefused_data();
    void badShortNamesAreRefused();
    void staleEditNamesTheCurrentName();
    void demoProjectsAllHaveOne();
    void onlyManagersAndAdministratorsSetIt_data();
    void onlyManagersAndAdministratorsSetIt();

private:
    Result<Project> addProject(const QString& code, const QString& shortName);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_sqlite;
    test::ServerRoleFixture m_fixture;
    Database* m_database = nullptr;
    qint64 m_clientId = 0;
};

void TestProjectShortName::initTestCase()
{
    QVERIFY(m_dir.isValid());
#ifdef DUTYDESK_TEST_POSTGRES
    const Status started = m_fixture.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_database = &m_fixture.owner();
#else
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("projects.sqlite"))));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_sqlite = std::move(opened).value();
    m_database = m_sqlite.get();
#endif
    auto client = test::insertClient(*m_database, QStringLiteral("ООО «Ромашка»"));
    QVERIFY2(client.ok(), qPrintable(client.ok() ? QString() : client.error().message));
    m_clientId = *client;
}

void TestProjectShortName::cleanupTestCase()
{
#ifdef DUTYDESK_TEST_POSTGRES
    m_fixture.stop();
#endif
}

Result<Project> TestProjectShortName::addProject(const QString& code, const QString& shortName)
{
    Project project;
    project.clientId = m_clientId;
    project.code = code;
    project.name = QStringLiteral("Интернет-магазин «%1»").arg(code);
    project.shortName = shortName;
    project.tariff = QStringLiteral("standard");
    return ProjectRepository(*m_database).add(project);
}

void TestProjectShortName::storedAndReadWithTickets()
{
    auto added = addProject(QStringLiteral("romashka"), QStringLiteral("  ИМ Ромашка "));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    QCOMPARE(added->shortName, QStringLiteral("ИМ Ромашка"));
    QCOMPARE(added->shownName(), QStringLiteral("ИМ Ромашка"));
    auto ticketId = test::insertTicket(*m_database, added->id, QStringLiteral("Корзина не работает"));
    QVERIFY(ticketId.ok());
    auto ticket = TicketRepository(*m_database).get(*ticketId);
    QVERIFY2(ticket.ok(), qPrintable(ticket.ok() ? QString() : ticket.error().message));
    QCOMPARE(ticket->projectShortName, QStringLiteral("ИМ Ромашка"));
    QCOMPARE(ticket->projectName, QStringLiteral("Интернет-магазин «romashka»"));
    QCOMPARE(ticket->projectShownName(), QStringLiteral("ИМ Ромашка"));
}

void TestProjectShortName::emptyMeansNoneAndFallsBack()
{
    // Several projects without one: NULL, not '' (which the unique index would allow only once).
    for (const QString& code : { QStringLiteral("plain-one"), QStringLiteral("plain-two") }) {
        auto added = addProject(code, QStringLiteral("   "));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QVERIFY(added->shortName.isEmpty());
        QCOMPARE(added->shownName(), added->name);
    }
    auto stored = m_database->runScalar(QStringLiteral("SELECT COUNT(*) FROM projects WHERE short_name IS NULL "
                                                       "AND code IN ('plain-one', 'plain-two')"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->toInt(), 2);
}

void TestProjectShortName::badShortNamesAreRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<QString>("message");
    QTest::newRow("21 characters") << QStringLiteral("too-long") << QStringLiteral("Интернет-магазин Роза")
                                   << QStringLiteral("longer than 20");
    QTest::newRow("held by another project") << QStringLiteral("taken") << QStringLiteral("ИМ Ромашка")
                                             << QStringLiteral("already taken by project “romashka”");
}

void TestProjectShortName::badShortNamesAreRefused()
{
    QFETCH(QString, code);
    QFETCH(QString, shortName);
    QFETCH(QString, message);
    auto added = addProject(code, shortName);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
    auto found = ProjectRepository(*m_database).find(code);
    QVERIFY(found.ok());
    QVERIFY(!found->has_value()); // nothing half-saved

    // The same check on an edit of an existing project.
    auto other = addProject(code, QString());
    QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
    Project edited = *other;
    edited.shortName = shortName;
    auto updated = ProjectRepository(*m_database).update(edited, other->version);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(message), qPrintable(updated.error().message));
    QVERIFY((*ProjectRepository(*m_database).find(code))->shortName.isEmpty());
}

void TestProjectShortName::staleEditNamesTheCurrentName()
{
    const ProjectRepository projects(*m_database);
    auto added = addProject(QStringLiteral("stale"), QString());
    QVERIFY(added.ok());
    Project first = *added;
    first.shortName = QStringLiteral("ИМ Старый");
    auto updated = projects.update(first, added->version);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QCOMPARE(updated->version, added->version + 1);
    QCOMPARE(updated->shortName, QStringLiteral("ИМ Старый"));

    Project second = *added; // edited from what was read before the first edit
    second.shortName = QStringLiteral("ИМ Новый");
    auto refused = projects.update(second, added->version);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("ИМ Старый")), qPrintable(refused.error().message));
    QCOMPARE((*projects.find(QStringLiteral("stale")))->shortName, QStringLiteral("ИМ Старый"));

    // Emptying it removes it.
    Project cleared = *updated;
    cleared.shortName.clear();
    auto removed = projects.update(cleared, updated->version);
    QVERIFY(removed.ok());
    QVERIFY(removed->shortName.isEmpty());
}

void TestProjectShortName::demoProjectsAllHaveOne()
{
#ifdef DUTYDESK_TEST_POSTGRES
    QSKIP("the demo needs an empty database; the SQLite suite checks it");
#else
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    QVERIFY(opened.ok());
    DemoOptions options;
    options.tickets = 20;
    options.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    auto report = DemoData::generate(**opened, options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    auto projects = ProjectRepository(**opened).all();
    QVERIFY(projects.ok());
    QCOMPARE(projects->size(), report->projects);
    QSet<QString> seen;
    for (const Project& project : *projects) {
        QVERIFY2(!project.shortName.isEmpty(), qPrintable(project.code));
        QVERIFY2(project.shortName.size() <= Project::maxShortNameLength, qPrintable(project.shortName));
        QVERIFY2(project.shortName.size() < project.name.size(), qPrintable(project.shortName));
        seen << project.shortName;
    }
    QCOMPARE(seen.size(), projects->size());
#endif
}

void TestProjectShortName::onlyManagersAndAdministratorsSetIt_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("administrator") << "alex" << true;
    QTest::newRow("head of support (manager)") << "boris" << true;
    QTest::newRow("engineer") << "anna" << false;
    QTest::newRow("programmer of the project") << "pavel" << false;
    QTest::newRow("tester of the project") << "tanya" << false;
}

void TestProjectShortName::onlyManagersAndAdministratorsSetIt()
{
#ifndef DUTYDESK_TEST_POSTGRES
    QSKIP("the shared database's grants: the PostgreSQL suite");
#else
    QFETCH(QString, login);
    QFETCH(bool, allowed);
    Database* database = m_fixture.as(login);
    QVERIFY(database);
    const ProjectRepository projects(*database);
    auto shop = projects.find(QStringLiteral("shop"));
    QVERIFY2(shop.ok() && shop->has_value(), qPrintable(shop.ok() ? login : shop.error().message));
    Project edited = **shop;
    edited.shortName = QStringLiteral("Магазин %1").arg(login);
    auto updated = projects.update(edited, edited.version);
    QCOMPARE(updated.ok(), allowed);
    auto now = ProjectRepository(m_fixture.owner()).find(QStringLiteral("shop"));
    QVERIFY(now.ok());
    QCOMPARE((*now)->shortName == edited.shortName, allowed);
#endif
}

QTEST_GUILESS_MAIN(TestProjectShortName)
#include "TestProjectShortName.moc"
