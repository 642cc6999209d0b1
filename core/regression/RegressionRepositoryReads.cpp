// RegressionRepository's reads: runs with their items and attachments, and the schedule
// (RegressionRepository.cpp keeps the writes).
#include "core/regression/RegressionRepository.h"

#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/SqlInList.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

namespace dd {

namespace {

const QString runColumns = QStringLiteral(
    "r.id, r.kind, r.status, r.project_id, r.ticket_id, r.tester_id, r.due_date, r.started_at, r.finished_at, "
    "r.summary, r.version, p.code, p.name, u.login, u.full_name, t.number FROM test_runs r "
    "JOIN projects p ON p.id = r.project_id LEFT JOIN users u ON u.id = r.tester_id "
    "LEFT JOIN tickets t ON t.id = r.ticket_id ");

QDateTime instantOrNull(const QVariant& value)
{
    return value.isNull() ? QDateTime() : fromEpoch(value.toLongLong());
}

// Runs `sql` and hands each row to `visit`. Not Database::forEachRow: these IN lists
// vary in length, and a kept statement per length would only pile up.
Status forEachRowOf(const Database& database, const QString& sql, const QVariantList& values,
                    const std::function<void(const QSqlQuery&)>& visit)
{
    auto rows = database.run(sql, values);
    if (!rows) {
        return rows.error();
    }
    while (rows.value().next()) {
        visit(rows.value());
    }
    return Done {};
}

RegressionRunItem itemFromRow(const QSqlQuery& row)
{
    RegressionRunItem item;
    item.id = row.value(0).toLongLong();
    item.runId = row.value(1).toLongLong();
    item.position = row.value(2).toInt();
    item.slug = row.value(3).toString();
    item.title = row.value(4).toString();
    item.result = itemResultFromSlug(row.value(5).toString()).value_or(ItemResult::Pending);
    item.note = row.value(6).toString();
    item.recordedAt = instantOrNull(row.value(7));
    item.ticketId = row.value(8).toLongLong();
    item.ticketNumber = row.value(9).toLongLong();
    return item;
}

RegressionAttachment attachmentFromRow(const QSqlQuery& row)
{
    return { .id = row.value(0).toLongLong(),
             .itemId = row.value(1).toLongLong(),
             .fileName = row.value(2).toString(),
             .mimeType = row.value(3).toString(),
             .data = {} };
}

} // namespace

Result<QList<RegressionRun>> RegressionRepository::select(const QString& where, const QVariantList& values) const
{
    auto query = m_database.run(QStringLiteral("SELECT ") + runColumns + where + QStringLiteral(" ORDER BY r.id DESC"),
                                values);
    if (!query) {
        return query.error();
    }
    QList<RegressionRun> runs;
    QSqlQuery& q = query.value();
    while (q.next()) {
        RegressionRun run;
        run.id = q.value(0).toLongLong();
        run.kind = runKindFromSlug(q.value(1).toString()).value_or(RunKind::Regression);
        run.status = runStatusFromSlug(q.value(2).toString()).value_or(RunStatus::InProgress);
        run.projectId = q.value(3).toLongLong();
        run.ticketId = q.value(4).toLongLong();
        run.testerId = q.value(5).toLongLong();
        run.dueDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        run.startedAt = instantOrNull(q.value(7));
        run.finishedAt = instantOrNull(q.value(8));
        run.summary = q.value(9).toString();
        run.version = q.value(10).toLongLong();
        run.projectCode = q.value(11).toString();
        run.projectName = q.value(12).toString();
        run.testerLogin = q.value(13).toString();
        run.testerName = q.value(14).toString().isEmpty() ? run.testerLogin : q.value(14).toString();
        run.ticketNumber = q.value(15).toLongLong();
        runs.append(run);
    }
    if (Status loaded = loadItems(runs); !loaded) {
        return loaded.error();
    }
    return runs;
}

Status RegressionRepository::loadItems(QList<RegressionRun>& runs) const
{
    if (runs.isEmpty()) {
        return Done {};
    }
    QHash<qint64, RegressionRun*> byId;
    QList<qint64> runIds;
    for (RegressionRun& run : runs) {
        byId.insert(run.id, &run);
        runIds << run.id;
    }
    QVariantList ids;
    const QString in = sqlInList(runIds, ids);
    QHash<qint64, QPair<qint64, int>> itemIndex; // item id → (run id, index)
    Status items = forEachRowOf(
        m_database,
        QStringLiteral("SELECT i.id, i.run_id, i.position, i.slug, i.title, i.result, i.note, i.recorded_at, "
                       "i.ticket_id, t.number FROM test_run_items i LEFT JOIN tickets t ON t.id = i.ticket_id "
                       "WHERE i.run_id IN (%1) ORDER BY i.run_id, i.position")
            .arg(in),
        ids, [&byId, &itemIndex](const QSqlQuery& row) {
            RegressionRunItem item = itemFromRow(row);
            RegressionRun* run = byId.value(item.runId);
            itemIndex.insert(item.id, { item.runId, int(run->items.size()) });
            run->items.append(item);
        });
    if (!items) {
        return items;
    }
    return forEachRowOf(m_database,
                        QStringLiteral("SELECT a.id, a.item_id, a.file_name, a.mime_type FROM test_attachments a "
                                       "JOIN test_run_items i ON i.id = a.item_id WHERE i.run_id IN (%1) ORDER BY a.id")
                            .arg(in),
                        ids, [&byId, &itemIndex](const QSqlQuery& row) {
                            const RegressionAttachment attachment = attachmentFromRow(row);
                            const auto [runId, index] = itemIndex.value(attachment.itemId);
                            byId.value(runId)->items[index].attachments.append(attachment);
                        });
}

Result<QList<RegressionRun>> RegressionRepository::runs(const RunFilter& filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.projectId != 0) {
        conditions << QStringLiteral("r.project_id = ?");
        values << filter.projectId;
    }
    if (filter.testerId != 0) {
        conditions << QStringLiteral("r.tester_id = ?");
        values << filter.testerId;
    }
    if (filter.ticketId != 0) {
        conditions << QStringLiteral("r.ticket_id = ?");
        values << filter.ticketId;
    }
    if (filter.status) {
        conditions << QStringLiteral("r.status = ?");
        values << toSlug(*filter.status);
    }
    return select(
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values);
}

Result<RegressionRun> RegressionRepository::run(qint64 runId) const
{
    auto found = select(QStringLiteral("WHERE r.id = ?"), { runId });
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error { RegressionRepository::tr("there is no test run %1").arg(runId) };
    }
    return found->first();
}

Result<RegressionRun> RegressionRepository::runInProgress(qint64 runId) const
{
    auto found = run(runId);
    if (found && found->status != RunStatus::InProgress) {
        return Error { found->status == RunStatus::Finished
                           ? RegressionRepository::tr("test run %1 is already finished").arg(runId)
                           : RegressionRepository::tr("test run %1 has not been started").arg(runId) };
    }
    return found;
}

Result<QList<ScheduleEntry>> RegressionRepository::schedule(const QDate& today, const RegressionPlan& plan) const
{
    auto projects = ProjectRepository(m_database).all();
    if (!projects) {
        return projects.error();
    }
    auto users = UserRepository(m_database).all();
    if (!users) {
        return users.error();
    }
    auto allRuns = runs();
    if (!allRuns) {
        return allRuns.error();
    }
    QHash<qint64, User> byId;
    for (const User& user : *users) {
        byId.insert(user.id, user);
    }
    return plan.schedule(*projects, *allRuns, today, byId);
}

} // namespace dd
