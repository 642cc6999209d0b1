#include "SmtpServer.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

namespace dd::test {

Result<std::unique_ptr<SmtpServer>> SmtpServer::start(bool offerStartTls, const QString& user, const QString& password)
{
    std::unique_ptr<SmtpServer> server(new SmtpServer);
    server->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/dutydesk-smtp-XXXXXX"));
    if (!server->m_dir->isValid()) {
        return Error { QStringLiteral("cannot create a temporary directory for the SMTP server") };
    }
    QDir(server->m_dir->path()).mkpath(QStringLiteral("mail"));
    QStringList tlsArguments;
    if (offerStartTls) {
        auto certificate = TestCertificate::create(server->m_dir->path());
        if (!certificate) {
            return certificate.error();
        }
        server->m_certificate = certificate.value();
        tlsArguments = { QStringLiteral("--cert"), server->m_certificate.certificateFile, QStringLiteral("--key"),
                         server->m_certificate.keyFile };
    }
    if (!user.isEmpty()) {
        tlsArguments << QStringLiteral("--user") << user << QStringLiteral("--password") << password;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            server->m_port = probe.serverPort();
        }
        server->m_process = std::make_unique<QProcess>();
        server->m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The system interpreter: python3-aiosmtpd is a Debian package.
        server->m_process->start(QStringLiteral("/usr/bin/python3"),
                                 QStringList { sourceDir() + QStringLiteral("/tests/support/smtp_sink.py"),
                                               QStringLiteral("--port"), QString::number(server->m_port),
                                               QStringLiteral("--outdir"),
                                               server->m_dir->filePath(QStringLiteral("mail")) }
                                     + tlsArguments);
        while (server->m_process->waitForReadyRead(15000)) {
            if (server->m_process->readAll().contains("READY")) {
                return server;
            }
        }
        server->m_process->kill();
        server->m_process->waitForFinished(5000);
    }
    return Error { QStringLiteral("the aiosmtpd test server did not start (install python3-aiosmtpd)") };
}

SmtpServer::~SmtpServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QList<SmtpServer::Received> SmtpServer::received() const
{
    QList<Received> result;
    const QDir mail(m_dir->filePath(QStringLiteral("mail")));
    for (const QString& name : mail.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
        Received message;
        QFile content(mail.filePath(name));
        QFile meta(mail.filePath(QString(name).replace(QLatin1String(".eml"), QLatin1String(".json"))));
        if (!content.open(QIODevice::ReadOnly) || !meta.open(QIODevice::ReadOnly)) {
            continue;
        }
        message.content = content.readAll();
        const QJsonObject json = QJsonDocument::fromJson(meta.readAll()).object();
        message.envelopeFrom = json.value(QLatin1String("from")).toString();
        for (const auto& to : json.value(QLatin1String("to")).toArray()) {
            message.recipients.append(to.toString());
        }
        message.tls = json.value(QLatin1String("tls")).toBool();
        result.append(message);
    }
    return result;
}

void SmtpServer::setFailing(bool failing)
{
    QFile flag(m_dir->filePath(QStringLiteral("fail")));
    if (failing) {
        flag.open(QIODevice::WriteOnly);
    } else {
        flag.remove();
    }
}

} // namespace dd::test
