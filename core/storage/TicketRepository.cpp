#include "core/storage/TicketRepository.h"

#include "core/domain/PageUrl.h"
#include "core/domain/TicketEventText.h"
#include "core/domain/TicketFlow.h"
#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/TicketDetails.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dd {

namespace {

const QString ticketColumns = QStringLiteral(
    "SELECT t.id, t.number, t.version, t.project_id, t.subject, t.description, t.steps_to_reproduce, t.page_url, "
    "t.channel, t.arrived_at, t.category, t.level, t.status, t.waiting_reason, t.assignee_id, t.escalated, t.rating, "
    "t.created_at, t.updated_at, p.code, p.name, p.tariff, u.login, u.full_name, tf.name, p.short_name "
    "FROM tickets t JOIN projects p ON p.id = t.project_id LEFT JOIN users u ON u.id = t.assignee_id "
    "LEFT JOIN tariffs tf ON tf.code = p.tariff ");

Ticket ticketFromRow(const QSqlQuery& row)
{
    Ticket ticket;
    ticket.id = row.value(0).toLongLong();
    ticket.number = row.value(1).toLongLong();
    ticket.version = row.value(2).toLongLong();
    ticket.projectId = row.value(3).toLongLong();
    ticket.subject = row.value(4).toString();
    ticket.description = row.value(5).toString();
    ticket.stepsToReproduce = row.value(6).toString();
    ticket.pageUrl = row.value(7).toString();
    ticket.channel = channelFromSlug(row.value(8).toString()).value_or(Channel::Email);
    ticket.arrived = fromEpoch(row.value(9).toLongLong());
    ticket.category = row.value(10).toString();
    ticket.level = row.value(11).toString();
    ticket.status = ticketStatusFromSlug(row.value(12).toString()).value_or(TicketStatus::New);
    if (!row.value(13).isNull()) {
        ticket.waitingReason = waitingReasonFromSlug(row.value(13).toString());
    }
    ticket.assigneeId = row.value(14).toLongLong();
    ticket.escalated = row.value(15).toInt() != 0;
    ticket.rating = row.value(16).toInt();
    ticket.createdAt = fromEpoch(row.value(17).toLongLong());
    ticket.updatedAt = fromEpoch(row.value(18).toLongLong());
    ticket.projectCode = row.value(19).toString();
    ticket.projectName = row.value(20).toString();
    ticket.tariff = row.value(21).toString();
    ticket.assigneeLogin = row.value(22).toString();
    ticket.assigneeName = row.value(23).toString();
    ticket.tariffName = row.value(24).toString();
    ticket.projectShortName = row.value(25).toString();
    return ticket;
}

// The WHERE clause of a filter over `tickets t`, with its values.
QString filterClause(const TicketFilter& filter, QVariantList& values)
{
    QStringList conditions;
    if (filter.projectId > 0) {
        conditions << QStringLiteral("t.project_id = ?");
        values << filter.projectId;
    }
    if (filter.status) {
        conditions << QStringLiteral("t.status = ?");
        values << toSlug(*filter.status);
    }
    if (!filter.level.isEmpty()) {
        conditions << QStringLiteral("t.level = ?");
        values << filter.level;
    }
    if (filter.open) {
        conditions << QStringLiteral("t.status %1 ('new', 'registered', 'waiting', 'reopened')")
                          .arg(*filter.open ? QLatin1String("IN") : QLatin1String("NOT IN"));
    }
    if (filter.escalatedOnly) {
        conditions << QStringLiteral("t.escalated <> 0"); // the partial index tickets_escalated
    }
    if (filter.afterId) {
        conditions << QStringLiteral("t.id > ?");
        values << *filter.afterId;
    }
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        conditions << QStringLiteral("t.id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QJsonValue jsonOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

TicketRepository::TicketRepository(const Database& database)
    : m_database(database)
{ }

Result<QList<Ticket>> TicketRepository::select(const QString& where, const QVariantList& values, int limit,
                                               bool byId) const
{
    QString sql = ticketColumns + where
        + (byId ? QStringLiteral(" ORDER BY t.id") : QStringLiteral(" ORDER BY t.arrived_at, t.id"));
    QVariantList bound = values;
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        bound << limit;
    }
    // A kept statement: the mail intake reads each ticket it files back.
    QList<Ticket> tickets;
    auto done = m_database.forEachRow(sql, bound, [&tickets](const QSqlQuery& row) { tickets << ticketFromRow(row); });
    if (!done) {
        return done.error();
    }
    return tickets;
}

Result<Ticket> TicketRepository::get(qint64 id) const
{
    auto tickets = select(QStringLiteral("WHERE t.id = ?"), { id });
    if (!tickets) {
        return tickets.error();
    }
    if (tickets->isEmpty()) {
        return Error { TicketRepository::tr("there is no ticket with id %1").arg(id) };
    }
    return tickets->first();
}

Result<std::optional<Ticket>> TicketRepository::findByNumber(qint64 number) const
{
    auto tickets = select(QStringLiteral("WHERE t.number = ?"), { number });
    if (!tickets) {
        return tickets.error();
    }
    return tickets->isEmpty() ? std::optional<Ticket>() : std::optional<Ticket>(tickets->first());
}

Result<QList<Ticket>> TicketRepository::byIds(const QList<qint64>& ids) const
{
    // In chunks: SQLite binds at most 32766 values, and a short IN list plans well.
    constexpr int chunk = 500;
    QList<Ticket> tickets;
    for (int start = 0; start < ids.size(); start += chunk) {
        const QList<qint64> part = ids.mid(start, chunk);
        QVariantList values;
        QStringList marks;
        for (qint64 id : part) {
            values << id;
            marks << QStringLiteral("?");
        }
        auto selected = select(QStringLiteral("WHERE t.id IN (%1)").arg(marks.join(QLatin1Char(','))), values);
        if (!selected) {
            return selected.error();
        }
        tickets << *selected;
    }
    return tickets;
}

Result<QList<Ticket>> TicketRepository::list(const TicketFilter& filter) const
{
    QVariantList values;
    const QString where = filterClause(filter, values);
    return select(where, values, filter.limit, filter.afterId.has_value());
}

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

Result<Ticket> TicketRepository::update(const TicketChange& change, const Actor& actor, TicketConflict* conflict) const
{
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto read = get(change.ticketId);
    if (!read) {
        return read.error();
    }
    const Ticket& current = *read;
    if (change.expectedVersion > current.version || change.expectedVersion < 1) {
        return Error { TicketRepository::tr("ticket #%1 is at version %2; there is no version %3")
                           .arg(current.number)
                           .arg(current.version)
                           .arg(change.expectedVersion) };
    }
    if (current.version != change.expectedVersion) {
        // Nothing was written; ending the read cannot lose data, and the conflict is what the user must hear.
        static_cast<void>(transaction.commit());
        return conflictError(change, conflict);
    }

    // What changes, and the history rows that record it.
    QStringList assignments;
    QVariantList values;
    QList<std::pair<QString, QJsonObject>> events;
    if (change.status || change.waitingReason) {
        const TicketStatus target = change.status.value_or(current.status);
        if (auto allowed = TicketFlow::checkTransition(current.status, target, change.waitingReason); !allowed) {
            return Error { TicketRepository::tr("ticket #%1: %2").arg(current.number).arg(allowed.error().message) };
        }
        assignments << QStringLiteral("status = ?") << QStringLiteral("waiting_reason = ?");
        values << toSlug(target)
               << (change.waitingReason ? QVariant(toSlug(*change.waitingReason))
                                        : QVariant(QMetaType::fromType<QString>()));
        QJsonObject data { { QStringLiteral("from"), toSlug(current.status) },
                           { QStringLiteral("to"), toSlug(target) } };
        if (change.waitingReason) {
            data.insert(QStringLiteral("reason"), toSlug(*change.waitingReason));
        }
        if (current.waitingReason) {
            data.insert(QStringLiteral("previousReason"), toSlug(*current.waitingReason));
        }
        for (const QString& type : TicketFlow::eventTypes(current.status, target)) {
            events.append({ type, data });
        }
    }
    if (change.level && *change.level != current.level) {
        if (!isLevelSlug(*change.level)) {
            return Error { TicketRepository::tr("unknown level “%1” (%2)")
                               .arg(*change.level, allLevelSlugs().join(QStringLiteral(", "))) };
        }
        assignments << QStringLiteral("level = ?");
        values << *change.level;
        events.append({ ticket_event::levelChanged,
                        { { QStringLiteral("from"), current.level }, { QStringLiteral("to"), *change.level } } });
    }
    if (change.assigneeId && *change.assigneeId != current.assigneeId) {
        assignments << QStringLiteral("assignee_id = ?");
        values << idOrNull(*change.assigneeId);
        QString toLogin;
        if (*change.assigneeId > 0) {
            auto login = m_database.run(QStringLiteral("SELECT login FROM users WHERE id = ?"), { *change.assigneeId });
            if (!login) {
                return login.error();
            }
            if (!login.value().next()) {
                return Error { TicketRepository::tr("there is no user with id %1").arg(*change.assigneeId) };
            }
            toLogin = login.value().value(0).toString();
        }
        events.append({ ticket_event::assigned,
                        { { QStringLiteral("from"), jsonOrNull(current.assigneeLogin) },
                          { QStringLiteral("to"), jsonOrNull(toLogin) },
                          { QStringLiteral("fromId"), current.assigneeId },
                          { QStringLiteral("toId"), *change.assigneeId } } });
    }
    if (change.category && *change.category != current.category) {
        assignments << QStringLiteral("category = ?");
        values << textOrEmpty(*change.category);
        events.append({ ticket_event::categoryChanged,
                        { { QStringLiteral("from"), current.category }, { QStringLiteral("to"), *change.category } } });
    }
    if (change.escalated && *change.escalated != current.escalated) {
        assignments << QStringLiteral("escalated = ?");
        values << (*change.escalated ? 1 : 0);
        events.append({ ticket_event::escalated, { { QStringLiteral("escalated"), *change.escalated } } });
    }
    if (auto details = detailChanges(change, current, assignments, values, events); !details) {
        return details.error();
    }
    if (!change.comment.isEmpty()) {
        events.append({ ticket_event::comment, { { QStringLiteral("text"), change.comment } } });
    }
    if (events.isEmpty()) {
        return Error { TicketRepository::tr("ticket #%1: nothing to change").arg(current.number) };
    }

    // The version check and the write are one statement: whoever commits first wins,
    // the other matches no row (PostgreSQL re-checks the WHERE after the row lock).
    assignments << QStringLiteral("version = version + 1")
                << QStringLiteral("updated_at = %1").arg(m_database.nowSql());
    values << change.ticketId << change.expectedVersion;
    auto updated = m_database.run(QStringLiteral("UPDATE tickets SET %1 WHERE id = ? AND version = ?")
                                      .arg(assignments.join(QStringLiteral(", "))),
                                  values);
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        // No row matched, nothing was written: the conflict is the news, not how the empty transaction ended.
        static_cast<void>(transaction.commit());
        return conflictError(change, conflict);
    }
    const qint64 newVersion = change.expectedVersion + 1;
    for (const auto& [type, data] : events) {
        if (auto done
            = appendEvent(change.ticketId, newVersion, type, QVariant(QMetaType::fromType<qint64>()), data, actor);
            !done) {
            return done.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return get(change.ticketId);
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

Error TicketRepository::conflictError(const TicketChange& change, TicketConflict* conflict) const
{
    // Read after the refused write's transaction ended, so the winner's rows are visible.
    auto current = get(change.ticketId);
    if (!current) {
        return current.error();
    }
    auto newer = events(change.ticketId, change.expectedVersion);
    if (!newer) {
        return newer.error();
    }
    const QString message = TicketEventText::conflictMessage(current->number, *newer);
    if (conflict) {
        *conflict = TicketConflict { change.ticketId,  current->number, change.expectedVersion,
                                     current->version, *newer,          message };
    }
    return Error { message };
}

namespace {

const QString eventColumns = QStringLiteral(
    "SELECT e.id, e.ticket_id, e.at, e.recorded_at, e.actor_id, e.actor, e.type, e.data, e.ticket_version, "
    "u.full_name FROM ticket_events e LEFT JOIN users u ON u.id = e.actor_id ");

TicketEventRecord eventFromRow(const QSqlQuery& row)
{
    TicketEventRecord event;
    event.id = row.value(0).toLongLong();
    event.ticketId = row.value(1).toLongLong();
    event.at = fromEpoch(row.value(2).toLongLong());
    event.recordedAt = fromEpoch(row.value(3).toLongLong());
    event.actorId = row.value(4).toLongLong();
    event.actor = row.value(5).toString();
    event.type = row.value(6).toString();
    event.data = QJsonDocument::fromJson(row.value(7).toString().toUtf8()).object();
    event.ticketVersion = row.value(8).toLongLong();
    event.actorName = row.value(9).toString();
    return event;
}

} // namespace

Result<QList<TicketEventRecord>> TicketRepository::events(qint64 ticketId, qint64 afterVersion) const
{
    auto query = m_database.run(eventColumns
                                    + QStringLiteral("WHERE e.ticket_id = ? AND e.ticket_version > ? "
                                                     "ORDER BY e.ticket_version, e.id"),
                                { ticketId, afterVersion });
    if (!query) {
        return query.error();
    }
    QList<TicketEventRecord> events;
    while (query.value().next()) {
        events << eventFromRow(query.value());
    }
    return events;
}

Result<QHash<qint64, QList<TicketEventRecord>>> TicketRepository::eventsOfIds(const QList<qint64>& ids) const
{
    constexpr int chunk = 500; // as in byIds
    QHash<qint64, QList<TicketEventRecord>> byTicket;
    for (int start = 0; start < ids.size(); start += chunk) {
        QVariantList values;
        QStringList marks;
        for (qint64 id : ids.mid(start, chunk)) {
            values << id;
            marks << QStringLiteral("?");
        }
        auto query = m_database.run(eventColumns
                                        + QStringLiteral("WHERE e.ticket_id IN (%1) ORDER BY e.ticket_id, "
                                                         "e.ticket_version, e.id")
                                              .arg(marks.join(QLatin1Char(','))),
                                    values);
        if (!query) {
            return query.error();
        }
        while (query.value().next()) {
            TicketEventRecord event = eventFromRow(query.value());
            byTicket[event.ticketId] << std::move(event);
        }
    }
    return byTicket;
}

Result<QHash<qint64, QList<TicketEventRecord>>> TicketRepository::eventsOf(const TicketFilter& filter,
                                                                           const QString& type) const
{
    QVariantList values;
    QString sql = eventColumns;
    QStringList conditions;
    if (!type.isEmpty()) {
        conditions << QStringLiteral("e.type = ?");
        values << type;
    }
    if (filter.projectId > 0 || filter.status || !filter.level.isEmpty() || filter.open || filter.escalatedOnly
        || filter.afterId || !filter.ids.isEmpty() || filter.limit > 0) {
        QString inner = QStringLiteral("SELECT t.id FROM tickets t ") + filterClause(filter, values);
        if (filter.limit > 0) {
            // The same tickets list() returns.
            inner += filter.afterId ? QStringLiteral(" ORDER BY t.id LIMIT ?")
                                    : QStringLiteral(" ORDER BY t.arrived_at, t.id LIMIT ?");
            values << filter.limit;
        }
        conditions << QStringLiteral("e.ticket_id IN (%1)").arg(inner);
    }
    if (!conditions.isEmpty()) {
        sql += QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + u' ';
    }
    sql += QStringLiteral("ORDER BY e.ticket_id, e.ticket_version, e.id");
    auto query = m_database.prepare(sql);
    if (!query) {
        return query.error();
    }
    QSqlQuery& rows = query.value();
    rows.setForwardOnly(true);
    if (auto done = Database::exec(rows, values); !done) {
        return done.error();
    }
    QHash<qint64, QList<TicketEventRecord>> byTicket;
    while (rows.next()) {
        TicketEventRecord event = eventFromRow(rows);
        byTicket[event.ticketId] << std::move(event);
    }
    return byTicket;
}

} // namespace dd
