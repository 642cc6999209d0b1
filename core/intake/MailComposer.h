#pragma once

#include "core/intake/MailMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dd {

// An automatic reply to a client's message.
struct OutgoingMail
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString body;
    QString messageId; // without angle brackets
    QStringList inReplyTo;
    QStringList references;
    QDateTime date;
};

// Writes an OutgoingMail as an RFC 5322 message with GMime: UTF-8 text, RFC 2047
// encoded subject and names, CRLF line ends for SMTP, "Auto-Submitted: auto-replied"
// (RFC 3834) so that the client's own responder does not answer it.
class MailComposer
{
public:
    static QByteArray compose(const OutgoingMail& mail);
    // A fresh Message-ID on the sender's domain.
    static QString generateMessageId(const QString& senderAddress);
};

} // namespace dd
