#include "core/intake/SmtpSender.h"

#include <QCoreApplication>

namespace dd {

namespace { } // namespace

Result<SmtpSettings> SmtpSettings::fromUrl(const QString& text)
{
    SmtpSettings settings;
    settings.url = QUrl(text, QUrl::StrictMode);
    const QString scheme = settings.url.scheme();
    if (!settings.url.isValid() || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))
        || settings.url.host().isEmpty()) {
        return Error { SmtpSender::tr("expected smtp[s]://[user@]host[:port], got \"%1\"").arg(text) };
    }
    if (!settings.url.password().isEmpty()) {
        return Error { SmtpSender::tr("put the SMTP password in the keychain or a password file, not in the URL") };
    }
    settings.user = settings.url.userName();
    // The issue asks for STARTTLS when the relay offers it: a local relay often has no TLS.
    settings.transport.requireTls = false;
    return settings;
}

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    m_session.setCredentials(m_settings.user, m_settings.user.isEmpty() ? QString() : m_settings.password);
    m_session.setTransport(m_settings.transport, m_settings.url.scheme() == QLatin1String("smtps"), true);
}

Status SmtpSender::send(const QString& envelopeSender, const QStringList& recipients, const QByteArray& message)
{
    if (recipients.isEmpty()) {
        return Error { SmtpSender::tr("no recipient") };
    }
    QUrl url = m_settings.url;
    url.setUserInfo({});
    // libcurl takes the path as the EHLO name; the host's own name is what servers expect.
    url.setPath({});
    return m_session.smtpSend(url.toString(QUrl::FullyEncoded), envelopeSender, recipients, message);
}

} // namespace dd
