#pragma once

#include "core/intake/CurlSession.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dd {

// smtps://host[:port] (TLS from the start) or smtp://host[:port] (STARTTLS when the
// server offers it; required unless `transport.requireTls` is off).
struct SmtpSettings
{
    QUrl url;
    QString user; // empty: no authentication (a relay that trusts the host)
    QString password;
    MailTransportOptions transport;

    static Result<SmtpSettings> fromUrl(const QString& url);
};

class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(dd::SmtpSender)

public:
    explicit SmtpSender(SmtpSettings settings);

    // `message` is a complete RFC 5322 message with CRLF line ends (MailComposer's output).
    Status send(const QString& envelopeSender, const QStringList& recipients, const QByteArray& message);

private:
    SmtpSettings m_settings;
    CurlSession m_session;
};

} // namespace dd
