#include "ImapServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace dd::test {

namespace {

int findFreePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool isListening(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    return socket.waitForConnected(200);
}

Status runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        return Error { QStringLiteral("%1 did not start (install dovecot-imapd)").arg(program) };
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error { QStringLiteral("%1 %2 failed: %3")
                           .arg(program, arguments.value(2), QString::fromLocal8Bit(process.readAll()).trimmed()) };
    }
    return Done {};
}

// The system users Dovecot runs as: as root it drops to its own ones (and gets the
// maildir), as anyone else it runs as that user.
struct DovecotUsers
{
    QString internal;
    QString login;
    QString mail; // "uid=… gid=…" of the mail files
};

Result<DovecotUsers> dovecotUsers(const QString& dir)
{
    const bool root = ::geteuid() == 0;
    const passwd* self = ::getpwuid(::geteuid());
    DovecotUsers users;
    users.internal = root ? QStringLiteral("dovecot") : QString::fromLocal8Bit(self->pw_name);
    users.login = root ? QStringLiteral("dovenull") : users.internal;
    users.mail = root ? QStringLiteral("uid=dovecot gid=dovecot")
                      : QStringLiteral("uid=%1 gid=%2").arg(self->pw_uid).arg(self->pw_gid);
    if (root) {
        if (const passwd* dovecot = ::getpwnam("dovecot")) {
            if (::chown(QFile::encodeName(dir + QStringLiteral("/home")).constData(), dovecot->pw_uid, dovecot->pw_gid)
                != 0) {
                return Error { QStringLiteral("cannot give the maildir to the dovecot user") };
            }
        } else {
            return Error { QStringLiteral("running as root, but there is no `dovecot` system user") };
        }
    }
    return users;
}

QByteArray dovecotConfig(const QString& dir, const TestCertificate& certificate, const DovecotUsers& users,
                         int imapPort, int imapsPort)
{
    return QStringLiteral(R"(base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <%2
ssl_key = <%3
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
default_login_user = %4
default_internal_user = %5
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/passwd
}
userdb {
  driver = static
  args = %6 home=%1/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    port = %7
  }
  inet_listener imaps {
    port = %8
    ssl = yes
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
)")
        .arg(dir, certificate.certificateFile, certificate.keyFile, users.login, users.internal, users.mail)
        .arg(imapPort)
        .arg(imapsPort)
        .toUtf8();
}

} // namespace

Result<std::unique_ptr<ImapServer>> ImapServer::start()
{
    std::unique_ptr<ImapServer> server(new ImapServer);
    server->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/dutydesk-imap-XXXXXX"));
    if (!server->m_dir->isValid()) {
        return Error { QStringLiteral("cannot create a temporary directory for Dovecot") };
    }
    const QString dir = server->m_dir->path();
    // Dovecot's unprivileged processes must reach their files.
    QFile::setPermissions(dir, QFile::permissions(dir) | QFile::ExeOther | QFile::ReadOther | QFile::ExeGroup);
    auto certificate = TestCertificate::create(dir);
    if (!certificate) {
        return certificate.error();
    }
    server->m_certificate = certificate.value();
    QFile::setPermissions(server->m_certificate.keyFile, QFile::ReadOwner | QFile::WriteOwner);
    for (const char* sub : { "run", "state", "home" }) {
        QDir(dir).mkpath(QString::fromLatin1(sub));
    }

    const auto users = dovecotUsers(dir);
    if (!users) {
        return users.error();
    }
    QFile passwd(dir + QStringLiteral("/passwd"));
    if (!passwd.open(QIODevice::WriteOnly)) {
        return Error { QStringLiteral("cannot write the Dovecot passwd file") };
    }
    passwd.write(QStringLiteral("%1:{PLAIN}%2\n").arg(server->user(), server->password()).toUtf8());
    passwd.close();

    for (int attempt = 0; attempt < 5; ++attempt) {
        server->m_imapsPort = findFreePort();
        server->m_imapPort = findFreePort();
        server->m_config = dir + QStringLiteral("/dovecot.conf");
        QFile config(server->m_config);
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return Error { QStringLiteral("cannot write the Dovecot configuration") };
        }
        config.write(dovecotConfig(dir, server->m_certificate, *users, server->m_imapPort, server->m_imapsPort));
        config.close();
        if (auto started = runProgram(QStringLiteral("/usr/sbin/dovecot"), { QStringLiteral("-c"), server->m_config });
            !started) {
            if (attempt == 4) {
                return started.error();
            }
            continue;
        }
        server->m_running = true;
        for (int wait = 0; wait < 50 && !isListening(server->m_imapsPort); ++wait) {
            QThread::msleep(100);
        }
        if (isListening(server->m_imapsPort)) {
            return server;
        }
        // Clean up the half-started server; the error below says what went wrong.
        static_cast<void>(server->stop());
    }
    return Error { QStringLiteral("Dovecot did not start") };
}

ImapServer::~ImapServer()
{
    if (Status stopped = stop(); !stopped) {
        qWarning("Dovecot did not stop: %s", qPrintable(stopped.error().toString()));
    }
}

QString ImapServer::url() const
{
    return QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(user()).arg(m_imapsPort);
}

Status ImapServer::doveadm(const QStringList& arguments, const QByteArray& input)
{
    return runProgram(QStringLiteral("/usr/bin/doveadm"), QStringList { QStringLiteral("-c"), m_config } + arguments,
                      input);
}

Status ImapServer::deliver(const QByteArray& message)
{
    return doveadm({ QStringLiteral("save"), QStringLiteral("-u"), user() }, message);
}

Status ImapServer::deliverMany(const QList<QByteArray>& messages)
{
    if (messages.isEmpty()) {
        return Done {};
    }
    // The first through doveadm, so that Dovecot creates the maildir with its owner.
    if (auto first = deliver(messages.first()); !first) {
        return first;
    }
    const QString newDir = m_dir->path() + QStringLiteral("/home/%1/Maildir/new").arg(user());
    const passwd* owner = ::geteuid() == 0 ? ::getpwnam("dovecot") : nullptr;
    static int serial = 0;
    for (qsizetype i = 1; i < messages.size(); ++i) {
        const QString path = QStringLiteral("%1/%2.M%3P%4.dutydesk-test")
                                 .arg(newDir)
                                 .arg(QDateTime::currentSecsSinceEpoch())
                                 .arg(++serial)
                                 .arg(QCoreApplication::applicationPid());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(messages.at(i)) != messages.at(i).size()) {
            return Error { QStringLiteral("cannot write %1").arg(path) };
        }
        file.close();
        if (owner && ::chown(QFile::encodeName(path).constData(), owner->pw_uid, owner->pw_gid) != 0) {
            return Error { QStringLiteral("cannot give %1 to the dovecot user").arg(path) };
        }
    }
    // Dovecot assigns the UIDs when it next looks at the folder: now, in file name order.
    return doveadm({ QStringLiteral("mailbox"), QStringLiteral("status"), QStringLiteral("-u"), user(),
                     QStringLiteral("messages"), QStringLiteral("INBOX") });
}

int ImapServer::seenMessages() const
{
    const QDir cur(m_dir->path() + QStringLiteral("/home/%1/Maildir/cur").arg(user()));
    int seen = 0;
    for (const QString& name : cur.entryList(QDir::Files)) {
        seen += name.section(QStringLiteral(":2,"), 1).contains(QLatin1Char('S'));
    }
    return seen;
}

Status ImapServer::restart()
{
    if (m_running) {
        return Done {};
    }
    if (auto started = runProgram(QStringLiteral("/usr/sbin/dovecot"), { QStringLiteral("-c"), m_config }); !started) {
        return started;
    }
    m_running = true;
    for (int wait = 0; wait < 50 && !isListening(m_imapsPort); ++wait) {
        QThread::msleep(100);
    }
    return isListening(m_imapsPort) ? Status(Done {}) : Status(Error { QStringLiteral("Dovecot did not restart") });
}

Status ImapServer::changeUidValidity(qint64 uidValidity)
{
    return doveadm({ QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"), user(),
                     QStringLiteral("--uid-validity"), QString::number(uidValidity), QStringLiteral("INBOX") });
}

Status ImapServer::stop()
{
    if (!m_running) {
        return Done {};
    }
    m_running = false;
    return doveadm({ QStringLiteral("stop") });
}

} // namespace dd::test
