#include "core/billing/WorkLogRepository.h"

#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {

const QString entryColumns = QStringLiteral(
    "SELECT w.id, w.ticket_id, w.user_id, w.started_at, w.finished_at, w.note, w.created_at, w.version, "
    "t.number, u.login, u.full_name FROM work_log w JOIN tickets t ON t.id = w.ticket_id "
    "JOIN users u ON u.id = w.user_id ");

// An empty QString from trimmed() may be null, which binds as SQL NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

WorkLogRepository::WorkLogRepository(const Database& database)
    : m_database(database)
{ }

Result<WorkLogEntry> WorkLogRepository::add(const WorkLogEntry& entry) const
{
    auto user = m_database.run(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ?"), { entry.userId });
    if (!user) {
        return user.error();
    }
    if (!user.value().next() || user.value().value(0).toLongLong() == 0) {
        return Error { WorkLogRepository::tr("no user with id %1").arg(entry.userId) };
    }
    auto ticket = m_database.run(QStringLiteral("SELECT arrived_at FROM tickets WHERE id = ?"), { entry.ticketId });
    if (!ticket) {
        return ticket.error();
    }
    if (!ticket.value().next()) {
        return Error { WorkLogRepository::tr("no ticket with id %1").arg(entry.ticketId) };
    }
    // The server's clock decides what "the future" is (docs/rules.md#time), as for every stamp.
    auto now = m_database.serverNow();
    if (!now) {
        return now.error();
    }
    const QDateTime arrived = fromEpoch(ticket.value().value(0).toLongLong());
    if (auto period = checkWorkPeriod(entry.started, entry.finished, arrived, *now); !period) {
        return period.error();
    }
    // Billing splits the time by the business schedule: a year without a calendar
    // cannot be billed right.
    for (const QDateTime& instant : { entry.started, entry.finished }) {
        if (auto covered = requireCalendarYear(m_database, instant); !covered) {
            return covered.error();
        }
    }
    auto inserted = m_database.run(QStringLiteral("INSERT INTO work_log (ticket_id, user_id, started_at, finished_at, "
                                                  "note, created_at) VALUES (?, ?, ?, ?, ?, %1) RETURNING id")
                                       .arg(m_database.nowSql()),
                                   { entry.ticketId, entry.userId, toEpoch(entry.started), toEpoch(entry.finished),
                                     notNull(entry.note.trimmed()) });
    if (!inserted) {
        return inserted.error();
    }
    if (!inserted.value().next()) {
        return Error { WorkLogRepository::tr("the new work-log entry got no id") };
    }
    const qint64 id = inserted.value().value(0).toLongLong();
    auto rows = select(QStringLiteral("WHERE w.id = ?"), { id });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return Error { WorkLogRepository::tr("the new work-log entry cannot be read back") };
    }
    return rows->first();
}

Result<QList<WorkLogEntry>> WorkLogRepository::forTicket(qint64 ticketId) const
{
    return select(QStringLiteral("WHERE w.ticket_id = ?"), { ticketId });
}

Result<QList<WorkLogEntry>> WorkLogRepository::forClient(qint64 clientId, qint64 from, qint64 to) const
{
    return select(QStringLiteral("JOIN projects p ON p.id = t.project_id "
                                 "WHERE p.client_id = ? AND w.finished_at > ? AND w.started_at < ?"),
                  { clientId, from, to });
}

Status WorkLogRepository::remove(qint64 id) const
{
    auto removed = m_database.run(QStringLiteral("DELETE FROM work_log WHERE id = ?"), { id });
    if (!removed) {
        return removed.error();
    }
    if (removed.value().numRowsAffected() == 0) {
        return Error { WorkLogRepository::tr("no work-log entry with id %1").arg(id) };
    }
    return Done {};
}

Result<QList<WorkLogEntry>> WorkLogRepository::select(const QString& where, const QVariantList& values) const
{
    auto query = m_database.run(entryColumns + where + QStringLiteral(" ORDER BY w.started_at, w.id"), values);
    if (!query) {
        return query.error();
    }
    QList<WorkLogEntry> entries;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        WorkLogEntry entry;
        entry.id = rows.value(0).toLongLong();
        entry.ticketId = rows.value(1).toLongLong();
        entry.userId = rows.value(2).toLongLong();
        entry.started = fromEpoch(rows.value(3).toLongLong());
        entry.finished = fromEpoch(rows.value(4).toLongLong());
        entry.note = rows.value(5).toString();
        entry.createdAt = fromEpoch(rows.value(6).toLongLong());
        entry.version = rows.value(7).toLongLong();
        entry.ticketNumber = rows.value(8).toLongLong();
        entry.userLogin = rows.value(9).toString();
        entry.userName = rows.value(10).toString();
        entries << entry;
    }
    return entries;
}

} // namespace dd
