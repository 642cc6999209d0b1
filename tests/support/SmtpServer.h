#pragma once

#include "TestCertificate.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A throwaway SMTP server on a free 127.0.0.1 port (python3-aiosmtpd, tests/support/
// smtp_sink.py) that keeps every message it receives. With `offerStartTls` it offers
// STARTTLS with a self-signed certificate (trust it through caFile()), and can require
// authentication.
class SmtpServer
{
public:
    struct Received
    {
        QString envelopeFrom;
        QStringList recipients;
        bool tls = false;
        QByteArray content;
    };

    // With `user`, AUTH with that user and `password` is required (after STARTTLS).
    static Result<std::unique_ptr<SmtpServer>> start(bool offerStartTls = false, const QString& user = {},
                                                     const QString& password = {});
    ~SmtpServer();

    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    QString caFile() const { return m_certificate.certificateFile; }

    QList<Received> received() const;
    // While failing, every message gets "451 try again later".
    void setFailing(bool failing);

private:
    SmtpServer() = default;

    std::unique_ptr<QTemporaryDir> m_dir;
    TestCertificate m_certificate;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

} // namespace dd::test
