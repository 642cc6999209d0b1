#include "core/regression/RegressionRepository.h"

#include "core/regression/DefectTickets.h"

#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dd {

namespace {

const QString runColumns = QStringLiteral(
    "r.id, r.kind, r.status, r.project_id, r.ticket_id, r.tester_id, r.due_date, r.started_at, r.finished_at, "
    "r.summary, r.version, p.code, p.name, u.login, u.full_name, t.number FROM test_runs r "
    "JOIN projects p ON p.id = r.project_id LEFT JOIN users u ON u.id = r.tester_id "
    "LEFT JOIN tickets t ON t.id = r.ticket_id ");

// A null QString binds as SQL NULL; NOT NULL text columns need the empty string.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime instantOrNull(const QVariant& value)
{
    return value.isNull() ? QDateTime() : fromEpoch(value.toLongLong());
}

} // namespace

RegressionRepository::RegressionRepository(const Database& database)
    : m_database(database)
{ }

Result<ChecklistTemplate> RegressionRepository::checklist(qint64 projectId) const
{
    auto query
        = m_database.run(QStringLiteral("SELECT items FROM testing_checklists WHERE project_id = ?"), { projectId });
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return ChecklistTemplate::defaultOnlineShop();
    }
    return ChecklistTemplate::parse(query.value().value(0).toString());
}

Status RegressionRepository::setChecklist(qint64 projectId, const ChecklistTemplate& checklist,
                                          const Actor& actor) const
{
    if (Status valid = checklist.validate(); !valid) {
        return valid;
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto updated = m_database.run(QStringLiteral("UPDATE testing_checklists SET items = ?, updated_at = %1, "
                                                 "updated_by = ?, version = version + 1 WHERE project_id = ?")
                                      .arg(m_database.nowSql()),
                                  { checklist.toText(), idOrNull(actor.userId), projectId });
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() == 0) {
        auto inserted = m_database.run(QStringLiteral("INSERT INTO testing_checklists (project_id, items, updated_at, "
                                                      "updated_by) VALUES (?, ?, %1, ?)")
                                           .arg(m_database.nowSql()),
                                       { projectId, checklist.toText(), idOrNull(actor.userId) });
        if (!inserted) {
            return inserted.error();
        }
    }
    return transaction.commit();
}

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
    QStringList marks;
    QVariantList ids;
    for (RegressionRun& run : runs) {
        byId.insert(run.id, &run);
        marks << QStringLiteral("?");
        ids << run.id;
    }
    const QString in = marks.join(QLatin1Char(','));
    auto items = m_database.run(
        QStringLiteral("SELECT i.id, i.run_id, i.position, i.slug, i.title, i.result, i.note, i.recorded_at, "
                       "i.ticket_id, t.number FROM test_run_items i LEFT JOIN tickets t ON t.id = i.ticket_id "
                       "WHERE i.run_id IN (%1) ORDER BY i.run_id, i.position")
            .arg(in),
        ids);
    if (!items) {
        return items.error();
    }
    QHash<qint64, QPair<qint64, int>> itemIndex; // item id → (run id, index)
    while (items.value().next()) {
        const QSqlQuery& q = items.value();
        RegressionRunItem item;
        item.id = q.value(0).toLongLong();
        item.runId = q.value(1).toLongLong();
        item.position = q.value(2).toInt();
        item.slug = q.value(3).toString();
        item.title = q.value(4).toString();
        item.result = itemResultFromSlug(q.value(5).toString()).value_or(ItemResult::Pending);
        item.note = q.value(6).toString();
        item.recordedAt = instantOrNull(q.value(7));
        item.ticketId = q.value(8).toLongLong();
        item.ticketNumber = q.value(9).toLongLong();
        RegressionRun* run = byId.value(item.runId);
        itemIndex.insert(item.id, { item.runId, int(run->items.size()) });
        run->items.append(item);
    }
    auto files = m_database.run(
        QStringLiteral("SELECT a.id, a.item_id, a.file_name, a.mime_type FROM test_attachments a "
                       "JOIN test_run_items i ON i.id = a.item_id WHERE i.run_id IN (%1) ORDER BY a.id")
            .arg(in),
        ids);
    if (!files) {
        return files.error();
    }
    while (files.value().next()) {
        const QSqlQuery& q = files.value();
        RegressionAttachment attachment;
        attachment.id = q.value(0).toLongLong();
        attachment.itemId = q.value(1).toLongLong();
        attachment.fileName = q.value(2).toString();
        attachment.mimeType = q.value(3).toString();
        const auto [runId, index] = itemIndex.value(attachment.itemId);
        byId.value(runId)->items[index].attachments.append(attachment);
    }
    return Done {};
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

namespace {

// Inserts a run and copies the checklist into its items; inside the caller's transaction.
Result<qint64> insertRun(const Database& db, const RegressionRun& run, const ChecklistTemplate& checklist,
                         const Actor& actor)
{
    const QString now = db.nowSql();
    const bool started = run.status != RunStatus::Requested;
    auto inserted = db.run(
        QStringLiteral("INSERT INTO test_runs (kind, status, project_id, ticket_id, tester_id, "
                       "due_date, requested_at, started_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, %1, %2, ?) RETURNING id")
            .arg(now, started ? now : QStringLiteral("NULL")),
        { toSlug(run.kind), toSlug(run.status), run.projectId, idOrNull(run.ticketId), idOrNull(run.testerId),
          textOrNull(run.dueDate.isValid() ? run.dueDate.toString(Qt::ISODate) : QString()), idOrNull(actor.userId) });
    if (!inserted) {
        return inserted.error();
    }
    if (!inserted.value().next()) {
        return Error { RegressionRepository::tr("the new test run got no id") };
    }
    const qint64 runId = inserted.value().value(0).toLongLong();
    inserted.value().finish(); // SQLite refuses to commit while a statement is still open
    auto insertItem
        = db.prepare(QStringLiteral("INSERT INTO test_run_items (run_id, position, slug, title) VALUES (?, ?, ?, ?)"));
    if (!insertItem) {
        return insertItem.error();
    }
    int position = 0;
    for (const ChecklistItem& item : checklist.items()) {
        if (Status done = Database::exec(insertItem.value(), { runId, ++position, item.slug, item.title }); !done) {
            return done.error();
        }
    }
    return runId;
}

} // namespace

Result<RegressionRun> RegressionRepository::startRegression(qint64 projectId, const Actor& actor) const
{
    auto project = ProjectRepository(m_database).find(QString::number(projectId));
    if (!project) {
        return project.error();
    }
    if (!project.value()) {
        return Error { RegressionRepository::tr("there is no project %1").arg(projectId) };
    }
    const Project& p = **project;
    if (p.status != ProjectStatus::Active) {
        return Error { RegressionRepository::tr("project “%1” is %2; only active projects are tested")
                           .arg(p.code, toSlug(p.status)) };
    }
    RunFilter ofProject;
    ofProject.projectId = projectId;
    auto open = runs(ofProject);
    if (!open) {
        return open.error();
    }
    QDate lastFinished;
    for (const RegressionRun& existing : *open) {
        if (existing.kind != RunKind::Regression) {
            continue;
        }
        if (existing.status != RunStatus::Finished) {
            return Error { RegressionRepository::tr("project “%1” already has regression run %2 in progress")
                               .arg(p.code)
                               .arg(existing.id) };
        }
        lastFinished = std::max(lastFinished, RegressionPlan::moscowDate(existing.finishedAt));
    }
    auto checklist = this->checklist(projectId);
    if (!checklist) {
        return checklist.error();
    }
    RegressionRun draft;
    draft.kind = RunKind::Regression;
    draft.status = RunStatus::InProgress;
    draft.projectId = projectId;
    draft.testerId = p.testerId != 0 ? p.testerId : actor.userId;
    draft.dueDate = RegressionPlan::nextDueDate(p, lastFinished, RegressionPlan::moscowToday());

    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto runId = insertRun(m_database, draft, *checklist, actor);
    if (!runId) {
        return runId.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return run(*runId);
}

Result<RegressionRun> RegressionRepository::requestFeatureTest(qint64 ticketId, qint64 testerId, const QDate& dueDate,
                                                               const Actor& actor) const
{
    auto ticket = TicketRepository(m_database).get(ticketId);
    if (!ticket) {
        return ticket.error();
    }
    auto tester = UserRepository(m_database).findById(testerId);
    if (!tester) {
        return tester.error();
    }
    if (!tester.value() || !tester.value()->hasRole(Role::Tester)) {
        return Error { RegressionRepository::tr("user %1 is not a tester").arg(testerId) };
    }
    RegressionRun draft;
    draft.kind = RunKind::Feature;
    draft.status = RunStatus::Requested;
    draft.projectId = ticket->projectId;
    draft.ticketId = ticketId;
    draft.testerId = testerId;
    draft.dueDate = dueDate.isValid() ? dueDate : RegressionPlan::moscowToday();
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto runId = insertRun(m_database, draft, ChecklistTemplate::defaultFeatureTest(), actor);
    if (!runId) {
        return runId.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return run(*runId);
}

Result<RegressionRun> RegressionRepository::startRequested(qint64 runId, const Actor& actor) const
{
    auto updated = m_database.run(QStringLiteral("UPDATE test_runs SET status = 'in-progress', started_at = %1, "
                                                 "tester_id = COALESCE(tester_id, ?), version = version + 1 "
                                                 "WHERE id = ? AND status = 'requested'")
                                      .arg(m_database.nowSql()),
                                  { idOrNull(actor.userId), runId });
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() == 0) {
        auto existing = run(runId);
        return existing ? Error { RegressionRepository::tr("test run %1 was already started").arg(runId) }
                        : existing.error();
    }
    return run(runId);
}

Result<RegressionRunItem> RegressionRepository::record(qint64 runId, const QString& itemRef, ItemResult result,
                                                       const QString& note, const Actor& actor) const
{
    auto current = runInProgress(runId);
    if (!current) {
        return current.error();
    }
    const RegressionRunItem* item = current->item(itemRef);
    if (!item) {
        return Error { RegressionRepository::tr("test run %1 has no item “%2”").arg(runId).arg(itemRef) };
    }
    const qint64 itemId = item->id;
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto updated = m_database.run(QStringLiteral("UPDATE test_run_items SET result = ?, note = ?, recorded_at = %1, "
                                                 "recorded_by = ? WHERE id = ?")
                                      .arg(m_database.nowSql()),
                                  { toSlug(result), nonNull(note.trimmed()), idOrNull(actor.userId), itemId });
    if (!updated) {
        return updated.error();
    }
    // The run's version tells other desktops that its log changed.
    if (auto bumped
        = m_database.run(QStringLiteral("UPDATE test_runs SET version = version + 1 WHERE id = ?"), { runId });
        !bumped) {
        return bumped.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    auto reread = run(runId);
    if (!reread) {
        return reread.error();
    }
    return *reread->item(item->slug);
}

Result<RegressionAttachment> RegressionRepository::attach(qint64 itemId, const QString& fileName,
                                                          const QString& mimeType, const QByteArray& data) const
{
    if (data.isEmpty()) {
        return Error { RegressionRepository::tr("the file “%1” is empty").arg(fileName) };
    }
    auto inserted = m_database.run(QStringLiteral("INSERT INTO test_attachments (item_id, file_name, mime_type, "
                                                  "size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?, %1) "
                                                  "RETURNING id")
                                       .arg(m_database.nowSql()),
                                   { itemId, fileName, mimeType, qint64(data.size()), data });
    if (!inserted) {
        return inserted.error();
    }
    if (!inserted.value().next()) {
        return Error { RegressionRepository::tr("the attachment got no id") };
    }
    return RegressionAttachment { inserted.value().value(0).toLongLong(), itemId, fileName, mimeType, data };
}

Result<QByteArray> RegressionRepository::attachmentData(qint64 attachmentId) const
{
    auto query = m_database.run(QStringLiteral("SELECT content FROM test_attachments WHERE id = ?"), { attachmentId });
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return Error { RegressionRepository::tr("there is no attachment %1").arg(attachmentId) };
    }
    return query.value().value(0).toByteArray();
}

Result<RegressionRun> RegressionRepository::finish(qint64 runId, const QString& summary, const Actor& actor) const
{
    Q_UNUSED(actor)
    auto current = runInProgress(runId);
    if (!current) {
        return current.error();
    }
    QStringList pending;
    for (const RegressionRunItem& item : current->items) {
        if (item.result == ItemResult::Pending) {
            pending << item.slug;
        }
    }
    if (!pending.isEmpty()) {
        return Error { RegressionRepository::tr("test run %1 cannot be finished: %2 of %3 items are not checked (%4)")
                           .arg(runId)
                           .arg(pending.size())
                           .arg(current->items.size())
                           .arg(pending.join(QStringLiteral(", "))) };
    }
    auto updated = m_database.run(QStringLiteral("UPDATE test_runs SET status = 'finished', finished_at = %1, "
                                                 "summary = ?, version = version + 1 "
                                                 "WHERE id = ? AND status = 'in-progress'")
                                      .arg(m_database.nowSql()),
                                  { nonNull(summary.trimmed()), runId });
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() == 0) {
        return Error { RegressionRepository::tr("test run %1 was finished by someone else").arg(runId) };
    }
    return run(runId);
}

Result<Ticket> RegressionRepository::ticketFromItem(qint64 itemId, const Actor& actor) const
{
    return DefectTickets(m_database).fromItem(itemId, actor);
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
