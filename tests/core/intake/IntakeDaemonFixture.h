#pragma once

// What the dutydesk-intake end-to-end tests share: a real Dovecot, a real SMTP server
// (aiosmtpd), a SQLite database, and the daemon run as a separate process.
#include "tests/core/intake/IntakeTestDatabase.h"
#include "tests/support/ImapServer.h"
#include "tests/support/SmtpServer.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

class IntakeDaemonFixture
{
protected:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QString output;
    };
    // From the test's init() and cleanup(); a failed QVERIFY here skips the test.
    // `smtpTls`: the relay offers STARTTLS with its own certificate (trusted through the
    // CA bundle); without it, plain SMTP.
    void setUp(bool smtpTls = true);
    void tearDown();
    QStringList arguments() const;
    Run runDaemon(const QStringList& extra = { QStringLiteral("--once") }, const QString& crashAt = {});
    void deliver(const QString& from, const QString& subject, const QString& messageId);
    void verifyExactlyOnce(int uids, int tickets, int quarantined);
    qint64 countWhenUp(const QString& sql);

    test::IntakeTestDatabase m_db;
    std::unique_ptr<test::ImapServer> m_imap;
    std::unique_ptr<test::SmtpServer> m_smtp;
    std::unique_ptr<QTemporaryDir> m_files;
};

} // namespace dd::test
