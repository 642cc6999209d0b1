// TicketRepository's reads of the append-only history (ticket_events).
#include "core/storage/TicketRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlInList.h"
#include "core/storage/TicketFilterSql.h"

#include <QJsonDocument>

namespace dd {

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
        const QString in = sqlInList(ids.mid(start, chunk), values);
        auto query = m_database.run(eventColumns
                                        + QStringLiteral("WHERE e.ticket_id IN (%1) ORDER BY e.ticket_id, "
                                                         "e.ticket_version, e.id")
                                              .arg(in),
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
        QString inner = QStringLiteral("SELECT t.id FROM tickets t ") + ticketFilterClause(filter, values);
        if (filter.limit > 0) {
            // The same tickets list() returns.
            inner += ticketOrderClause(filter.afterId.has_value()) + QStringLiteral(" LIMIT ?");
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
