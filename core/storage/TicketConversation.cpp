#include "core/storage/TicketConversation.h"

#include "core/domain/TicketEventText.h"
#include "core/storage/Database.h"
#include "core/storage/SharedSettings.h"
#include "core/storage/TicketRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dd {

namespace {

Result<qint64> insertedId(Result<QVariant> value)
{
    if (!value) {
        return value.error();
    }
    if (value->isNull()) {
        return Error { TicketConversation::tr("the new row got no id") };
    }
    return value->toLongLong();
}

// The texts people typed into the history, each with the action it came with.
QList<ConversationEntry> typedTexts(const QList<TicketEventRecord>& events)
{
    QList<ConversationEntry> entries;
    for (const TicketEventRecord& event : events) {
        if (event.type != ticket_event::note && event.type != ticket_event::comment) {
            continue;
        }
        ConversationEntry entry;
        entry.kind = ConversationEntry::Kind::Note;
        entry.text = event.data.value(QLatin1String("text")).toString();
        entry.author = event.actorName.isEmpty() ? event.actor : event.actorName;
        entry.at = event.recordedAt.isValid() ? event.recordedAt : event.at;
        QStringList actions;
        for (const TicketEventRecord& other : events) {
            if (other.ticketVersion == event.ticketVersion && other.type != ticket_event::comment
                && other.type != ticket_event::note) {
                actions << TicketEventText::describe(other);
            }
        }
        entry.context = actions.join(QStringLiteral(", "));
        entry.ticketVersion = event.ticketVersion;
        entries << entry;
    }
    return entries;
}

} // namespace

TicketConversation::TicketConversation(const Database& database)
    : m_database(database)
{ }

Result<QHash<qint64, QList<MailDelivery>>> TicketConversation::deliveries(qint64 ticketId) const
{
    auto rows = m_database.run(QStringLiteral("SELECT id, message_row_id, recipient, status, attempts, last_error, "
                                              "sent_at FROM outgoing_mail WHERE ticket_id = ? ORDER BY id"),
                               { ticketId });
    if (!rows) {
        return rows.error();
    }
    QHash<qint64, QList<MailDelivery>> byMessage;
    while (rows.value().next()) {
        const QSqlQuery& row = rows.value();
        MailDelivery delivery {
            row.value(0).toLongLong(), row.value(2).toString(),
            row.value(3).toString(),   row.value(4).toInt(),
            row.value(5).toString(),   row.value(6).isNull() ? QDateTime() : fromEpoch(row.value(6).toLongLong())
        };
        byMessage[row.value(1).toLongLong()] << delivery;
    }
    return byMessage;
}

Result<QList<ConversationEntry>> TicketConversation::of(qint64 ticketId) const
{
    auto messages = TicketMessages(m_database).of(ticketId);
    if (!messages) {
        return messages.error();
    }
    auto mail = deliveries(ticketId);
    if (!mail) {
        return mail.error();
    }
    auto events = TicketRepository(m_database).events(ticketId);
    if (!events) {
        return events.error();
    }
    QList<ConversationEntry> entries;
    for (const TicketMessage& message : std::as_const(*messages)) {
        ConversationEntry entry;
        entry.messageRowId = message.id;
        entry.kind = message.incoming      ? ConversationEntry::Kind::ClientMessage
            : message.authorName.isEmpty() ? ConversationEntry::Kind::Acknowledgment
                                           : ConversationEntry::Kind::Reply;
        entry.channel = message.channel;
        entry.sender = message.sender;
        entry.author = message.incoming ? QString() : message.authorName;
        entry.subject = message.subject;
        entry.text = message.body;
        entry.at = message.receivedAt;
        entry.attachments = message.attachments;
        entry.deliveries = mail->value(message.id);
        entries << entry;
    }
    // Which history event recorded each message (they name its row): orders entries of one second.
    QHash<qint64, qint64> versionOfRow;
    for (const TicketEventRecord& event : std::as_const(*events)) {
        if (event.type == ticket_event::clientMessage || event.type == ticket_event::reply) {
            if (const qint64 row = event.data.value(QLatin1String("messageRow")).toInteger(); row > 0) {
                versionOfRow.insert(row, event.ticketVersion);
            }
        }
    }
    for (ConversationEntry& entry : entries) {
        entry.ticketVersion = versionOfRow.value(entry.messageRowId);
    }
    entries += typedTexts(*events);
    std::stable_sort(entries.begin(), entries.end(), [](const ConversationEntry& a, const ConversationEntry& b) {
        if (a.at != b.at) {
            return a.at < b.at;
        }
        return a.ticketVersion != 0 && b.ticketVersion != 0 && a.ticketVersion < b.ticketVersion;
    });
    return entries;
}

Result<ReplyTarget> TicketConversation::replyTarget(qint64 ticketId) const
{
    auto ticket = m_database.run(QStringLiteral("SELECT t.number, t.subject, c.name, c.official_email FROM tickets t "
                                                "JOIN projects p ON p.id = t.project_id "
                                                "JOIN clients c ON c.id = p.client_id WHERE t.id = ?"),
                                 { ticketId });
    if (!ticket) {
        return ticket.error();
    }
    if (!ticket.value().next()) {
        return Error { TicketConversation::tr("there is no ticket with id %1").arg(ticketId) };
    }
    ReplyTarget target;
    target.ticketId = ticketId;
    target.number = ticket.value().value(0).toLongLong();
    target.subject = ticket.value().value(1).toString();
    target.clientName = ticket.value().value(2).toString();
    target.recipient = ticket.value().value(3).toString().trimmed();
    // Phone and messenger messages have no address: the last one that came by mail.
    auto last = m_database.run(QStringLiteral("SELECT sender, message_id FROM messages WHERE ticket_id = ? "
                                              "AND direction = 'in' AND quarantined = 0 AND sender LIKE '%@%' "
                                              "ORDER BY received_at DESC, id DESC LIMIT 1"),
                               { ticketId });
    if (!last) {
        return last.error();
    }
    if (last.value().next()) {
        target.recipient = last.value().value(0).toString();
        target.inReplyTo = last.value().value(1).toString();
    }
    auto first = m_database.runScalar(QStringLiteral("SELECT message_id FROM messages WHERE ticket_id = ? "
                                                     "AND direction = 'in' AND message_id IS NOT NULL "
                                                     "ORDER BY received_at, id LIMIT 1"),
                                      { ticketId });
    if (!first) {
        return first.error();
    }
    for (const QString& id : { first->toString(), target.inReplyTo }) {
        if (!id.isEmpty() && !target.references.contains(id)) {
            target.references << id;
        }
    }
    return target;
}

Result<QString> TicketConversation::supportAddress() const
{
    // The shared setting (an administrator's, or what the intake recorded), else its default.
    auto shared = SharedSettings::text(m_database, setting::supportAddress);
    if (!shared) {
        return shared.error();
    }
    if (!shared->isEmpty()) {
        return *shared;
    }
    auto last
        = m_database.runScalar(QStringLiteral("SELECT envelope_from FROM outgoing_mail ORDER BY id DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    return last->toString();
}

Result<qint64> TicketConversation::addOutgoing(const OutgoingMessage& message, const Actor& author) const
{
    return insertedId(m_database.runScalar(
        QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, message_id, sender, recipients, subject, "
                       "body, received_at, author_id) VALUES (?, 'out', ?, ?, ?, ?, ?, ?, %1, ?) RETURNING id")
            .arg(m_database.nowSql()),
        { message.ticketId, message.channel, textOrNull(message.messageId), textOrEmpty(message.sender),
          textOrEmpty(message.recipient), textOrEmpty(message.subject), textOrEmpty(message.body),
          idOrNull(author.userId) }));
}

Result<qint64> TicketConversation::addIncoming(qint64 ticketId, const QString& channel, const QString& text,
                                               const QDateTime& arrived) const
{
    // No sender: only the intake files mail from an address (ServerIdentityMail).
    return insertedId(
        m_database.runScalar(QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, body, received_at) "
                                            "VALUES (?, 'in', ?, ?, ?) RETURNING id"),
                             { ticketId, channel, textOrEmpty(text), toEpoch(arrived) }));
}

Status TicketConversation::addAttachment(qint64 messageRowId, qint64 ticketId, const QString& fileName,
                                         const QString& mimeType, const QByteArray& content) const
{
    auto inserted = m_database.run(
        QStringLiteral("INSERT INTO attachments (message_id, ticket_id, file_name, mime_type, size_bytes, content, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, %1)")
            .arg(m_database.nowSql()),
        { messageRowId, ticketId, fileName, mimeType, qint64(content.size()), content });
    if (!inserted) {
        return inserted.error();
    }
    return Done {};
}

Status TicketConversation::retryMail(qint64 mailId) const
{
    bool retried = false;
    if (m_database.isPostgres()) {
        auto done = m_database.runScalar(QStringLiteral("SELECT dutydesk_retry_mail(?)"), { mailId });
        if (!done) {
            return done.error();
        }
        retried = done->toBool();
    } else {
        auto done = m_database.run(QStringLiteral("UPDATE outgoing_mail SET status = 'queued', attempts = 0, "
                                                  "last_error = '', next_attempt_at = %1 "
                                                  "WHERE id = ? AND status = 'failed'")
                                       .arg(m_database.nowSql()),
                                   { mailId });
        if (!done) {
            return done.error();
        }
        retried = done->numRowsAffected() == 1;
    }
    if (!retried) {
        return Error { TicketConversation::tr("mail %1 has not failed: only a failed mail is sent again").arg(mailId) };
    }
    return Done {};
}

} // namespace dd
