#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Ticket.h"
#include "core/domain/TicketEventRecord.h"
#include "core/domain/TicketEventText.h"
#include "core/intake/TicketReplies.h"
#include "core/storage/ReplyTemplates.h"
#include "core/storage/TicketConversation.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Result.h"

namespace dd {

class Database;

// Everything the ticket pane, its actions and dialogs read and write, in one object the
// widgets receive (issue 16: no widget constructs a repository). It holds the console's
// connection and user; each call is one core operation with its own transaction.
class TicketService
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketService)

public:
    TicketService(const Database& database, const Actor& actor);

    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor) { m_actor = actor; }
    const Database& database() const { return m_database; }

    Result<Ticket> ticket(qint64 ticketId) const;
    Result<Ticket> file(const Ticket& draft) const;
    // Versioned: a stale `expectedVersion` is refused and `conflict` says who changed what.
    Result<Ticket> save(const TicketChange& change, TicketConflict* conflict) const;
    Result<Ticket> rate(qint64 ticketId, int rating, const QString& comment) const;

    Result<QList<TicketEventRecord>> history(qint64 ticketId) const;
    // The database's users by login, for naming people in the history.
    Result<TicketEventText::PeopleNames> peopleNames() const;
    Result<QList<ConversationEntry>> conversation(qint64 ticketId) const;
    Result<QList<AttachmentInfo>> looseAttachments(qint64 ticketId) const;
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;
    Result<QByteArray> originalMail(qint64 ticketId, qint64 messageRowId) const;

    Result<ReplySent> reply(const ReplyDraft& draft) const;
    Result<Ticket> note(qint64 ticketId, const QString& text) const;
    Result<Ticket> clientMessage(qint64 ticketId, Channel channel, const QString& text, const QDateTime& arrived) const;
    Status retryMail(qint64 mailId) const;
    Result<QList<ReplyTemplate>> templates() const;
    // Managers only (ReplyTemplates refuses others); versioned like tickets.
    Result<ReplyTemplate> addTemplate(const QString& title, const QString& body) const;
    Result<ReplyTemplate> editTemplate(qint64 id, qint64 expectedVersion, const QString& title,
                                       const QString& body) const;
    // What a template's placeholders stand for on this ticket, for the console's user.
    Result<TemplateValues> templateValues(qint64 ticketId) const;

private:
    const Database& m_database;
    Actor m_actor;
};

} // namespace dd
