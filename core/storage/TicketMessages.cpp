#include "core/storage/TicketMessages.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace dd {

TicketMessages::TicketMessages(const Database& database)
    : m_database(database)
{ }

Result<QList<TicketMessage>> TicketMessages::of(qint64 ticketId) const
{
    auto rows = m_database.run(
        QStringLiteral("SELECT m.id, m.direction, m.channel, m.sender, m.subject, m.body, m.received_at, u.full_name "
                       "FROM messages m LEFT JOIN users u ON u.id = m.author_id "
                       "WHERE m.ticket_id = ? AND m.quarantined = 0 ORDER BY m.received_at, m.id"),
        { ticketId });
    if (!rows) {
        return rows.error();
    }
    QList<TicketMessage> messages;
    QHash<qint64, qsizetype> indexOf;
    while (rows.value().next()) {
        const QSqlQuery& row = rows.value();
        TicketMessage message;
        message.id = row.value(0).toLongLong();
        message.incoming = row.value(1).toString() == QLatin1String("in");
        message.channel = row.value(2).toString();
        message.sender = row.value(3).toString();
        message.subject = row.value(4).toString();
        message.body = row.value(5).toString();
        message.receivedAt = fromEpoch(row.value(6).toLongLong());
        message.authorName = row.value(7).toString();
        indexOf.insert(message.id, messages.size());
        messages << message;
    }
    auto attachments
        = m_database.run(QStringLiteral("SELECT id, message_id, file_name, mime_type, size_bytes FROM attachments "
                                        "WHERE ticket_id = ? AND message_id IS NOT NULL ORDER BY id"),
                         { ticketId });
    if (!attachments) {
        return attachments.error();
    }
    while (attachments.value().next()) {
        const QSqlQuery& row = attachments.value();
        AttachmentInfo info { row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                              row.value(3).toString(), row.value(4).toLongLong() };
        if (const auto it = indexOf.constFind(info.messageId); it != indexOf.cend()) {
            messages[*it].attachments << info;
        }
    }
    return messages;
}

Result<QList<AttachmentInfo>> TicketMessages::looseAttachments(qint64 ticketId) const
{
    auto rows = m_database.run(QStringLiteral("SELECT id, file_name, mime_type, size_bytes FROM attachments "
                                              "WHERE ticket_id = ? AND message_id IS NULL ORDER BY id"),
                               { ticketId });
    if (!rows) {
        return rows.error();
    }
    QList<AttachmentInfo> list;
    while (rows.value().next()) {
        const QSqlQuery& row = rows.value();
        list << AttachmentInfo { row.value(0).toLongLong(), 0, row.value(1).toString(), row.value(2).toString(),
                                 row.value(3).toLongLong() };
    }
    return list;
}

Result<qint64> TicketMessages::addOutgoing(qint64 ticketId, const QString& channel, const QString& body,
                                           const Actor& author) const
{
    auto inserted = m_database.run(
        QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, sender, body, received_at, author_id) "
                       "VALUES (?, 'out', ?, ?, ?, %1, ?) RETURNING id")
            .arg(m_database.nowSql()),
        { ticketId, channel, author.login, body, idOrNull(author.userId) });
    if (!inserted) {
        return inserted.error();
    }
    if (!inserted.value().next()) {
        return Error { TicketMessages::tr("the message got no id") };
    }
    return inserted->value(0).toLongLong();
}

} // namespace dd
