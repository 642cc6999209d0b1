// TicketRepository's ticket reads. The writes are in TicketRepositoryWrites.cpp and
// TicketRepositoryUpdate.cpp, the history reads in TicketRepositoryHistory.cpp.
#include "core/storage/TicketRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlInList.h"
#include "core/storage/TicketFilterSql.h"

#include <QCoreApplication>

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

} // namespace

TicketRepository::TicketRepository(const Database& database)
    : m_database(database)
{ }

Result<QList<Ticket>> TicketRepository::select(const QString& where, const QVariantList& values, int limit,
                                               bool byId) const
{
    QString sql = ticketColumns + where + ticketOrderClause(byId);
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
        const QString in = sqlInList(part, values);
        auto selected = select(QStringLiteral("WHERE t.id IN (%1)").arg(in), values);
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
    const QString where = ticketFilterClause(filter, values);
    return select(where, values, filter.limit, filter.afterId.has_value());
}

} // namespace dd
