#pragma once

#include "core/domain/Actor.h"
#include "core/storage/TicketMessages.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

class Database;

// One mail queued for the relay and how far it got (outgoing_mail).
struct MailDelivery
{
    qint64 id = 0;
    QString recipient;
    QString status; // queued, sent, failed
    int attempts = 0;
    QString lastError;
    QDateTime sentAt; // UTC; invalid until sent
};

// One entry of a ticket's conversation, oldest first (docs/rules.md#tickets).
struct ConversationEntry
{
    enum class Kind { ClientMessage, Reply, Acknowledgment, Note };
    Kind kind = Kind::ClientMessage;
    qint64 messageRowId = 0; // 0 for a note
    QString channel;
    QString sender; // a client's address; empty for phone and messenger messages
    QString author; // who wrote a reply or a note
    QString subject;
    QString text;
    QString context; // for a note typed with an action: the action, in words
    QDateTime at; // UTC
    qint64 ticketVersion = 0; // of the history event that recorded it, when known: orders entries of one second
    QList<AttachmentInfo> attachments;
    QList<MailDelivery> deliveries;
};

// Where a reply to a ticket goes (issue 15): the sender of the client's last mail,
// else the client's official address.
struct ReplyTarget
{
    qint64 ticketId = 0;
    qint64 number = 0;
    QString subject;
    QString clientName;
    QString recipient; // empty: the client has no address
    QString inReplyTo; // the client's last mail's Message-ID; empty for none
    QStringList references;
};

struct OutgoingMessage
{
    qint64 ticketId = 0;
    QString channel;
    QString messageId;
    QString sender;
    QString recipient;
    QString subject;
    QString body;
};

// The conversation of a ticket as the pane and `ticket show` present it: the messages,
// the replies with their delivery state, and every text people typed into the history
// (notes, and the comments given with an action). Writes join the caller's transaction.
class TicketConversation
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketConversation)

public:
    explicit TicketConversation(const Database& database);

    Result<QList<ConversationEntry>> of(qint64 ticketId) const;
    Result<ReplyTarget> replyTarget(qint64 ticketId) const;
    // The support mailbox replies are sent from: the one the intake records, else the
    // sender of its latest mail; empty before the intake sent anything.
    Result<QString> supportAddress() const;

    Result<qint64> addOutgoing(const OutgoingMessage& message, const Actor& author) const;
    // A client's message taken by phone or a messenger; returns its row id.
    Result<qint64> addIncoming(qint64 ticketId, const QString& channel, const QString& text,
                               const QDateTime& arrived) const;
    Status addAttachment(qint64 messageRowId, qint64 ticketId, const QString& fileName, const QString& mimeType,
                         const QByteArray& content) const;
    // Puts a failed mail back in the queue, due now; an error if it is not failed.
    Status retryMail(qint64 mailId) const;

private:
    Result<QHash<qint64, QList<MailDelivery>>> deliveries(qint64 ticketId) const;

    const Database& m_database;
};

} // namespace dd
