#include "core/domain/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/ServerRolesMigration.h"
#include "core/storage/TicketRepository.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dd;

namespace {

// What a statement did for a role.
enum class Effect { Done, Refused, NoRowVisible };

} // namespace

Q_DECLARE_METATYPE(Effect)

// Roles are enforced by the server (docs/rules.md#roles): each person logs in as their own role,
// member of a dutydesk_* group; the server refuses what their roles do not allow and
// hides the projects of others from programmers and testers.
class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void programmerAndTesterSeeOnlyTheirProjects_data();
    void programmerAndTesterSeeOnlyTheirProjects();
    void whatEachRoleMayDo_data();
    void whatEachRoleMayDo();
    void nobodyChangesTicketHistory_data();
    void nobodyChangesTicketHistory();
    void refetchShowsOnlyWhatTheLoginMaySee();
    void groupRolesOfDutydeskRoles();

private:
    Status createLogin(const QString& login, Role role);
    Database* as(const QString& login);
    QString expand(QString sql) const;

    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<Database> m_owner;
    std::map<QString, std::unique_ptr<Database>> m_logins;
    QHash<QString, qint64> m_ids;
};

Status TestServerRoles::createLogin(const QString& login, Role role)
{
    // Utility statements cannot be prepared, and identifiers cannot be bound; these
    // names come from the test itself.
    QSqlQuery query(m_owner->connection());
    for (const QString& sql :
         { QStringLiteral("CREATE ROLE %1 LOGIN").arg(login),
           QStringLiteral("GRANT %1 TO %2").arg(ServerRolesMigration::groupRoleFor(role), login) }) {
        if (!query.exec(sql)) {
            return Database::sqlError(query);
        }
    }
    auto user = test::insertUser(*m_owner, login);
    if (!user) {
        return user.error();
    }
    m_ids.insert(login, *user);
    return Done {};
}

Database* TestServerRoles::as(const QString& login)
{
    auto& slot = m_logins[login];
    if (!slot) {
        // migrate stays on: an up-to-date schema must open for a role that may not create.
        auto opened = m_server->open(QStringLiteral("support"), login);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        slot = std::move(opened).value();
    }
    return slot.get();
}

QString TestServerRoles::expand(QString sql) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        sql.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), QString::number(it.value()));
    }
    return sql;
}

void TestServerRoles::initTestCase()
{
    auto server = test::PostgresServer::start();
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();
    QVERIFY(m_server->createDatabase(QStringLiteral("support")).ok());
    auto owner = m_server->open(QStringLiteral("support"));
    QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().message));
    m_owner = std::move(owner).value();

    QVERIFY(createLogin(QStringLiteral("anna"), Role::Engineer).ok());
    QVERIFY(createLogin(QStringLiteral("boris"), Role::HeadOfSupport).ok());
    QVERIFY(createLogin(QStringLiteral("pavel"), Role::Programmer).ok());
    QVERIFY(createLogin(QStringLiteral("petr"), Role::Programmer).ok());
    QVERIFY(createLogin(QStringLiteral("tanya"), Role::Tester).ok());
    QVERIFY(createLogin(QStringLiteral("alex"), Role::Admin).ok());

    auto client = test::insertClient(*m_owner, QStringLiteral("Ромашка"));
    QVERIFY(client.ok());
    auto shop = test::insertProject(*m_owner, *client, QStringLiteral("shop"), m_ids[QStringLiteral("pavel")],
                                    m_ids[QStringLiteral("tanya")]);
    QVERIFY(shop.ok());
    auto blog = test::insertProject(*m_owner, *client, QStringLiteral("blog"), m_ids[QStringLiteral("petr")]);
    QVERIFY(blog.ok());
    m_ids.insert(QStringLiteral("shop"), *shop);
    m_ids.insert(QStringLiteral("blog"), *blog);
    for (const QString& project : { QStringLiteral("shop"), QStringLiteral("blog") }) {
        auto ticket = test::insertTicket(*m_owner, m_ids[project], QStringLiteral("Ticket of ") + project);
        QVERIFY(ticket.ok());
        m_ids.insert(project + QStringLiteral("-ticket"), *ticket);
        QVERIFY(m_owner
                    ->run(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, recorded_at, type, "
                                         "ticket_version) VALUES (?, 0, 0, 'arrived', 1)"),
                          { *ticket })
                    .ok());
    }
    auto event = m_owner->run(QStringLiteral("SELECT MIN(id) FROM ticket_events"));
    QVERIFY(event.ok() && event.value().next());
    m_ids.insert(QStringLiteral("event"), event.value().value(0).toLongLong());
}

void TestServerRoles::cleanupTestCase()
{
    m_logins.clear();
    m_owner.reset();
    m_server.reset();
}

void TestServerRoles::programmerAndTesterSeeOnlyTheirProjects_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    const QString projects = QStringLiteral("SELECT code FROM projects ORDER BY code");
    const QString tickets = QStringLiteral("SELECT subject FROM tickets ORDER BY subject");
    const QString events = QStringLiteral("SELECT p.code FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                          "JOIN projects p ON p.id = t.project_id ORDER BY p.code");
    const QStringList both { QStringLiteral("blog"), QStringLiteral("shop") };
    const QStringList shop { QStringLiteral("shop") };
    const QStringList blog { QStringLiteral("blog") };
    QTest::newRow("programmer: projects") << "pavel" << projects << shop;
    QTest::newRow("programmer: tickets") << "pavel" << tickets << QStringList { "Ticket of shop" };
    QTest::newRow("programmer: history") << "pavel" << events << shop;
    QTest::newRow("other programmer: projects") << "petr" << projects << blog;
    QTest::newRow("tester: projects") << "tanya" << projects << shop;
    QTest::newRow("tester: tickets") << "tanya" << tickets << QStringList { "Ticket of shop" };
    QTest::newRow("engineer: projects") << "anna" << projects << both;
    QTest::newRow("engineer: history") << "anna" << events << both;
    QTest::newRow("head of support: tickets")
        << "boris" << tickets << QStringList { "Ticket of blog", "Ticket of shop" };
    QTest::newRow("admin: projects") << "alex" << projects << both;
}

void TestServerRoles::programmerAndTesterSeeOnlyTheirProjects()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    Database* database = as(login);
    QVERIFY(database);
    auto rows = database->run(sql);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
    QStringList seen;
    while (rows.value().next()) {
        seen << rows.value().value(0).toString();
    }
    QCOMPARE(seen, expected);
}

void TestServerRoles::whatEachRoleMayDo_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<Effect>("effect");
    const QString changeUser = QStringLiteral("UPDATE users SET full_name = 'X' WHERE login = 'anna'");
    const QString addUser = QStringLiteral("INSERT INTO users (login, full_name, created_at) VALUES ('eve', 'E', 0)");
    const QString changeSla = QStringLiteral("UPDATE sla_policies SET max_reaction_seconds = 1800 "
                                             "WHERE tariff = 'standard' AND level = 'emergency'");
    const QString addCalendar
        = QStringLiteral("INSERT INTO calendar_years (year, source, loaded_at) VALUES (2031, 'admin', 0)");
    const QString editShopTicket = QStringLiteral("UPDATE tickets SET subject = 'edited' WHERE id = {shop-ticket}");
    const QString editBlogTicket = QStringLiteral("UPDATE tickets SET subject = 'edited' WHERE id = {blog-ticket}");
    const QString fileTicket = QStringLiteral(
        "INSERT INTO tickets (number, project_id, subject, channel, arrived_at, level, status, created_at, "
        "updated_at) VALUES (1000, %1, 'defect', 'email', 0, 'standard', 'new', 0, 0)");
    const QString editProject = QStringLiteral("UPDATE projects SET name = 'Shop' WHERE id = {shop}");

    QTest::newRow("tester cannot change users") << "tanya" << changeUser << Effect::Refused;
    QTest::newRow("engineer cannot add users") << "anna" << addUser << Effect::Refused;
    QTest::newRow("head of support cannot change users") << "boris" << changeUser << Effect::Refused;
    QTest::newRow("admin changes users") << "alex" << changeUser << Effect::Done;
    QTest::newRow("admin adds users") << "alex" << addUser << Effect::Done;
    QTest::newRow("engineer cannot change SLA policies") << "anna" << changeSla << Effect::Refused;
    QTest::newRow("head of support cannot change SLA policies") << "boris" << changeSla << Effect::Refused;
    QTest::newRow("admin changes SLA policies") << "alex" << changeSla << Effect::Done;
    QTest::newRow("programmer cannot change the calendar") << "pavel" << addCalendar << Effect::Refused;
    QTest::newRow("admin changes the calendar") << "alex" << addCalendar << Effect::Done;
    QTest::newRow("programmer edits a ticket of his project") << "pavel" << editShopTicket << Effect::Done;
    QTest::newRow("programmer cannot reach another project's ticket")
        << "pavel" << editBlogTicket << Effect::NoRowVisible;
    QTest::newRow("programmer cannot file tickets")
        << "pavel" << fileTicket.arg(QStringLiteral("{shop}")) << Effect::Refused;
    QTest::newRow("tester files a defect on her project")
        << "tanya" << fileTicket.arg(QStringLiteral("{shop}")) << Effect::Done;
    QTest::newRow("tester cannot file on another project")
        << "tanya" << fileTicket.arg(QStringLiteral("{blog}")) << Effect::Refused;
    QTest::newRow("engineer edits any ticket") << "anna" << editBlogTicket << Effect::Done;
    QTest::newRow("programmer cannot edit projects") << "pavel" << editProject << Effect::Refused;
    QTest::newRow("head of support edits projects") << "boris" << editProject << Effect::Done;
}

void TestServerRoles::whatEachRoleMayDo()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(Effect, effect);
    Database* database = as(login);
    QVERIFY(database);
    // Each row runs in a transaction rolled back afterwards, so the rows stay independent.
    QVERIFY(database->begin().ok());
    auto result = database->run(expand(sql));
    const int affected = result.ok() ? result.value().numRowsAffected() : -1;
    const QString error = result.ok() ? QString() : result.error().message;
    database->rollback();
    switch (effect) {
    case Effect::Done:
        QVERIFY2(result.ok(), qPrintable(error));
        QCOMPARE(affected, 1);
        break;
    case Effect::Refused:
        QVERIFY2(!result.ok(), "the server allowed it");
        QVERIFY2(error.contains(QStringLiteral("permission denied"))
                     || error.contains(QStringLiteral("row-level security")),
                 qPrintable(error));
        break;
    case Effect::NoRowVisible:
        QVERIFY2(result.ok(), qPrintable(error));
        QCOMPARE(affected, 0);
        break;
    }
}

void TestServerRoles::nobodyChangesTicketHistory_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    const QString update = QStringLiteral("UPDATE ticket_events SET type = 'resolved' WHERE id = {event}");
    const QString remove = QStringLiteral("DELETE FROM ticket_events WHERE id = {event}");
    for (const char* login : { "anna", "boris", "pavel", "tanya", "alex" }) {
        QTest::addRow("%s updates", login) << login << update;
        QTest::addRow("%s deletes", login) << login << remove;
    }
    // The owner of the tables (a superuser here) is stopped by the trigger.
    QTest::newRow("owner updates") << "" << update;
    QTest::newRow("owner deletes") << "" << remove;
    QTest::newRow("owner truncates") << "" << QStringLiteral("TRUNCATE ticket_events");
}

void TestServerRoles::nobodyChangesTicketHistory()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    Database* database = login.isEmpty() ? m_owner.get() : as(login);
    QVERIFY(database);
    QString error;
    if (sql.startsWith(QLatin1String("TRUNCATE"))) {
        // Not a statement PostgreSQL can prepare.
        QSqlQuery query(database->connection());
        QVERIFY2(!query.exec(sql), "history was truncated");
        error = query.lastError().text();
    } else {
        auto result = database->run(expand(sql));
        QVERIFY2(!result.ok(), "history was changed");
        error = result.error().message;
    }
    QVERIFY2(error.contains(QStringLiteral("permission denied")) || error.contains(QStringLiteral("append-only")),
             qPrintable(error));
    auto kept = m_owner->run(QStringLiteral("SELECT type FROM ticket_events WHERE id = ?"),
                             { m_ids[QStringLiteral("event")] });
    QVERIFY(kept.ok() && kept.value().next());
    QCOMPARE(kept.value().value(0).toString(), QStringLiteral("arrived"));
}

void TestServerRoles::refetchShowsOnlyWhatTheLoginMaySee()
{
    // Change notifications name ids of every project (they carry no content); the
    // refetch goes through row-level security.
    const QList<qint64> ids { m_ids[QStringLiteral("shop-ticket")], m_ids[QStringLiteral("blog-ticket")] };
    Database* programmer = as(QStringLiteral("pavel"));
    QVERIFY(programmer);
    auto seen = TicketRepository(*programmer).byIds(ids);
    QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().message));
    QCOMPARE(seen->size(), 1);
    QCOMPARE(seen->first().id, m_ids[QStringLiteral("shop-ticket")]);
    Database* engineer = as(QStringLiteral("anna"));
    QVERIFY(engineer);
    QCOMPARE(TicketRepository(*engineer).byIds(ids).value().size(), 2);
}

void TestServerRoles::groupRolesOfDutydeskRoles()
{
    QCOMPARE(ServerRolesMigration::groupRoleFor(Role::HeadOfSupport), QStringLiteral("dutydesk_manager"));
    QCOMPARE(ServerRolesMigration::groupRoleFor(Role::AccountManager), QStringLiteral("dutydesk_manager"));
    auto groups = m_owner->run(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE 'dutydesk\\_%' "
                                              "AND NOT rolcanlogin"));
    QVERIFY(groups.ok() && groups.value().next());
    // The five staff groups and the intake daemon's service group.
    QCOMPARE(groups.value().value(0).toInt(), ServerRolesMigration::groupRoles().size() + 1);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "TestServerRoles.moc"
