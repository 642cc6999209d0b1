#include "SpamdServer.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace dd::test {

namespace {

bool isListening(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    return socket.waitForConnected(200);
}

} // namespace

QByteArray SpamdServer::gtube()
{
    return QByteArrayLiteral("XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X");
}

Result<std::unique_ptr<SpamdServer>> SpamdServer::start()
{
    if (!QFile::exists(QStringLiteral("/usr/sbin/spamd"))) {
        return Error { QStringLiteral("/usr/sbin/spamd is missing (apt-get install spamassassin spamd spamc)") };
    }
    std::unique_ptr<SpamdServer> server(new SpamdServer);
    server->m_dir = std::make_unique<QTemporaryDir>();
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return Error { QStringLiteral("no free port for spamd") };
    }
    server->m_port = probe.serverPort();
    probe.close();
    if (auto started = server->launch(); !started) {
        return started.error();
    }
    return server;
}

Status SpamdServer::launch()
{
    QStringList arguments { QStringLiteral("--listen=127.0.0.1:%1").arg(m_port),
                            QStringLiteral("--pidfile=%1").arg(m_dir->filePath(QStringLiteral("spamd.pid"))),
                            QStringLiteral("--min-children=1"),
                            QStringLiteral("--max-children=2"),
                            QStringLiteral("--syslog=%1").arg(m_dir->filePath(QStringLiteral("spamd.log"))),
                            QStringLiteral("--nouser-config"),
                            QStringLiteral("--local"), // no DNS or network tests: loopback only
                            QStringLiteral("--helper-home-dir=%1").arg(m_dir->path()),
                            QStringLiteral("--daemonize") };
    if (::geteuid() == 0) {
        arguments << QStringLiteral("--username=nobody"); // spamd refuses to run its children as root
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/sbin/spamd"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return Error { QStringLiteral("spamd did not start: %1").arg(QString::fromLocal8Bit(process.readAll())) };
    }
    m_running = true;
    for (int wait = 0; wait < 300 && !isListening(m_port); ++wait) {
        QThread::msleep(100);
    }
    return isListening(m_port) ? Status(Done {}) : Status(Error { QStringLiteral("spamd does not listen") });
}

Status SpamdServer::stop()
{
    if (!m_running) {
        return Done {};
    }
    m_running = false;
    QFile pidFile(m_dir->filePath(QStringLiteral("spamd.pid")));
    if (!pidFile.open(QIODevice::ReadOnly)) {
        return Error { QStringLiteral("spamd wrote no pid file") };
    }
    const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong());
    if (pid <= 0 || ::kill(pid, SIGTERM) != 0) {
        return Error { QStringLiteral("cannot stop spamd") };
    }
    for (int wait = 0; wait < 100 && isListening(m_port); ++wait) {
        QThread::msleep(100);
    }
    return Done {};
}

Status SpamdServer::restart()
{
    return m_running ? Status(Done {}) : launch();
}

SpamdServer::~SpamdServer()
{
    if (Status stopped = stop(); !stopped) {
        qWarning("spamd did not stop: %s", qPrintable(stopped.error().toString()));
    }
}

} // namespace dd::test
