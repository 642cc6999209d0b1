#include "core/intake/TicketReplies.h"

#include "core/domain/TicketEventRecord.h"
#include "core/domain/TicketFlow.h"
#include "core/intake/IntakeStore.h"
#include "core/intake/MailComposer.h"
#include "core/intake/MailParser.h"
#include "core/storage/Database.h"
#include "core/storage/TicketConversation.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

namespace dd {

namespace {

Result<Ticket> openTicket(const Database& database, qint64 ticketId)
{
    auto ticket = TicketRepository(database).get(ticketId);
    if (!ticket) {
        return ticket.error();
    }
    if (!TicketFlow::isOpen(ticket->status)) {
        return Error { TicketReplies::tr("ticket #%1 is %2: reopen it before writing to the client")
                           .arg(ticket->number)
                           .arg(toSlug(ticket->status)) };
    }
    return ticket;
}

// Refused before anything is read: an empty reply, an attachment over the limit.
Status checkDraft(const ReplyDraft& draft)
{
    if (draft.text.trimmed().isEmpty()) {
        return Error { TicketReplies::tr("the reply is empty: write what the client should read") };
    }
    for (const MailAttachment& attachment : draft.attachments) {
        if (attachment.size > TicketReplies::maxAttachmentSize()
            || attachment.content.size() > TicketReplies::maxAttachmentSize()) {
            return Error { TicketReplies::tr("the attachment %1 exceeds %2 MB")
                               .arg(attachment.fileName)
                               .arg(TicketReplies::maxAttachmentSize() >> 20) };
        }
    }
    return Done {};
}

// The mail of a reply: from the support address to whoever wrote last, tagged and threaded.
OutgoingMail composeReply(const ReplyDraft& draft, const ReplyTarget& target, const QString& support,
                          const Actor& actor)
{
    OutgoingMail mail;
    mail.automatic = false;
    // The client reads Russian whatever the engineer's interface language.
    mail.from = MailAddress { support, QStringLiteral("Техническая поддержка") };
    mail.to = MailAddress { target.recipient, {} };
    mail.subject = QStringLiteral("[#%1] %2").arg(target.number).arg(target.subject);
    mail.body = TicketReplies::mailBody(draft.text, actor);
    mail.html = MailComposer::textToHtml(mail.body);
    mail.attachments = draft.attachments;
    mail.messageId = MailComposer::generateMessageId(support);
    mail.date = Clock::current().nowUtc();
    if (!target.inReplyTo.isEmpty()) {
        mail.inReplyTo = { target.inReplyTo };
    }
    mail.references = target.references;

    return mail;
}

// The reply's message row, attachments, `reply` event and queued mail, in the caller's
// transaction; returns the message row.
Result<qint64> storeReply(const Database& database, const ReplyDraft& draft, const OutgoingMail& mail,
                          const Actor& actor)
{
    const TicketConversation conversation(database);
    QJsonArray files;
    for (const MailAttachment& attachment : draft.attachments) {
        files << attachment.fileName;
    }
    auto row = conversation.addOutgoing({ draft.ticketId, QStringLiteral("email"), mail.messageId, mail.from.address,
                                          mail.to.address, mail.subject, draft.text.trimmed() },
                                        actor);
    if (!row) {
        return row.error();
    }
    // The reply stops the reaction clock to the client's last message (docs/rules.md#clocks).
    auto recorded = TicketRepository(database).recordEvent(draft.ticketId, ticket_event::reply, QDateTime(),
                                                           { { QStringLiteral("text"), draft.text.trimmed() },
                                                             { QStringLiteral("to"), mail.to.address },
                                                             { QStringLiteral("attachments"), files },
                                                             { QStringLiteral("messageRow"), *row } },
                                                           actor);
    if (!recorded) {
        return recorded.error();
    }
    for (const MailAttachment& attachment : draft.attachments) {
        if (auto stored = conversation.addAttachment(*row, draft.ticketId, attachment.fileName, attachment.contentType,
                                                     attachment.content);
            !stored) {
            return stored.error();
        }
    }
    if (auto queued = IntakeStore(database).queueMail(draft.ticketId, *row, mail.from.address, mail.to.address,
                                                      MailComposer::compose(mail), mail.date);
        !queued) {
        return queued.error();
    }
    return *row;
}

} // namespace

qint64 TicketReplies::maxAttachmentSize()
{
    return MailParserOptions {}.maxAttachmentSize;
}

TicketReplies::TicketReplies(const Database& database)
    : m_database(database)
{ }

QString TicketReplies::mailBody(const QString& text, const Actor& actor)
{
    // Client mail is in Russian whatever the engineer's interface language (docs/rules.md#intake).
    return text.trimmed() + QStringLiteral("\n\n-- \n%1\nТехническая поддержка\n").arg(actor.displayName());
}

Result<MailAttachment> TicketReplies::readAttachment(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return Error { TicketReplies::tr("cannot read the attachment %1").arg(path) };
    }
    if (info.size() > maxAttachmentSize()) {
        return Error { TicketReplies::tr("the attachment %1 has %2 MB; at most %3 MB go with a reply")
                           .arg(info.fileName())
                           .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(maxAttachmentSize() / (1024 * 1024)) };
    }
    MailAttachment attachment;
    attachment.fileName = info.fileName();
    attachment.content = file.readAll();
    attachment.size = attachment.content.size();
    attachment.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, attachment.content).name();
    return attachment;
}

Result<ReplySent> TicketReplies::reply(const ReplyDraft& draft, const Actor& actor) const
{
    if (auto valid = checkDraft(draft); !valid) {
        return valid.error();
    }
    // Everything read and written in one transaction: a refused reply leaves nothing, and
    // an outage says so before anything is read.
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto ticket = openTicket(m_database, draft.ticketId);
    if (!ticket) {
        return ticket.error();
    }
    const TicketConversation conversation(m_database);
    auto target = conversation.replyTarget(draft.ticketId);
    if (!target) {
        return target.error();
    }
    if (!target->recipient.contains(QLatin1Char('@'))) {
        return Error { TicketReplies::tr("ticket #%1: the client «%2» has no e-mail address and wrote no mail; "
                                         "answer by phone or messenger and add the address to the client")
                           .arg(target->number)
                           .arg(target->clientName) };
    }
    auto support = conversation.supportAddress();
    if (!support) {
        return support.error();
    }
    if (!support->contains(QLatin1Char('@'))) {
        return Error { TicketReplies::tr(
            "the support address is not known yet: the mail intake records it with its first mail") };
    }

    const OutgoingMail mail = composeReply(draft, *target, *support, actor);

    auto row = storeReply(m_database, draft, mail, actor);
    if (!row) {
        return row.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    auto current = TicketRepository(m_database).get(draft.ticketId);
    if (!current) {
        return current.error();
    }
    return ReplySent { *current, *row, target->recipient, mail.messageId };
}

Result<Ticket> TicketReplies::note(qint64 ticketId, const QString& text, const Actor& actor) const
{
    if (text.trimmed().isEmpty()) {
        return Error { TicketReplies::tr("the note is empty") };
    }
    return TicketRepository(m_database)
        .recordEvent(ticketId, ticket_event::note, QDateTime(), { { QStringLiteral("text"), text.trimmed() } }, actor);
}

Result<Ticket> TicketReplies::clientMessage(qint64 ticketId, Channel channel, const QString& text,
                                            const QDateTime& arrived, const Actor& actor) const
{
    if (channel == Channel::Email || channel == Channel::EmailUrgent) {
        return Error { TicketReplies::tr(
            "mail from the client is filed by the mail intake; record phone and messenger messages "
            "here") };
    }
    if (text.trimmed().isEmpty()) {
        return Error { TicketReplies::tr("the client's message is empty") };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    QDateTime at = arrived;
    if (!at.isValid()) {
        auto now = m_database.serverNow();
        if (!now) {
            return now.error();
        }
        at = *now;
    }
    if (auto now = m_database.serverNow(); now && at > now->addSecs(60)) {
        return Error {
            TicketReplies::tr("the message cannot arrive in the future (%1)").arg(at.toString(Qt::ISODate))
        };
    }
    auto ticket = TicketRepository(m_database).get(ticketId);
    if (!ticket) {
        return ticket.error();
    }
    if (at < ticket->arrived) {
        return Error { TicketReplies::tr("ticket #%1 arrived later than this message").arg(ticket->number) };
    }
    auto row = TicketConversation(m_database).addIncoming(ticketId, toSlug(channel), text.trimmed(), at);
    if (!row) {
        return row.error();
    }
    auto recorded = TicketRepository(m_database)
                        .recordClientMessage(ticketId, at,
                                             { { QStringLiteral("channel"), toSlug(channel) },
                                               { QStringLiteral("text"), text.trimmed() },
                                               { QStringLiteral("messageRow"), *row } },
                                             actor);
    if (!recorded) {
        return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return TicketRepository(m_database).get(ticketId);
}

Status TicketReplies::retry(qint64 mailId) const
{
    return TicketConversation(m_database).retryMail(mailId);
}

} // namespace dd
