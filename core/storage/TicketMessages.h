#pragma once

#include "core/domain/Actor.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

class Database;

struct AttachmentInfo
{
    qint64 id = 0;
    qint64 messageId = 0; // 0 = attached to the ticket itself
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
};

struct TicketMessage
{
    qint64 id = 0;
    bool incoming = true;
    QString channel;
    QString sender;
    QString subject;
    QString body;
    QDateTime receivedAt; // UTC
    QString authorName; // who wrote an outgoing one
    QList<AttachmentInfo> attachments;
};

// The correspondence of a ticket (docs/rules.md#tickets: messages and screenshots) as the console
// shows it, and the engineer's reply, which also stops the reaction clock.
class TicketMessages
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketMessages)

public:
    explicit TicketMessages(const Database& database);

    // Oldest first, each with its attachments; attachments without a message last.
    Result<QList<TicketMessage>> of(qint64 ticketId) const;
    Result<QList<AttachmentInfo>> looseAttachments(qint64 ticketId) const;
    // Stores an outgoing message at the server's time; returns its id.
    Result<qint64> addOutgoing(qint64 ticketId, const QString& channel, const QString& body, const Actor& author) const;

private:
    const Database& m_database;
};

} // namespace dd
