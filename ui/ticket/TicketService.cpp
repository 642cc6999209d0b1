#include "ui/ticket/TicketService.h"

#include "core/billing/TicketFeedback.h"
#include "core/intake/IntakeStore.h"
#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>

namespace dd {

TicketService::TicketService(const Database& database, const Actor& actor)
    : m_database(database)
    , m_actor(actor)
{ }

Result<Ticket> TicketService::ticket(qint64 ticketId) const
{
    return TicketRepository(m_database).get(ticketId);
}

Result<Ticket> TicketService::file(const Ticket& draft) const
{
    return TicketRepository(m_database).add(draft, m_actor);
}

Result<Ticket> TicketService::save(const TicketChange& change, TicketConflict* conflict) const
{
    return TicketRepository(m_database).update(change, m_actor, conflict);
}

Result<Ticket> TicketService::rate(qint64 ticketId, int rating, const QString& comment) const
{
    // A rating is an event, not a change of the ticket's fields: no version check.
    if (auto rated = TicketFeedback(m_database).rate(ticketId, rating, QStringLiteral("engineer"), m_actor, comment);
        !rated) {
        return rated.error();
    }
    return ticket(ticketId);
}

Result<QList<TicketEventRecord>> TicketService::history(qint64 ticketId) const
{
    return TicketRepository(m_database).events(ticketId);
}

Result<TicketEventText::PeopleNames> TicketService::peopleNames() const
{
    auto users = UserRepository(m_database).all();
    if (!users) {
        return users.error();
    }
    TicketEventText::PeopleNames names;
    for (const User& user : *users) {
        names.insert(user.login, user.displayName());
    }
    return names;
}

Result<QList<ConversationEntry>> TicketService::conversation(qint64 ticketId) const
{
    return TicketConversation(m_database).of(ticketId);
}

Result<QList<AttachmentInfo>> TicketService::looseAttachments(qint64 ticketId) const
{
    return TicketMessages(m_database).looseAttachments(ticketId);
}

Result<QByteArray> TicketService::attachmentContent(qint64 attachmentId) const
{
    auto content
        = m_database.runScalar(QStringLiteral("SELECT content FROM attachments WHERE id = ?"), { attachmentId });
    if (!content) {
        return content.error();
    }
    if (content->isNull()) {
        return Error { TicketService::tr("attachment %1 has no stored content").arg(attachmentId) };
    }
    return content->toByteArray();
}

Result<QByteArray> TicketService::originalMail(qint64 ticketId, qint64 messageRowId) const
{
    return IntakeStore(m_database).rawMessage(ticketId, messageRowId);
}

Result<ReplySent> TicketService::reply(const ReplyDraft& draft) const
{
    return TicketReplies(m_database).reply(draft, m_actor);
}

Result<Ticket> TicketService::note(qint64 ticketId, const QString& text) const
{
    return TicketReplies(m_database).note(ticketId, text, m_actor);
}

Result<Ticket> TicketService::clientMessage(qint64 ticketId, Channel channel, const QString& text,
                                            const QDateTime& arrived) const
{
    return TicketReplies(m_database).clientMessage(ticketId, channel, text, arrived, m_actor);
}

Status TicketService::retryMail(qint64 mailId) const
{
    return TicketReplies(m_database).retry(mailId);
}

Result<QList<ReplyTemplate>> TicketService::templates() const
{
    return ReplyTemplates(m_database).all();
}

Result<ReplyTemplate> TicketService::addTemplate(const QString& title, const QString& body) const
{
    return ReplyTemplates(m_database).add(title, body, m_actor);
}

Result<ReplyTemplate> TicketService::editTemplate(qint64 id, qint64 expectedVersion, const QString& title,
                                                  const QString& body) const
{
    return ReplyTemplates(m_database).edit(id, expectedVersion, title, body, m_actor);
}

Result<TemplateValues> TicketService::templateValues(qint64 ticketId) const
{
    auto target = TicketConversation(m_database).replyTarget(ticketId);
    if (!target) {
        return target.error();
    }
    return TemplateValues { target->clientName, target->number, m_actor.displayName() };
}

} // namespace dd
