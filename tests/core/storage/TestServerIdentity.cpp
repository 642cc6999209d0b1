#include "core/domain/Actor.h"
#include "core/storage/Database.h"
#include "core/storage/SessionIdentity.h"
#include "core/storage/TicketRepository.h"
#include "tests/core/storage/ServerRoleFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace dd;

namespace {

enum class Effect { Done, Refused, NoRowVisible };

// Who may do what to every table, by the letters of the logins' groups: Engineer,
// Manager, Programmer, Tester, Admin, Intake daemon (docs/shared-database.md's table).
struct TablePrivileges
{
    const char* table;
    const char* column; // one the writers may update
    const char* select;
    const char* insert;
    const char* update;
    const char* remove;
};

const TablePrivileges privileges[] {
    { "schema_migrations", "name", "EMPTAI", "", "", "" },
    { "users", "full_name", "EMPTAI", "A", "A", "A" },
    { "user_roles", "role", "EMPTAI", "A", "A", "A" },
    { "tariffs", "name", "EMPTAI", "A", "A", "A" },
    { "sla_policies", "warning_seconds", "EMPTAI", "A", "A", "A" },
    { "calendar_years", "source", "EMPTAI", "A", "A", "A" },
    { "calendar_days", "note", "EMPTAI", "A", "A", "A" },
    { "settings", "value", "EMPTAI", "A", "A", "A" },
    { "settings_history", "new_value", "EMPTA", "", "", "" },
    { "clients", "name", "EMPTAI", "MA", "MA", "" },
    { "client_trusted_addresses", "person_name", "EMPTAI", "MA", "MA", "MA" },
    { "projects", "name", "EMPTAI", "MA", "MA", "" },
    { "counters", "value", "EMPTAI", "", "EMTAI", "" },
    { "tickets", "subject", "EMPTAI", "EMTAI", "EMPTAI", "" },
    { "ticket_events", "type", "EMPTAI", "", "", "" },
    { "messages", "ticket_id", "EMPTAI", "EMPTAI", "EMAI", "" },
    { "attachments", "file_name", "EMPTAI", "EMPTAI", "", "" },
    { "work_log", "note", "EMPTA", "EMPTA", "EMPTA", "A" },
    { "testing_checklists", "items", "EMPTA", "MTA", "MTA", "" },
    { "test_runs", "summary", "EMPTA", "MTA", "MTA", "" },
    { "test_run_items", "note", "EMPTA", "MTA", "MTA", "" },
    { "test_attachments", "file_name", "EMPTA", "MTA", "", "" },
    { "mailbox_state", "last_uid", "EMAI", "I", "I", "" },
    { "intake_log", "detail", "EMAI", "I", "", "" },
    { "quarantine", "status", "EMAI", "I", "", "" },
    { "outgoing_mail", "status", "EMAI", "", "I", "" },
    // The search index's queue: only its SECURITY DEFINER functions (migration 20).
    { "ticket_search_pending", "ticket_id", "", "", "", "" },
};

const std::pair<char, const char*> loginOf[] { { 'E', "anna" },  { 'M', "boris" }, { 'P', "pavel" },
                                               { 'T', "tanya" }, { 'A', "alex" },  { 'I', "mailer" } };

} // namespace

Q_DECLARE_METATYPE(Effect)

// The shared database is the authority on who did what (docs/shared-database.md): each
// role's attempts, as a hostile member of staff would make them, with the outcome.
class TestServerIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTableForEveryRole_data();
    void everyTableForEveryRole();
    void attempts_data();
    void attempts();
    void historyIsStampedByTheServer();
    void onlyAnAdministratorActsForSomeoneElse();
    void adminChecksAskTheServer();
    void mailTakesItsSenderFromTheSettings();
    void quarantineRecordsTheLogin();
    void everyTableWithProjectDataHasAPolicy();

private:
    Result<QSqlQuery> run(Database& database, const QString& sql);

    test::ServerRoleFixture m_fixture;
};

void TestServerIdentity::initTestCase()
{
    const Status started = m_fixture.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestServerIdentity::cleanupTestCase()
{
    m_fixture.stop();
}

Result<QSqlQuery> TestServerIdentity::run(Database& database, const QString& sql)
{
    // Utility statements (ALTER, SET CONSTRAINTS) cannot be prepared; all statements
    // here are the test's own text with ids expanded.
    QSqlQuery query(database.connection());
    if (!query.exec(m_fixture.expand(sql))) {
        return Database::sqlError(query);
    }
    return query;
}

void TestServerIdentity::everyTableForEveryRole_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    // WHERE false: the privilege is checked all the same, and no row changes.
    for (const TablePrivileges& table : privileges) {
        const QString name = QLatin1String(table.table);
        const QString column = QLatin1String(table.column);
        const std::pair<QString, const char*> statements[] {
            { QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(name), table.select },
            { QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE false").arg(name), table.insert },
            { QStringLiteral("UPDATE %1 SET %2 = %2 WHERE false").arg(name, column), table.update },
            { QStringLiteral("DELETE FROM %1 WHERE false").arg(name), table.remove },
        };
        for (const auto& [sql, who] : statements) {
            for (const auto& [letter, login] : loginOf) {
                const bool allowed = QByteArray(who).contains(letter);
                QTest::addRow("%s: %s %s", login, qPrintable(sql.section(QLatin1Char(' '), 0, 0)), table.table)
                    << QString::fromLatin1(login) << sql << allowed;
            }
        }
    }
}

void TestServerIdentity::everyTableForEveryRole()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    Database* database = m_fixture.as(login);
    QVERIFY(database);
    QVERIFY(database->begin().ok());
    auto result = run(*database, sql);
    database->rollback();
    if (allowed) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    } else {
        QVERIFY2(!result.ok(), "the server allowed it");
        QVERIFY2(result.error().message.contains(QStringLiteral("permission denied")),
                 qPrintable(result.error().message));
    }
}

void TestServerIdentity::attempts_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<Effect>("effect");
    QTest::addColumn<QString>("refusal"); // part of the server's message
    const QString denied = QStringLiteral("permission denied");
    const QString rls = QStringLiteral("row-level security");
    const QString bump = QStringLiteral("UPDATE tickets SET version = version + 1 WHERE id = {shop-ticket}");
    const QString append = QStringLiteral("SELECT dutydesk_append_event({shop-ticket}, %1, 'comment', '{}', "
                                          "(SELECT version FROM tickets WHERE id = {shop-ticket}), {boris}, 'boris')");
    const QString check = QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"); // the commit-time checks, now
    const QString work = QStringLiteral("INSERT INTO work_log (ticket_id, user_id, started_at, finished_at, "
                                        "created_at) VALUES ({shop-ticket}, %1, %2, %3, 0)");
    auto row = [](const char* name, const char* login, QStringList statements, Effect effect, QString refusal = {}) {
        QTest::newRow(name) << QString::fromLatin1(login) << statements << effect << refusal;
    };

    // Forged history.
    row("programmer inserts a history row", "pavel",
        { "INSERT INTO ticket_events (ticket_id, at, recorded_at, actor_id, actor, type, ticket_version) "
          "VALUES ({shop-ticket}, 0, 0, {boris}, 'boris', 'resolved', 1)" },
        Effect::Refused, denied);
    row("admin inserts a history row", "alex",
        { "INSERT INTO ticket_events (ticket_id, at, recorded_at, type, ticket_version) "
          "VALUES ({blog-ticket}, 0, 0, 'resolved', 1)" },
        Effect::Refused, denied);
    row("programmer appends an event without changing the ticket", "pavel", { append.arg("NULL") }, Effect::Refused,
        QStringLiteral("must come with the change"));
    row("programmer appends an event to his change", "pavel", { bump, append.arg("NULL"), check }, Effect::Done);
    row("programmer dates an event tomorrow", "pavel", { bump, append.arg("{now} + 86400") }, Effect::Refused,
        QStringLiteral("in the future"));
    row("programmer dates an event before the arrival", "pavel", { bump, append.arg("{arrived} - 60") },
        Effect::Refused, QStringLiteral("before the ticket arrived"));
    row("programmer poses as an administrator acting for someone", "pavel",
        { "SELECT set_config('dutydesk.acting_as', 'boris', false)", bump, append.arg("NULL") }, Effect::Refused,
        QStringLiteral("only an administrator may act"));

    // Tickets.
    row("programmer moves a ticket to another client's project", "pavel",
        { "UPDATE tickets SET project_id = {blog}, assignee_id = {pavel} WHERE id = {shop-ticket}" }, Effect::Refused,
        denied);
    row("engineer back-dates an arrival", "anna",
        { "UPDATE tickets SET arrived_at = arrived_at - 86400 WHERE id = {blog-ticket}" }, Effect::Refused, denied);
    row("engineer changes the channel", "anna", { "UPDATE tickets SET channel = 'phone' WHERE id = {blog-ticket}" },
        Effect::Refused, denied);
    row("manager renumbers a ticket", "boris", { "UPDATE tickets SET number = 999 WHERE id = {blog-ticket}" },
        Effect::Refused, denied);
    row("engineer edits a ticket without its history event", "anna",
        { "UPDATE tickets SET subject = 'quiet', version = version + 1 WHERE id = {blog-ticket}", check },
        Effect::Refused, QStringLiteral("without a history event"));
    row("engineer edits a ticket without a new version", "anna",
        { "UPDATE tickets SET subject = 'quiet' WHERE id = {blog-ticket}", check }, Effect::Refused,
        QStringLiteral("without a new version"));
    row("admin corrects an arrival with its history event", "alex",
        { "UPDATE tickets SET arrived_at = arrived_at - 3600, version = version + 1 WHERE id = {shop-ticket}",
          "SELECT dutydesk_append_event({shop-ticket}, NULL, 'comment', '{\"text\":\"arrival corrected\"}', "
          "(SELECT version FROM tickets WHERE id = {shop-ticket}), NULL, NULL)",
          check },
        Effect::Done);
    row("tester files a ticket that arrives tomorrow", "tanya",
        { "INSERT INTO tickets (number, project_id, subject, channel, arrived_at, level, status, created_at, "
          "updated_at) VALUES (1000, {shop}, 'defect', 'email', {now} + 86400, 'standard', 'new', 0, 0)",
          check },
        Effect::Refused, QStringLiteral("arrive in the future"));

    // Work log.
    row("programmer takes over an engineer's work", "pavel",
        { "UPDATE work_log SET user_id = {pavel} WHERE id = {anna-work}" }, Effect::NoRowVisible);
    row("engineer takes over a programmer's work", "anna",
        { "UPDATE work_log SET user_id = {anna} WHERE id = {pavel-work}" }, Effect::NoRowVisible);
    row("engineer inflates a programmer's work", "anna",
        { "UPDATE work_log SET finished_at = finished_at + 3600 WHERE id = {pavel-work}" }, Effect::NoRowVisible);
    row("programmer hands his work to an engineer", "pavel",
        { "UPDATE work_log SET user_id = {anna} WHERE id = {pavel-work}" }, Effect::Refused, rls);
    row("programmer logs time as an engineer", "pavel", { work.arg("{anna}", "{arrived} + 60", "{arrived} + 120") },
        Effect::Refused, rls);
    row("programmer logs 25 hours at once", "pavel", { work.arg("{pavel}", "{arrived}", "{arrived} + 90000") },
        Effect::Refused, QStringLiteral("24 hours"));
    row("programmer logs work before the arrival", "pavel",
        { work.arg("{pavel}", "{arrived} - 7200", "{arrived} - 3600") }, Effect::Refused,
        QStringLiteral("before the ticket arrived"));
    row("programmer logs work tomorrow", "pavel", { work.arg("{pavel}", "{now} + 86400", "{now} + 90000") },
        Effect::Refused, QStringLiteral("in the future"));
    row("programmer logs his own hour", "pavel", { work.arg("{pavel}", "{arrived} + 60", "{arrived} + 3660") },
        Effect::Done);
    row("programmer corrects his own entry", "pavel",
        { "UPDATE work_log SET finished_at = finished_at + 600 WHERE id = {pavel-work}" }, Effect::Done);
    row("head of support corrects an engineer's entry", "boris",
        { "UPDATE work_log SET finished_at = finished_at - 600 WHERE id = {anna-work}" }, Effect::Done);

    // Mail: no open relay, no rewritten quarantine.
    row("engineer writes outgoing mail directly", "anna",
        { "INSERT INTO outgoing_mail (ticket_id, envelope_from, recipient, content, next_attempt_at, created_at) "
          "VALUES ({blog-ticket}, 'ceo@agency.example', 'victim@elsewhere.example', 'spam', 0, 0)" },
        Effect::Refused, denied);
    row("engineer relays to a stranger", "anna",
        { "SELECT dutydesk_queue_mail({blog-ticket}, NULL, 'ceo@agency.example', 'victim@elsewhere.example', "
          "'spam', NULL)" },
        Effect::Refused, QStringLiteral("goes only to its client"));
    row("engineer forges a client's mail to unlock a recipient", "anna",
        { "INSERT INTO messages (ticket_id, direction, channel, sender, received_at) "
          "VALUES ({blog-ticket}, 'in', 'email', 'victim@elsewhere.example', 0)" },
        Effect::Refused, QStringLiteral("filed by the mail intake"));
    // Search leaves the intake's acknowledgments out (migration 22): staff never mark one.
    row("engineer marks her reply as an acknowledgment", "anna",
        { "INSERT INTO messages (ticket_id, direction, channel, sender, body, received_at, acknowledgment) "
          "VALUES ({blog-ticket}, 'out', 'email', '', 'Скрытый ответ', 0, 1)",
          "DO $$ BEGIN IF EXISTS (SELECT 1 FROM messages WHERE acknowledgment <> 0) THEN "
          "RAISE EXCEPTION 'marked'; END IF; END $$" },
        Effect::Done);
    row("engineer hides a reply from search", "anna",
        { "INSERT INTO messages (ticket_id, direction, channel, sender, body, received_at) "
          "VALUES ({blog-ticket}, 'out', 'email', '', 'Ответ', 0)",
          "UPDATE messages SET acknowledgment = 1 WHERE body = 'Ответ'" },
        Effect::Refused, QStringLiteral("may only be filed from quarantine"));
    row("engineer redirects queued mail", "anna", { "UPDATE outgoing_mail SET recipient = 'victim@elsewhere.example'" },
        Effect::Refused, denied);
    row("programmer queues mail", "pavel",
        { "SELECT dutydesk_queue_mail({shop-ticket}, NULL, '', 'ромашка@example.org', 'hi', NULL)" }, Effect::Refused,
        denied);
    // Acknowledgments queued as drafts (migration 25) pass the same checks.
    row("programmer queues an acknowledgment", "pavel",
        { "SELECT dutydesk_queue_acknowledgment({shop-ticket}, NULL, '', 'ромашка@example.org', '{}', NULL)" },
        Effect::Refused, denied);
    row("engineer sends an acknowledgment to a stranger", "anna",
        { "SELECT dutydesk_queue_acknowledgment({blog-ticket}, NULL, 'ceo@agency.example', "
          "'victim@elsewhere.example', '{}', NULL)" },
        Effect::Refused, QStringLiteral("goes only to its client"));
    row("engineer replies to the client", "anna",
        { "SELECT dutydesk_queue_mail({blog-ticket}, NULL, 'ceo@agency.example', 'ромашка@example.org', 'hi', "
          "NULL)" },
        Effect::Done);
    row("engineer rewrites quarantined mail", "anna", { "UPDATE quarantine SET raw = 'other' WHERE id = {held}" },
        Effect::Refused, denied);
    row("manager resolves quarantine in someone's name", "boris",
        { "UPDATE quarantine SET status = 'discarded', resolved_by = 'anna' WHERE id = {held}" }, Effect::Refused,
        denied);
    row("programmer discards quarantined mail", "pavel",
        { "SELECT dutydesk_resolve_quarantine({held}, 'discarded', NULL, 'spam')" }, Effect::Refused, denied);
    row("engineer releases mail into no ticket", "anna",
        { "SELECT dutydesk_resolve_quarantine({held}, 'released', NULL, '')" }, Effect::Refused,
        QStringLiteral("released only into the ticket"));

    // Checklists (they hold site passwords).
    row("tester changes another tester's checklist", "tanya",
        { "UPDATE testing_checklists SET items = 'x' WHERE project_id = {blog}" }, Effect::NoRowVisible);
    row("tester reaches a checklist she only sees", "tom",
        { "UPDATE testing_checklists SET items = 'x' WHERE project_id = {shop}" }, Effect::NoRowVisible);
    row("tester changes her project's checklist", "tanya",
        { "UPDATE testing_checklists SET items = 'x' WHERE project_id = {shop}" }, Effect::Done);
    row("programmer changes his project's checklist", "pavel",
        { "UPDATE testing_checklists SET items = 'x' WHERE project_id = {shop}" }, Effect::Refused, denied);

    // The triggers stay on: only the owner may alter the tables.
    for (const auto& [letter, login] : loginOf) {
        (void)letter;
        QTest::addRow("%s disables the history triggers", login)
            << QString::fromLatin1(login) << QStringList { "ALTER TABLE ticket_events DISABLE TRIGGER ALL" }
            << Effect::Refused << QStringLiteral("must be owner");
    }
    row("intake daemon drops the stamping trigger", "mailer", { "DROP TRIGGER ticket_events_stamped ON ticket_events" },
        Effect::Refused, QStringLiteral("must be owner"));
    row("intake daemon moves a ticket", "mailer", { "UPDATE tickets SET project_id = {blog} WHERE id = {shop-ticket}" },
        Effect::Refused, denied);
    row("intake daemon deletes a ticket", "mailer", { "DELETE FROM tickets WHERE id = {shop-ticket}" }, Effect::Refused,
        denied);
}

void TestServerIdentity::attempts()
{
    QFETCH(QString, login);
    QFETCH(QStringList, statements);
    QFETCH(Effect, effect);
    QFETCH(QString, refusal);
    // A connection of its own: a refused statement leaves nothing behind (session settings included).
    auto database = m_fixture.connect(login);
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().message));
    QVERIFY((*database)->begin().ok());
    QString error;
    int affected = -1;
    for (const QString& sql : statements) {
        auto result = run(**database, sql);
        if (!result) {
            error = result.error().message;
            break;
        }
        affected = result.value().numRowsAffected();
    }
    (*database)->rollback();
    switch (effect) {
    case Effect::Done:
        QVERIFY2(error.isEmpty(), qPrintable(error));
        break;
    case Effect::Refused:
        QVERIFY2(!error.isEmpty(), "the server allowed it");
        QVERIFY2(error.contains(refusal), qPrintable(error));
        break;
    case Effect::NoRowVisible:
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(affected, 0);
        break;
    }
}

void TestServerIdentity::historyIsStampedByTheServer()
{
    // Pavel claims to be Boris; the history says Pavel, at the server's time.
    Database* programmer = m_fixture.as(QStringLiteral("pavel"));
    QVERIFY(programmer);
    const TicketRepository tickets(*programmer);
    const Actor claimed { m_fixture.id(QStringLiteral("boris")), QStringLiteral("boris"), QStringLiteral("Boris") };
    auto recorded = tickets.recordEvent(m_fixture.id(QStringLiteral("shop-ticket")), QStringLiteral("comment"),
                                        QDateTime(), { { QStringLiteral("text"), QStringLiteral("done") } }, claimed);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
    auto row = m_fixture.owner().run(
        QStringLiteral("SELECT actor, actor_id, recorded_at FROM ticket_events WHERE ticket_id = ? "
                       "ORDER BY id DESC LIMIT 1"),
        { m_fixture.id(QStringLiteral("shop-ticket")) });
    QVERIFY(row.ok() && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("pavel"));
    QCOMPARE(row.value().value(1).toLongLong(), m_fixture.id(QStringLiteral("pavel")));
    QVERIFY(row.value().value(2).toLongLong() >= m_fixture.id(QStringLiteral("now")));
}

void TestServerIdentity::onlyAnAdministratorActsForSomeoneElse()
{
    auto programmer = m_fixture.connect(QStringLiteral("pavel"));
    QVERIFY(programmer.ok());
    auto refused = SessionIdentity::actor(**programmer, QStringLiteral("boris"), {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("“pavel”")), qPrintable(refused.error().message));
    auto own = SessionIdentity::actor(**programmer, QStringLiteral("pavel"), {});
    QVERIFY(own.ok());
    QCOMPARE(own->userId, m_fixture.id(QStringLiteral("pavel")));

    auto admin = m_fixture.connect(QStringLiteral("alex"));
    QVERIFY(admin.ok());
    auto acting = SessionIdentity::actor(**admin, QStringLiteral("boris"), {});
    QVERIFY2(acting.ok(), qPrintable(acting.ok() ? QString() : acting.error().message));
    QCOMPARE(acting->userId, m_fixture.id(QStringLiteral("boris")));
    auto recorded = TicketRepository(**admin).recordEvent(m_fixture.id(QStringLiteral("blog-ticket")),
                                                          QStringLiteral("comment"), QDateTime(), {}, *acting);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
    auto row = m_fixture.owner().run(QStringLiteral("SELECT actor, actor_id FROM ticket_events WHERE ticket_id = ? "
                                                    "ORDER BY id DESC LIMIT 1"),
                                     { m_fixture.id(QStringLiteral("blog-ticket")) });
    QVERIFY(row.ok() && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("admin alex as boris"));
    QCOMPARE(row.value().value(1).toLongLong(), m_fixture.id(QStringLiteral("boris")));
}

void TestServerIdentity::adminChecksAskTheServer()
{
    // The name given does not matter; the login's membership does.
    const Actor claimedAdmin { m_fixture.id(QStringLiteral("alex")), QStringLiteral("alex"), {} };
    Database* manager = m_fixture.as(QStringLiteral("boris"));
    QVERIFY(manager);
    QVERIFY(!SessionIdentity::requireAdmin(*manager, claimedAdmin).ok());
    Database* admin = m_fixture.as(QStringLiteral("alex"));
    QVERIFY(admin);
    QVERIFY(SessionIdentity::requireAdmin(*admin, Actor {}).ok());
    QVERIFY(SessionIdentity::requireAdmin(m_fixture.owner(), Actor {}).ok());
    QCOMPARE(SessionIdentity::groupRoles(*manager).value(), QStringList { QStringLiteral("dutydesk_manager") });
}

void TestServerIdentity::mailTakesItsSenderFromTheSettings()
{
    Database* engineer = m_fixture.as(QStringLiteral("anna"));
    QVERIFY(engineer);
    auto queued = engineer->runScalar(
        m_fixture.expand(QStringLiteral("SELECT dutydesk_queue_mail({blog-ticket}, NULL, 'ceo@agency.example', "
                                        "'ромашка@example.org', 'reply', NULL)")));
    QVERIFY2(queued.ok(), qPrintable(queued.ok() ? QString() : queued.error().message));
    auto row = m_fixture.owner().run(QStringLiteral("SELECT envelope_from, recipient FROM outgoing_mail WHERE id = ?"),
                                     { queued->toLongLong() });
    QVERIFY(row.ok() && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("support@agency.example"));
    QCOMPARE(row.value().value(1).toString(), QStringLiteral("ромашка@example.org"));
}

void TestServerIdentity::quarantineRecordsTheLogin()
{
    Database* engineer = m_fixture.as(QStringLiteral("anna"));
    QVERIFY(engineer);
    auto resolved = engineer->runScalar(QStringLiteral("SELECT dutydesk_resolve_quarantine(?, 'discarded', NULL, ?)"),
                                        { m_fixture.id(QStringLiteral("held")), QStringLiteral("spam") });
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
    QVERIFY(resolved->toBool());
    auto row = m_fixture.owner().run(QStringLiteral("SELECT status, resolved_by FROM quarantine WHERE id = ?"),
                                     { m_fixture.id(QStringLiteral("held")) });
    QVERIFY(row.ok() && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("discarded"));
    QCOMPARE(row.value().value(1).toString(), QStringLiteral("anna"));
    // Once resolved it stays so.
    auto again
        = engineer->runScalar(QStringLiteral("SELECT dutydesk_resolve_quarantine(?, 'released', ?, '')"),
                              { m_fixture.id(QStringLiteral("held")), m_fixture.id(QStringLiteral("blog-ticket")) });
    QVERIFY(again.ok());
    QVERIFY(!again->toBool());
}

void TestServerIdentity::everyTableWithProjectDataHasAPolicy()
{
    Database& owner = m_fixture.owner();
    QVERIFY(run(owner, QStringLiteral("SELECT dutydesk_check_row_security()")).ok());
    // A later migration that forgets its policy fails.
    QVERIFY(owner.begin().ok());
    QVERIFY(run(owner, QStringLiteral("CREATE TABLE escalation_notes (id BIGINT, ticket_id BIGINT)")).ok());
    auto missing = run(owner, QStringLiteral("SELECT dutydesk_check_row_security()"));
    owner.rollback();
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("escalation_notes")), qPrintable(missing.error().message));
}

QTEST_GUILESS_MAIN(TestServerIdentity)
#include "TestServerIdentity.moc"
