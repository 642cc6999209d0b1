#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Ticket.h"
#include "core/regression/ChecklistTemplate.h"
#include "core/regression/RegressionPlan.h"
#include "core/regression/RegressionRun.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace dd {

class Database;

struct RunFilter
{
    qint64 projectId = 0; // 0 = every project
    qint64 testerId = 0; // 0 = every tester
    qint64 ticketId = 0; // 0 = any; else the feature tests of that ticket
    std::optional<RunStatus> status;
};

// The run log and the per-project checklists (docs/rules.md#regression-testing). Every write is stamped with the
// database server's clock; the schedule itself is computed by RegressionPlan from what is
// stored, so it is never out of date.
class RegressionRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::RegressionRepository)

public:
    explicit RegressionRepository(const Database& database);

    // The project's checklist; the default online-shop template when none was saved.
    Result<ChecklistTemplate> checklist(qint64 projectId) const;
    Status setChecklist(qint64 projectId, const ChecklistTemplate& checklist, const Actor& actor) const;

    // Runs with their items (attachments without their bytes), the newest first.
    Result<QList<RegressionRun>> runs(const RunFilter& filter = {}) const;
    Result<RegressionRun> run(qint64 runId) const;

    // Starts the project's regression run: assigned to the project's tester (the actor
    // when the project has none), due on the plan's date, items copied from the
    // project's checklist. Refused for a paused or closed project and while a run is open.
    Result<RegressionRun> startRegression(qint64 projectId, const Actor& actor) const;
    // Attaches a tester to a ticket to test a feature; the run waits as `requested`.
    Result<RegressionRun> requestFeatureTest(qint64 ticketId, qint64 testerId, const QDate& dueDate,
                                             const Actor& actor) const;
    // Starts a requested feature test.
    Result<RegressionRun> startRequested(qint64 runId, const Actor& actor) const;

    // Sets an item's result and note. `itemRef` is the item's slug or 1-based number.
    Result<RegressionRunItem> record(qint64 runId, const QString& itemRef, ItemResult result, const QString& note,
                                     const Actor& actor) const;
    Result<RegressionAttachment> attach(qint64 itemId, const QString& fileName, const QString& mimeType,
                                        const QByteArray& data) const;
    Result<QByteArray> attachmentData(qint64 attachmentId) const;

    // Finishes a run in progress with a summary. Refused while items are not checked:
    // a regression run that skipped half the list must say so item by item.
    Result<RegressionRun> finish(qint64 runId, const QString& summary, const Actor& actor) const;

    // Turns a failed item into a ticket in the project's queue: standard level, category
    // bug-fixing, the item's note and screenshots, linked to the run and the item.
    Result<Ticket> ticketFromItem(qint64 itemId, const Actor& actor) const;

    // The schedule on `today` (a Moscow date) from the stored projects, users and runs.
    Result<QList<ScheduleEntry>> schedule(const QDate& today, const RegressionPlan& plan = RegressionPlan()) const;

private:
    Result<QList<RegressionRun>> select(const QString& where, const QVariantList& values) const;
    Status loadItems(QList<RegressionRun>& runs) const;
    Result<RegressionRun> runInProgress(qint64 runId) const;

    const Database& m_database;
};

} // namespace dd
