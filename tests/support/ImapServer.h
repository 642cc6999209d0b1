#pragma once

#include "TestCertificate.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A throwaway Dovecot IMAP server for one test: its own configuration, passwd-file user
// and maildir in a temporary directory, IMAPS and IMAP (STARTTLS) on free 127.0.0.1
// ports with a self-signed certificate. Stopped and removed on destruction.
class ImapServer
{
public:
    static Result<std::unique_ptr<ImapServer>> start();
    ~ImapServer();

    ImapServer(const ImapServer&) = delete;
    ImapServer& operator=(const ImapServer&) = delete;

    QString user() const { return QStringLiteral("support"); }
    QString password() const { return QStringLiteral("secret-Пароль"); }
    int imapsPort() const { return m_imapsPort; }
    int imapPort() const { return m_imapPort; }
    QString caFile() const { return m_certificate.certificateFile; }
    // imaps://support@127.0.0.1:port/INBOX
    QString url() const;
    QString directory() const { return m_dir->path(); }

    // Delivers a message into INBOX the way the MTA would (doveadm save).
    Status deliver(const QByteArray& message);
    // Many messages at once, written straight into the maildir (a backlog, the benchmark):
    // one doveadm run instead of one per message.
    Status deliverMany(const QList<QByteArray>& messages);
    // How many messages of the mailbox are marked read (\Seen: an S among the maildir
    // file's flags).
    int seenMessages() const;
    // Starts a stopped server again on the same ports (the outage tests).
    Status restart();
    // Gives INBOX a new UIDVALIDITY, as a rebuilt mailbox would have.
    Status changeUidValidity(qint64 uidValidity);
    Status stop();

private:
    ImapServer() = default;
    Status doveadm(const QStringList& arguments, const QByteArray& input = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    TestCertificate m_certificate;
    QString m_config;
    int m_imapsPort = 0;
    int m_imapPort = 0;
    bool m_running = false;
};

} // namespace dd::test
