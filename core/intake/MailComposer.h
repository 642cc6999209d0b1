#pragma once

#include "core/intake/MailMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// A mail to a client: an automatic acknowledgment, or an engineer's reply (then
// `automatic` is false, and it may carry an HTML alternative and attachments).
struct OutgoingMail
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString body;
    QString html; // the text/html alternative; none when empty
    QList<MailAttachment> attachments;
    bool automatic = true;
    QString messageId; // without angle brackets
    QStringList inReplyTo;
    QStringList references;
    QDateTime date;
};

// Writes an OutgoingMail as an RFC 5322 message with GMime: UTF-8 text, RFC 2047
// encoded subject and names, CRLF line ends for SMTP. An automatic one says
// "Auto-Submitted: auto-replied" (RFC 3834) so that the client's own responder does not
// answer it; a person's reply does not, so the client's answer to it is filed as usual.
class MailComposer
{
public:
    static QByteArray compose(const OutgoingMail& mail);
    // What compose() needs of a mail without attachments or HTML, as compact JSON: the
    // intake queues its acknowledgments so and they are composed when sent. fromDraft()
    // reads it back; nullopt when it is not such a draft.
    static QByteArray draft(const OutgoingMail& mail);
    static std::optional<OutgoingMail> fromDraft(const QByteArray& draft);
    // A fresh Message-ID on the sender's domain.
    static QString generateMessageId(const QString& senderAddress);
    // The plain text as HTML paragraphs (escaped, line breaks kept, links clickable).
    static QString textToHtml(const QString& text);
};

} // namespace dd
