#include "core/regression/RegressionRepository.h"

#include "core/regression/DefectTickets.h"

#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dd {

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
                                  { toSlug(result), textOrEmpty(note.trimmed()), idOrNull(actor.userId), itemId });
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
                                  { textOrEmpty(summary.trimmed()), runId });
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

} // namespace dd
