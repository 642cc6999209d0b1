#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

// One mailbox of a From/Reply-To header, address lower-cased for comparisons.
struct MailAddress
{
    QString address;
    QString displayName;

    bool isEmpty() const { return address.isEmpty(); }
};

struct MailAttachment
{
    QString fileName;
    QString contentType; // "image/png"
    qint64 size = 0; // decoded size in bytes
    QByteArray content; // empty when `omitted`
    bool omitted = false; // larger than the size limit: recorded, not stored
};

// Why a message is an automatic one (RFC 3834, delivery reports): never a ticket,
// never an acknowledgment.
enum class AutoReplyKind { None, AutoSubmitted, Bounce, ListOrBulk };

// A parsed e-mail as plain values: everything the intake rules and the ticket need,
// nothing of GMime.
struct MailMessage
{
    QString messageId; // without angle brackets; synthesized when the header is missing
    bool messageIdSynthesized = false;
    QStringList inReplyTo; // message ids, without angle brackets
    QStringList references;
    MailAddress from;
    MailAddress replyTo; // empty when the header is absent
    QDateTime date; // the Date header in UTC; invalid when absent or unreadable
    QString subject; // RFC 2047 decoded
    QString text; // the text/plain part, or the HTML part turned into text
    QList<MailAttachment> attachments;
    AutoReplyKind autoReply = AutoReplyKind::None;
    QStringList recipients; // To and Cc addresses, lower-cased
    QString spamVerdict; // the mail server's X-Spam-Status when it flagged the mail as spam
    QStringList warnings; // what the MIME parser found odd, for the intake log
    // Damage a person must know about (bad base64, truncation, nesting limits, repaired
    // charsets): the ticket carries these lines and the original mail as an attachment.
    QStringList damage;

    // Where the acknowledgment goes: Reply-To when given, else From.
    const MailAddress& replyAddress() const { return replyTo.isEmpty() ? from : replyTo; }
    // Every id this message refers to, In-Reply-To first.
    QStringList threadIds() const
    {
        QStringList ids = inReplyTo;
        for (const QString& id : references) {
            if (!ids.contains(id)) {
                ids.append(id);
            }
        }
        return ids;
    }
};

} // namespace dd
