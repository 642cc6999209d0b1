// TicketRepository's writes other than update(): a new ticket, an event that changes no
// field, a client's message, and the history row every write appends.
#include "core/storage/TicketRepository.h"

#include "core/domain/PageUrl.h"
#include "core/domain/TicketEventRecord.h"
#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dd {

Status TicketRepository::appendEvent(qint64 ticketId, qint64 ticketVersion, const QString& type, const QVariant& at,
                                     const QJsonObject& data, const Actor& actor) const
{
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    if (m_database.isPostgres()) {
        // The server writes history itself and stamps who and when from the login
        // (ServerIdentityMigration); `actor` counts only for the owner, and on SQLite.
        auto appended = m_database.runScalar(
            QStringLiteral("SELECT dutydesk_append_event(?, ?, ?, ?, ?, ?, ?)"),
            { ticketId, at, type, json, ticketVersion, idOrNull(actor.userId), textOrEmpty(actor.login) });
        return appended ? Status(Done {}) : Status(appended.error());
    }
    const QString now = m_database.nowSql();
    auto inserted = m_database.runScalar(
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, recorded_at, actor_id, actor, type, data, "
                       "ticket_version) VALUES (?, COALESCE(?, %1), %1, ?, ?, ?, ?, ?)")
            .arg(now),
        { ticketId, at, idOrNull(actor.userId), textOrEmpty(actor.login), type, json, ticketVersion });
    if (!inserted) {
        return inserted.error();
    }
    return Done {};
}

Status TicketRepository::checkNew(const Ticket& draft) const
{
    if (draft.subject.trimmed().isEmpty()) {
        return Error { TicketRepository::tr("a ticket needs a subject") };
    }
    if (!isLevelSlug(draft.level)) {
        return Error {
            TicketRepository::tr("unknown level “%1” (%2)").arg(draft.level, allLevelSlugs().join(QStringLiteral(", ")))
        };
    }
    if (!draft.arrived.isValid()) {
        return Error { TicketRepository::tr("a ticket needs its arrival time") };
    }
    if (!draft.pageUrl.trimmed().isEmpty() && !isPageUrl(draft.pageUrl)) {
        return Error { TicketRepository::tr("“%1” is not a page address (http:// or https://)").arg(draft.pageUrl) };
    }
    return requireCalendarYear(m_database, draft.arrived);
}

QJsonObject TicketRepository::arrivalData(const Ticket& draft)
{
    return { { QStringLiteral("channel"), toSlug(draft.channel) },
             { QStringLiteral("level"), draft.level },
             { QStringLiteral("category"), draft.category },
             { QStringLiteral("subject"), draft.subject.trimmed() } };
}

Result<Ticket> TicketRepository::add(const Ticket& draft, const Actor& actor) const
{
    if (auto checked = checkNew(draft); !checked) {
        return checked.error();
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    // The counter row serialises numbering across desktops (a row lock on PostgreSQL,
    // the write lock on SQLite), so numbers never collide.
    auto number = m_database.runScalar(
        QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'ticket-number' RETURNING value"));
    if (!number) {
        return number.error();
    }
    if (number->isNull()) {
        return Error { TicketRepository::tr("the ticket counter is missing") };
    }
    const qint64 ticketNumber = number->toLongLong();
    const QString now = m_database.nowSql();
    auto inserted = m_database.runScalar(
        QStringLiteral("INSERT INTO tickets (number, project_id, subject, description, steps_to_reproduce, page_url, "
                       "channel, arrived_at, category, level, status, assignee_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, %1, %1) RETURNING id")
            .arg(now),
        { ticketNumber, draft.projectId, draft.subject.trimmed(), textOrEmpty(draft.description),
          textOrEmpty(draft.stepsToReproduce), textOrEmpty(draft.pageUrl), toSlug(draft.channel),
          toEpoch(draft.arrived), textOrEmpty(draft.category), draft.level, idOrNull(draft.assigneeId) });
    if (!inserted) {
        return inserted.error();
    }
    if (inserted->isNull()) {
        return Error { TicketRepository::tr("the new ticket got no id") };
    }
    const qint64 id = inserted->toLongLong();
    if (auto done = appendEvent(id, 1, ticket_event::arrived, toEpoch(draft.arrived), arrivalData(draft), actor);
        !done) {
        return done.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return get(id);
}

Result<Ticket> TicketRepository::recordEvent(qint64 ticketId, const QString& type, const QDateTime& at,
                                             const QJsonObject& data, const Actor& actor) const
{
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto bumped = m_database.runScalar(QStringLiteral("UPDATE tickets SET version = version + 1, updated_at = %1 "
                                                      "WHERE id = ? RETURNING version")
                                           .arg(m_database.nowSql()),
                                       { ticketId });
    if (!bumped) {
        return bumped.error();
    }
    if (bumped->isNull()) {
        return Error { TicketRepository::tr("there is no ticket with id %1").arg(ticketId) };
    }
    const qint64 version = bumped->toLongLong();
    if (auto done = appendEvent(ticketId, version, type, epochOrNull(at), data, actor); !done) {
        return done.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return get(ticketId);
}

Result<Ticket> TicketRepository::recordClientMessage(qint64 ticketId, const QDateTime& at, const QJsonObject& data,
                                                     const Actor& actor) const
{
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto recorded = recordEvent(ticketId, ticket_event::clientMessage, at, data, actor);
    if (!recorded) {
        return recorded.error();
    }
    // The client answered a waiting ticket: the wait is over, the ticket is back in work
    // and a reaction is owed from the message's arrival (docs/rules.md#clocks).
    if (recorded->status == TicketStatus::Waiting) {
        // A change of its own: a new version with its own history event.
        auto resumed = m_database.runScalar(
            QStringLiteral("UPDATE tickets SET status = 'registered', waiting_reason = NULL, version = version + 1, "
                           "updated_at = %1 WHERE id = ? RETURNING version")
                .arg(m_database.nowSql()),
            { ticketId });
        if (!resumed) {
            return resumed.error();
        }
        const QJsonObject why { { QStringLiteral("from"), toSlug(TicketStatus::Waiting) },
                                { QStringLiteral("to"), toSlug(TicketStatus::Registered) },
                                { QStringLiteral("reason"), QStringLiteral("client-answered") } };
        if (auto done
            = appendEvent(ticketId, resumed->toLongLong(), ticket_event::waitingEnded, epochOrNull(at), why, actor);
            !done) {
            return done.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return get(ticketId);
}

} // namespace dd
