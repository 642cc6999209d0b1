#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Ticket.h"
#include "core/intake/MailMessage.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

class Database;

struct ReplyDraft
{
    qint64 ticketId = 0;
    QString text;
    QList<MailAttachment> attachments; // read with TicketReplies::readAttachment
};

struct ReplySent
{
    Ticket ticket;
    qint64 messageRowId = 0;
    QString recipient;
    QString messageId;
};

// What an engineer writes on a ticket (issue 15, docs/rules.md#tickets): a reply to the
// client, queued as an e-mail in the same transaction as its `reply` event (the intake
// daemon sends it, AcknowledgmentSender); an internal note, which is never sent; a client's
// message taken by phone or messenger, which starts a follow-up reaction clock like a mail.
// Bad input is refused with one sentence and nothing is written.
class TicketReplies
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketReplies)

public:
    // The intake stores attachments up to this size (MailParserOptions); a reply keeps to it.
    static qint64 maxAttachmentSize();

    explicit TicketReplies(const Database& database);

    Result<ReplySent> reply(const ReplyDraft& draft, const Actor& actor) const;
    Result<Ticket> note(qint64 ticketId, const QString& text, const Actor& actor) const;
    // `arrived` invalid: now by the server's clock.
    Result<Ticket> clientMessage(qint64 ticketId, Channel channel, const QString& text, const QDateTime& arrived,
                                 const Actor& actor) const;
    // Sends a failed mail again (the next daemon cycle).
    Status retry(qint64 mailId) const;

    // A file as a reply attachment, refused when unreadable or over the limit.
    static Result<MailAttachment> readAttachment(const QString& path);
    // The mail's text: the engineer's words and a signature, in Russian for the client.
    static QString mailBody(const QString& text, const Actor& actor);

private:
    const Database& m_database;
};

} // namespace dd
