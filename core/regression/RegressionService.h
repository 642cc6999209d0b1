#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Ticket.h"
#include "core/domain/User.h"
#include "core/regression/RegressionRepository.h"
#include "core/util/Result.h"

namespace dd {

class Database;

// The testing schedule's service for the console's widgets (the schedule tab, the run
// log, the checklist editor, the feature-test request): every read and write they do,
// so no widget builds a repository. Small, indexed statements: they run on the caller's
// connection. The rules stay in RegressionRepository and RegressionPlan.
class RegressionService
{
public:
    explicit RegressionService(const Database& database);

    Result<QList<ScheduleEntry>> schedule(const QDate& today) const;
    Result<RegressionRun> run(qint64 runId) const;
    Result<ChecklistTemplate> checklist(qint64 projectId) const;
    Status setChecklist(qint64 projectId, const ChecklistTemplate& checklist, const Actor& actor) const;

    Result<RegressionRun> startRegression(qint64 projectId, const Actor& actor) const;
    Result<RegressionRun> startRequested(qint64 runId, const Actor& actor) const;
    Result<RegressionRun> requestFeatureTest(qint64 ticketId, qint64 testerId, const QDate& dueDate,
                                             const Actor& actor) const;
    Result<RegressionRunItem> record(qint64 runId, const QString& itemRef, ItemResult result, const QString& note,
                                     const Actor& actor) const;
    Result<RegressionAttachment> attach(qint64 itemId, const QString& fileName, const QString& mimeType,
                                        const QByteArray& data) const;
    Result<RegressionRun> finish(qint64 runId, const QString& summary, const Actor& actor) const;
    Result<Ticket> ticketFromItem(qint64 itemId, const Actor& actor) const;

    // What a feature-test request shows: the ticket and the people who may test it.
    Result<Ticket> ticket(qint64 ticketId) const;
    Result<QList<User>> users() const;

private:
    const Database& m_database;
    RegressionRepository m_runs;
};

} // namespace dd
