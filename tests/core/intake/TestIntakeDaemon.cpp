// dutydesk-intake end to end: a real Dovecot, a real SMTP server (aiosmtpd), the
// daemon as a separate process, SQLite or PostgreSQL (the crashes and outages are in
// TestIntakeResilience).
#include "core/intake/IntakeRules.h"
#include "core/intake/MailParser.h"

#include "tests/core/intake/IntakeDaemonFixture.h"
#include "tests/support/ImapServer.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/SmtpServer.h"
#include "tests/support/TestPaths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace dd;

class TestIntakeDaemon : public QObject, public test::IntakeDaemonFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filesMailAndAcknowledgesIt();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void refusesADatabaseItDidNotFind();
    void filesABacklogInOneRun();
    void systemdUnitIsValid();
    void rereadsARebuiltMailboxWithoutDuplicates();
    void skipsExistingMailOnRequest();
    void worksOnPostgres();
};

void TestIntakeDaemon::init()
{
    setUp();
}

void TestIntakeDaemon::cleanup()
{
    tearDown();
}

void TestIntakeDaemon::filesMailAndAcknowledgesIt()
{
    deliver(QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Не работает корзина"), QStringLiteral("a1@r"));
    deliver(QStringLiteral("oleg@romashka.ru"), QStringLiteral("СРОЧНО: не проходит оплата"), QStringLiteral("a2@r"));
    deliver(QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Не работает корзина"), QStringLiteral("a1@r"));
    deliver(QStringLiteral("boss@romashka.ru"), QStringLiteral("Посторонний"), QStringLiteral("a3@r"));
    const Run run = runDaemon();
    QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.output));
    verifyExactlyOnce(4, 2, 1);

    const auto acks = m_smtp->received();
    QCOMPARE(acks.size(), 2);
    for (const auto& ack : acks) {
        QVERIFY(ack.tls); // STARTTLS, offered by the relay
        QCOMPARE(ack.envelopeFrom, QStringLiteral("support@echo-company.ru"));
    }
    const MailMessage first = MailParser().parse(acks[0].content).value();
    QCOMPARE(acks[0].recipients, QStringList { QStringLiteral("anna.petrova@romashka.ru") });
    QVERIFY2(first.subject.contains(QStringLiteral("Ваше обращение зарегистрировано: Не работает корзина")),
             qPrintable(first.subject));
    QCOMPARE(first.inReplyTo, QStringList { QStringLiteral("a1@r") });
    QCOMPARE(first.autoReply, AutoReplyKind::AutoSubmitted);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE channel = 'email-urgent'")), 1);

    // Nothing new: nothing happens.
    QVERIFY(runDaemon().exitCode == 0);
    verifyExactlyOnce(4, 2, 1);

    // An answer to the acknowledgment joins the ticket. Within the hour and with no word
    // from staff since, it cannot be told from an autoresponder's echo: filed as an
    // automatic message, owed no reaction (docs/rules.md#intake, the loop guard).
    const qint64 number = IntakeRules::ticketNumberFromSubject(first.subject).value();
    deliver(QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Re: %1").arg(first.subject),
            QStringLiteral("a4@r"));
    QVERIFY(runDaemon().exitCode == 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                       "WHERE t.number = ? AND e.type = 'automatic-message'"),
                        { number }),
             1);
    // Acknowledged once within the hour (the loop guard): a quick reply gets no second one.
    QCOMPARE(m_smtp->received().size(), 2);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM intake_log WHERE detail LIKE '%no acknowledgment%'")), 1);
}

void TestIntakeDaemon::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("replace"); // option, value
    QTest::addColumn<QString>("message");
    QTest::newRow("password in the IMAP URL")
        << QStringList { "--imap", "imaps://support:pw@127.0.0.1/INBOX" } << "keychain";
    QTest::newRow("not an SMTP URL") << QStringList { "--smtp", "http://127.0.0.1" } << "smtp";
    QTest::newRow("bad interval") << QStringList { "--interval", "soon" } << "interval";
    QTest::newRow("bad sender") << QStringList { "--from", "support" } << "--from";
    QTest::newRow("missing password file") << QStringList { "--password-file", "/nonexistent/pw" } << "/nonexistent/pw";
    QTest::newRow("attachment limit not a number")
        << QStringList { "--max-attachment-mb", "abc" } << "--max-attachment-mb wants a whole number";
    QTest::newRow("attachment limit zero") << QStringList { "--max-attachment-mb", "0" } << "--max-attachment-mb";
    QTest::newRow("ack interval") << QStringList { "--ack-interval", "0s" } << "--ack-interval";
    QTest::newRow("batch size") << QStringList { "--batch-size", "-5" } << "--batch-size";
    QTest::newRow("interval too long") << QStringList { "--interval", "999999h" } << "--interval";
    QTest::newRow("spamd port") << QStringList { "--spamd", "127.0.0.1:99999" } << "--spamd";
    QTest::newRow("database folder missing") << QStringList { "--database", "/nonexistent-dutydesk-dir/intake.sqlite" }
                                             << "the folder /nonexistent-dutydesk-dir of the database does not exist";
}

void TestIntakeDaemon::refusesBadArguments()
{
    QFETCH(QStringList, replace);
    QFETCH(QString, message);
    QStringList args = arguments();
    const qsizetype at = args.indexOf(replace[0]);
    if (at >= 0) {
        args[at + 1] = replace[1];
    } else {
        args << replace;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(test::programPath(QStringLiteral("dutydesk-intake")), args << QStringLiteral("--once"));
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(output.contains(message), qPrintable(output));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dutydesk-dir"))); // never created
}

void TestIntakeDaemon::refusesADatabaseItDidNotFind()
{
    QStringList args = arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--database"));
    const QString missing = m_files->filePath(QStringLiteral("typo.sqlite"));
    args[at + 1] = missing;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(test::programPath(QStringLiteral("dutydesk-intake")), args << QStringLiteral("--once"));
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(process.readAll()).contains(QStringLiteral("does not exist")), "no error");
    QVERIFY(!QFileInfo::exists(missing));

    QFile empty(missing); // a file that is no Dutydesk database
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    process.start(test::programPath(QStringLiteral("dutydesk-intake")), args);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(output.contains(QStringLiteral("has no Dutydesk schema")), qPrintable(output));
    QCOMPARE(QFileInfo(missing).size(), 0); // left as it was
}

void TestIntakeDaemon::filesABacklogInOneRun()
{
    // A weekend with the daemon down: far more mail than one listing answer may hold.
    QList<QByteArray> backlog;
    const int count = 600;
    for (int i = 0; i < count; ++i) {
        backlog << QStringLiteral("From: anna.petrova@romashka.ru\r\nTo: support@echo-company.ru\r\n"
                                  "Subject: backlog %1\r\nMessage-ID: <backlog-%1@romashka.ru>\r\n"
                                  "Date: Sat, 28 Nov 2026 10:00:00 +0300\r\n\r\nRequest %1 %2\r\n")
                       .arg(i)
                       .arg(QString(400, QLatin1Char('x')))
                       .toUtf8();
    }
    // A mail whose Message-ID is that of an earlier one, with other content, in the middle.
    backlog[300] = QByteArray(backlog[300]).replace("<backlog-300@", "<backlog-1@");
    QVERIFY(m_imap->deliverMany(backlog).ok());
    const Run run = runDaemon({ QStringLiteral("--once"), QStringLiteral("--batch-size"), QStringLiteral("50"),
                                QStringLiteral("--ack-interval"), QStringLiteral("1s") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.output.right(2000)));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM intake_log")), count);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), count);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM message_raw")), count);
    QCOMPARE(m_db.count(QStringLiteral("SELECT MAX(last_uid) FROM mailbox_state")), count);
    // Read on every connection from the mailbox examined: all of it is still unread.
    QCOMPARE(m_imap->seenMessages(), 0);
    // --once sends everything due before it exits, not 100 per cycle.
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE status = 'sent'")), count);
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp->received().size(), count, 20000);
}

void TestIntakeDaemon::systemdUnitIsValid()
{
    if (QStandardPaths::findExecutable(QStringLiteral("systemd-analyze")).isEmpty()) {
        QSKIP("systemd-analyze is not installed");
    }
    QFile unit(test::sourceDir() + QStringLiteral("/packaging/dutydesk-intake.service"));
    QVERIFY(unit.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(unit.readAll());
    QVERIFY(text.contains(QLatin1String("LoadCredential=mailbox-password:")));
    QVERIFY(text.contains(QLatin1String("--password-file %d/mailbox-password")));
    // Verify it as installed, with the binary where the unit expects it.
    text.replace(QLatin1String("/usr/bin/dutydesk-intake"), test::programPath(QStringLiteral("dutydesk-intake")));
    QFile copy(m_files->filePath(QStringLiteral("dutydesk-intake.service")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(text.toUtf8());
    copy.close();
    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(QStringLiteral("systemd-analyze"), { QStringLiteral("verify"), copy.fileName() });
    QVERIFY(verify.waitForFinished(30000));
    const QString output = QString::fromUtf8(verify.readAll());
    QVERIFY2(verify.exitCode() == 0 && !output.contains(QLatin1String("dutydesk-intake.service")), qPrintable(output));
}

void TestIntakeDaemon::rereadsARebuiltMailboxWithoutDuplicates()
{
    deliver(QStringLiteral("info@romashka.ru"), QStringLiteral("Первое"), QStringLiteral("u1@r"));
    deliver(QStringLiteral("info@romashka.ru"), QStringLiteral("Второе"), QStringLiteral("u2@r"));
    QCOMPARE(runDaemon().exitCode, 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);
    const qint64 validity = m_db.count(QStringLiteral("SELECT uid_validity FROM mailbox_state"));
    // The mail server rebuilt the mailbox: same mail, new UIDVALIDITY.
    QVERIFY(m_imap->changeUidValidity(validity + 100).ok());
    deliver(QStringLiteral("info@romashka.ru"), QStringLiteral("Третье"), QStringLiteral("u3@r"));
    const Run run = runDaemon();
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(run.output.contains(QLatin1String("UIDVALIDITY changed")));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 3);
    QCOMPARE(m_db.count(QStringLiteral("SELECT uid_validity FROM mailbox_state")), validity + 100);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM intake_log WHERE uid_validity = ? AND outcome = "
                                       "'duplicate'"),
                        { validity + 100 }),
             2);
    QCOMPARE(m_smtp->received().size(), 3);
}

void TestIntakeDaemon::skipsExistingMailOnRequest()
{
    deliver(QStringLiteral("info@romashka.ru"), QStringLiteral("Старое"), QStringLiteral("old@r"));
    QCOMPARE(runDaemon({ QStringLiteral("--once"), QStringLiteral("--skip-existing") }).exitCode, 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    deliver(QStringLiteral("info@romashka.ru"), QStringLiteral("Новое"), QStringLiteral("new@r"));
    QCOMPARE(runDaemon({ QStringLiteral("--once"), QStringLiteral("--skip-existing") }).exitCode, 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = 'Новое'")), 1);
}

void TestIntakeDaemon::worksOnPostgres()
{
    auto postgres = test::PostgresServer::start();
    QVERIFY2(postgres.ok(), qPrintable(postgres.ok() ? QString() : postgres.error().message));
    QVERIFY((*postgres)->createDatabase(QStringLiteral("intake")).ok());
    m_db = test::IntakeTestDatabase::create((*postgres)->url(QStringLiteral("intake")));
    // The daemon logs in as its service role, not as the owner (docs/shared-database.md).
    QSqlQuery role(m_db.database->connection());
    QVERIFY(role.exec(QStringLiteral("CREATE ROLE mailer LOGIN")));
    QVERIFY(role.exec(QStringLiteral("GRANT dutydesk_intake TO mailer")));
    m_db.url = (*postgres)->url(QStringLiteral("intake"), QStringLiteral("mailer"));
    for (int n = 1; n <= 5; ++n) {
        deliver(QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Запрос %1").arg(n),
                QStringLiteral("pg%1@r").arg(n));
    }
    deliver(QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Запрос 1"), QStringLiteral("pg1@r"));
    deliver(QStringLiteral("spam@example.com"), QStringLiteral("Реклама"), QStringLiteral("pgspam@x"));
    const Run crashed = runDaemon({ QStringLiteral("--once") }, QStringLiteral("before-commit:3"));
    QVERIFY2(crashed.crashed, qPrintable(crashed.output));
    const Run restarted = runDaemon();
    QVERIFY2(!restarted.crashed && restarted.exitCode == 0, qPrintable(restarted.output));
    verifyExactlyOnce(7, 5, 1);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE actor <> 'mailer'")), 0);
    // What the crashed run queued for the search index, and all the second run filed, is
    // indexed before the run ends (SearchRefresher).
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search_pending")), 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id "
                                       "WHERE s.document @@ plainto_tsquery('russian', 'запрос')")),
             5);
    m_db = {}; // before the server goes
}

QTEST_GUILESS_MAIN(TestIntakeDaemon)
#include "TestIntakeDaemon.moc"
