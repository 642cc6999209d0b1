#include "TestCertificate.h"

#include <QProcess>

namespace dd::test {

Result<TestCertificate> TestCertificate::create(const QString& directory)
{
    TestCertificate certificate { directory + QStringLiteral("/cert.pem"), directory + QStringLiteral("/key.pem") };
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
                    certificate.keyFile, QStringLiteral("-out"), certificate.certificateFile });
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        return Error { QStringLiteral("openssl req failed (install openssl): %1")
                           .arg(QString::fromLocal8Bit(openssl.readAll()).trimmed()) };
    }
    return certificate;
}

} // namespace dd::test
