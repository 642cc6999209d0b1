#include "core/intake/IntakeService.h"
#include "core/intake/QuarantineService.h"
#include "core/storage/Database.h"
#include "core/storage/SessionIdentity.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"
#include "tests/core/storage/ServerRoleFixture.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dd;

// The programs on top of the server's rules (docs/shared-database.md): dutydeskctl
// believes no --as on PostgreSQL and provisions logins; the intake daemon works as
// dutydesk_intake, and an engineer releases quarantined mail through the server's
// functions; the console offers what the server allows; what the stamping costs.
class TestServerIdentityClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctlRefusesToActAsSomeoneElse_data();
    void ctlRefusesToActAsSomeoneElse();
    void ctlRecordsTheLogin();
    void ctlAdminCheckAsksTheServer();
    void ctlProvisionsALoginWithAPromptedPassword();
    void ctlProvisioningNeedsCreateRole();
    void intakeWorksAsItsServiceRole();
    void consoleOffersWhatTheServerAllows_data();
    void consoleOffersWhatTheServerAllows();
    void stampingCost();

private:
    using Run = test::ProcessRun;
    Run ctl(const QString& login, const QStringList& arguments, const QByteArray& input = {},
            QList<std::pair<QString, QString>> environment = {});
    QString lastActor(qint64 ticketId);

    test::ServerRoleFixture m_fixture;
};

void TestServerIdentityClients::initTestCase()
{
    const Status started = m_fixture.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestServerIdentityClients::cleanupTestCase()
{
    m_fixture.stop();
}

TestServerIdentityClients::Run TestServerIdentityClients::ctl(const QString& login, const QStringList& arguments,
                                                              const QByteArray& input,
                                                              QList<std::pair<QString, QString>> environment)
{
    environment.append({ QStringLiteral("LANGUAGE"), QStringLiteral("en") });
    return test::runBuilt(QStringLiteral("dutydeskctl"),
                          arguments + QStringList { QStringLiteral("--database"), m_fixture.url(login) },
                          { input, environment, 60000 });
}

QString TestServerIdentityClients::lastActor(qint64 ticketId)
{
    auto row = m_fixture.owner().runScalar(
        QStringLiteral("SELECT actor FROM ticket_events WHERE ticket_id = ? ORDER BY id DESC LIMIT 1"), { ticketId });
    return row ? row->toString() : QString();
}

void TestServerIdentityClients::ctlRefusesToActAsSomeoneElse_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("environmentUser");
    QTest::newRow("--as") << QStringList { QStringLiteral("--as"), QStringLiteral("boris") } << QString();
    QTest::newRow("DUTYDESK_USER") << QStringList {} << QStringLiteral("boris");
}

void TestServerIdentityClients::ctlRefusesToActAsSomeoneElse()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, environmentUser);
    const qint64 ticket = m_fixture.id(QStringLiteral("shop-ticket"));
    const QString before = lastActor(ticket);
    auto version = m_fixture.owner().runScalar(QStringLiteral("SELECT version FROM tickets WHERE id = ?"), { ticket });
    QVERIFY(version.ok());
    const Run run = ctl(QStringLiteral("pavel"),
                        QStringList { QStringLiteral("ticket"), QStringLiteral("update"), QString::number(ticket),
                                      QStringLiteral("--expect-version"), version->toString(),
                                      QStringLiteral("--comment"), QStringLiteral("fixed") }
                            + extra,
                        {}, { { QStringLiteral("DUTYDESK_USER"), environmentUser } });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("only an administrator may act as “boris”")), qPrintable(run.err));
    QCOMPARE(lastActor(ticket), before);
}

void TestServerIdentityClients::ctlRecordsTheLogin()
{
    const qint64 ticket = m_fixture.id(QStringLiteral("shop-ticket"));
    auto version = m_fixture.owner().runScalar(QStringLiteral("SELECT version FROM tickets WHERE id = ?"), { ticket });
    QVERIFY(version.ok());
    const Run run
        = ctl(QStringLiteral("pavel"),
              { QStringLiteral("ticket"), QStringLiteral("update"), QString::number(ticket),
                QStringLiteral("--expect-version"), version->toString(), QStringLiteral("--comment"),
                QStringLiteral("fixed") },
              {},
              // The OS login does not count either; a null value unsets the variable.
              { { QStringLiteral("USER"), QStringLiteral("boris") }, { QStringLiteral("DUTYDESK_USER"), QString() } });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lastActor(ticket), QStringLiteral("pavel"));
}

void TestServerIdentityClients::ctlAdminCheckAsksTheServer()
{
    const QStringList addProject { QStringLiteral("project"),
                                   QStringLiteral("add"),
                                   QStringLiteral("web"),
                                   QStringLiteral("--name"),
                                   QStringLiteral("Web"),
                                   QStringLiteral("--client"),
                                   QString::number(m_fixture.id(QStringLiteral("client"))),
                                   QStringLiteral("--tariff"),
                                   QStringLiteral("standard") };
    const Run manager = ctl(QStringLiteral("boris"), addProject + QStringList { "--as", "alex" });
    QCOMPARE(manager.exitCode, 1);
    QVERIFY2(manager.err.contains(QStringLiteral("only an administrator")), qPrintable(manager.err));
    const Run admin = ctl(QStringLiteral("alex"), addProject);
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
}

void TestServerIdentityClients::ctlProvisionsALoginWithAPromptedPassword()
{
    // The password comes on standard input (no terminal here), never in the arguments.
    const Run run = ctl({},
                        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                          QStringLiteral("--role"), QStringLiteral("engineer"), QStringLiteral("--role"),
                          QStringLiteral("head-of-support"), QStringLiteral("--login") },
                        "s3cret-pass\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    auto role = m_fixture.owner().run(
        QStringLiteral("SELECT rolcanlogin, rolpassword LIKE 'SCRAM-SHA-256$%', "
                       "pg_has_role('carol', 'dutydesk_engineer', 'MEMBER'), "
                       "pg_has_role('carol', 'dutydesk_manager', 'MEMBER'), "
                       "pg_has_role('carol', 'dutydesk_admin', 'MEMBER') FROM pg_authid WHERE rolname = 'carol'"));
    QVERIFY(role.ok() && role.value().next());
    QVERIFY(role.value().value(0).toBool());
    QVERIFY(role.value().value(1).toBool());
    QVERIFY(role.value().value(2).toBool());
    QVERIFY(role.value().value(3).toBool());
    QVERIFY(!role.value().value(4).toBool());
}

void TestServerIdentityClients::ctlProvisioningNeedsCreateRole()
{
    // An administrator adds people but holds no CREATEROLE: provisioning is the owner's.
    const Run run = ctl(QStringLiteral("alex"),
                        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dave"),
                          QStringLiteral("--role"), QStringLiteral("engineer"), QStringLiteral("--login") },
                        "pw\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("CREATEROLE")), qPrintable(run.err));
    auto user = UserRepository(m_fixture.owner()).findByLogin(QStringLiteral("dave"));
    QVERIFY(user.ok());
    QVERIFY2(!user->has_value(), "the user row stayed without its login");
}

void TestServerIdentityClients::intakeWorksAsItsServiceRole()
{
    Database& owner = m_fixture.owner();
    auto client = owner.runScalar(QStringLiteral("INSERT INTO clients (name, official_email, created_at) "
                                                 "VALUES ('Acme', 'info@acme.example', 0) RETURNING id"));
    QVERIFY(client.ok());
    auto project = owner.runScalar(QStringLiteral("INSERT INTO projects (client_id, code, name, tariff, created_at) "
                                                  "VALUES (?, 'acme', 'Acme', 'standard', 0) RETURNING id"),
                                   { *client });
    QVERIFY(project.ok());
    Database* daemon = m_fixture.as(QStringLiteral("mailer"));
    QVERIFY(daemon);
    IntakeSettings settings;
    settings.supportAddress = MailAddress { QStringLiteral("support@agency.example"), QStringLiteral("Support") };
    IntakeService intake(*daemon, settings);
    const QDateTime arrived = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QByteArray mail = "From: Info <info@acme.example>\r\nTo: support@agency.example\r\n"
                            "Subject: Cart is broken\r\nMessage-ID: <m1@acme.example>\r\n"
                            "Date: Thu, 26 Nov 2026 09:00:00 +0300\r\n\r\nThe cart is empty.\r\n";
    auto filed = intake.process(QStringLiteral("support/INBOX"), 1, 1, arrived, mail);
    QVERIFY2(filed.ok(), qPrintable(filed.ok() ? QString() : filed.error().message));
    QVERIFY2(filed->outcome == QStringLiteral("ticket"), qPrintable(filed->detail));
    QCOMPARE(lastActor(filed->ticketId), QStringLiteral("mailer"));
    auto queued = intake.store().outgoing(filed->ticketId);
    QVERIFY(queued.ok());
    QCOMPARE(queued->size(), 1);
    QCOMPARE(queued->first().recipient, QStringLiteral("info@acme.example"));
    QCOMPARE(queued->first().envelopeFrom, QStringLiteral("support@agency.example"));
    QVERIFY(intake.store().markSent(queued->first().id).ok());

    // Mail from a stranger waits in quarantine; an engineer releases it through the
    // server's function, and its acknowledgment goes to that stranger only.
    const QByteArray stranger = "From: Someone <someone@elsewhere.example>\r\nTo: support@agency.example\r\n"
                                "Subject: Site down\r\nMessage-ID: <m2@elsewhere.example>\r\n\r\nHelp.\r\n";
    auto held = intake.process(QStringLiteral("support/INBOX"), 1, 2, arrived, stranger);
    QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
    QCOMPARE(held->outcome, QStringLiteral("quarantined"));
    auto quarantineId = owner.runScalar(QStringLiteral("SELECT MAX(id) FROM quarantine WHERE status = 'held'"));
    QVERIFY(quarantineId.ok());
    Database* engineer = m_fixture.as(QStringLiteral("anna"));
    QVERIFY(engineer);
    auto anna = UserRepository(*engineer).actorFor(QStringLiteral("anna"), true);
    QVERIFY(anna.ok());
    auto released
        = QuarantineService(*engineer, settings).release(quarantineId->toLongLong(), project->toLongLong(), *anna);
    QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().message));
    QCOMPARE(lastActor(released->ticketId), QStringLiteral("anna"));
    auto resolvedBy
        = owner.runScalar(QStringLiteral("SELECT resolved_by FROM quarantine WHERE id = ?"), { *quarantineId });
    QCOMPARE(resolvedBy.value().toString(), QStringLiteral("anna"));
    auto ack = IntakeService(owner, settings).store().outgoing(released->ticketId);
    QVERIFY(ack.ok());
    QCOMPARE(ack->size(), 1);
    QCOMPARE(ack->first().recipient, QStringLiteral("someone@elsewhere.example"));
    QVERIFY(ack->first().content.contains("Auto-Submitted: auto-replied")); // composed from its draft

    // Being a service is no licence: no owner's powers.
    QSqlQuery query(daemon->connection());
    QVERIFY(!query.exec(QStringLiteral("ALTER TABLE ticket_events DISABLE TRIGGER ALL")));
    QVERIFY(!daemon->run(QStringLiteral("DELETE FROM outgoing_mail")).ok());
}

void TestServerIdentityClients::consoleOffersWhatTheServerAllows_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QList<bool>>("offered"); // file, resolve quarantine, edit checklist, run testing
    QTest::newRow("engineer") << "anna" << QList<bool> { true, true, false, false };
    QTest::newRow("head of support") << "boris" << QList<bool> { true, true, true, true };
    QTest::newRow("programmer") << "pavel" << QList<bool> { false, false, false, false };
    QTest::newRow("tester") << "tanya" << QList<bool> { true, false, true, true };
    QTest::newRow("admin") << "alex" << QList<bool> { true, true, true, true };
}

void TestServerIdentityClients::consoleOffersWhatTheServerAllows()
{
    QFETCH(QString, login);
    QFETCH(QList<bool>, offered);
    Database* database = m_fixture.as(login);
    QVERIFY(database);
    // The name the console was told does not matter: the server answers for the login.
    const Actor claimedAdmin { m_fixture.id(QStringLiteral("alex")), QStringLiteral("alex"), {} };
    auto permissions = SessionIdentity::permissions(*database, claimedAdmin);
    QVERIFY(permissions.ok());
    const Permissions::Action actions[] { Permissions::Action::FileTicket, Permissions::Action::ResolveQuarantine,
                                          Permissions::Action::EditChecklist, Permissions::Action::RunTesting };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(permissions->allows(actions[i]), offered.at(i));
    }
}

void TestServerIdentityClients::stampingCost()
{
    // The same 300 history writes (ticket bump + event, one transaction each) as the owner,
    // who bypasses the checks, and as an engineer, whose rows the server stamps and checks.
    const qint64 ticket = m_fixture.id(QStringLiteral("blog-ticket"));
    QHash<QString, qint64> elapsed;
    for (const QString& login : { QString(), QStringLiteral("anna") }) {
        Database* database = login.isEmpty() ? &m_fixture.owner() : m_fixture.as(login);
        QVERIFY(database);
        const TicketRepository tickets(*database);
        const Actor actor { m_fixture.id(QStringLiteral("anna")), QStringLiteral("anna"), {} };
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 300; ++i) {
            QVERIFY(tickets.recordEvent(ticket, QStringLiteral("comment"), QDateTime(), {}, actor).ok());
        }
        elapsed.insert(login.isEmpty() ? QStringLiteral("owner") : login, timer.elapsed());
    }
    qInfo("300 history writes: owner %lld ms, engineer (stamped, checked) %lld ms", elapsed.value("owner"),
          elapsed.value("anna"));
    auto stamped = m_fixture.owner().runScalar(
        QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND actor = 'anna' AND actor_id = ?"),
        { ticket, m_fixture.id(QStringLiteral("anna")) });
    QVERIFY(stamped.ok());
    QVERIFY(stamped->toInt() >= 600);
}

QTEST_GUILESS_MAIN(TestServerIdentityClients)
#include "TestServerIdentityClients.moc"
