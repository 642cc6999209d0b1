#include "tests/core/intake/IntakeDaemonFixture.h"

#include "core/intake/MailParser.h"

#include "tests/support/TestPaths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace dd::test {

void IntakeDaemonFixture::setUp(bool smtpTls)
{
    QVERIFY(QFileInfo(test::programPath(QStringLiteral("dutydesk-intake"))).isExecutable());
    m_db = test::IntakeTestDatabase::create();
    auto imap = test::ImapServer::start();
    QVERIFY2(imap.ok(), qPrintable(imap.ok() ? QString() : imap.error().message));
    m_imap = std::move(imap.value());
    auto smtp = test::SmtpServer::start(smtpTls);
    QVERIFY2(smtp.ok(), qPrintable(smtp.ok() ? QString() : smtp.error().message));
    m_smtp = std::move(smtp.value());
    m_files = std::make_unique<QTemporaryDir>();
    QFile password(m_files->filePath(QStringLiteral("password")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write(m_imap->password().toUtf8() + "\n");
    password.close();
    // One CA bundle for both self-signed servers.
    QFile bundle(m_files->filePath(QStringLiteral("ca.pem")));
    QVERIFY(bundle.open(QIODevice::WriteOnly));
    for (const QString& path : { m_imap->caFile(), m_smtp->caFile() }) {
        if (path.isEmpty()) {
            continue; // plain SMTP: no certificate to trust
        }
        QFile certificate(path);
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        bundle.write(certificate.readAll());
    }
    bundle.close();
}

void IntakeDaemonFixture::tearDown()
{
    m_imap.reset();
    m_smtp.reset();
    m_db = {};
    m_files.reset();
}

QStringList IntakeDaemonFixture::arguments() const
{
    return { QStringLiteral("--database"),      m_db.path(),
             QStringLiteral("--imap"),          m_imap->url(),
             QStringLiteral("--smtp"),          m_smtp->url(),
             QStringLiteral("--from"),          QStringLiteral("Техподдержка <support@echo-company.ru>"),
             QStringLiteral("--password-file"), m_files->filePath(QStringLiteral("password")),
             QStringLiteral("--ca-file"),       m_files->filePath(QStringLiteral("ca.pem")) };
}

IntakeDaemonFixture::Run IntakeDaemonFixture::runDaemon(const QStringList& extra, const QString& crashAt)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!crashAt.isEmpty()) {
        environment.insert(QStringLiteral("DUTYDESK_INTAKE_CRASH_AT"), crashAt);
    }
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(test::programPath(QStringLiteral("dutydesk-intake")), arguments() + extra);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("timed out");
        return run;
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

void IntakeDaemonFixture::deliver(const QString& from, const QString& subject, const QString& messageId)
{
    const QByteArray mail = QStringLiteral("From: %1\r\nTo: support@echo-company.ru\r\nSubject: %2\r\n"
                                           "Message-ID: <%3>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0300\r\n"
                                           "Content-Type: text/plain; charset=utf-8\r\n\r\nТекст письма %3.\r\n")
                                .arg(from, subject, messageId)
                                .toUtf8();
    QVERIFY(m_imap->deliver(mail).ok());
}

void IntakeDaemonFixture::verifyExactlyOnce(int uids, int tickets, int quarantined)
{
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM intake_log")), uids);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(DISTINCT uid) FROM intake_log")), uids);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), tickets);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM quarantine")), quarantined);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'in'")), tickets + quarantined);
    QCOMPARE(m_db.count(QStringLiteral("SELECT MAX(last_uid) FROM mailbox_state")), uids);
    // One acknowledgment per ticket, queued with it, and every one of them delivered.
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), tickets);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE status = 'sent'")), tickets);
    QSet<QString> acknowledged;
    for (const auto& received : m_smtp->received()) {
        acknowledged.insert(MailParser().parse(received.content)->messageId);
    }
    QCOMPARE(acknowledged.size(), tickets);
}

qint64 IntakeDaemonFixture::countWhenUp(const QString& sql)
{
    auto query = m_db.database->run(sql);
    if (!query || !query.value().next()) {
        // The server came back: so does the test's connection (still down: the caller polls again).
        static_cast<void>(m_db.database->reconnect());
        return -1;
    }
    return query.value().value(0).toLongLong();
}

} // namespace dd::test
