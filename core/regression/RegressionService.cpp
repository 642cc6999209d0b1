#include "core/regression/RegressionService.h"

#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"

namespace dd {

RegressionService::RegressionService(const Database& database)
    : m_database(database)
    , m_runs(database)
{ }

Result<QList<ScheduleEntry>> RegressionService::schedule(const QDate& today) const
{
    return m_runs.schedule(today);
}

Result<RegressionRun> RegressionService::run(qint64 runId) const
{
    return m_runs.run(runId);
}

Result<ChecklistTemplate> RegressionService::checklist(qint64 projectId) const
{
    return m_runs.checklist(projectId);
}

Status RegressionService::setChecklist(qint64 projectId, const ChecklistTemplate& checklist, const Actor& actor) const
{
    return m_runs.setChecklist(projectId, checklist, actor);
}

Result<RegressionRun> RegressionService::startRegression(qint64 projectId, const Actor& actor) const
{
    return m_runs.startRegression(projectId, actor);
}

Result<RegressionRun> RegressionService::startRequested(qint64 runId, const Actor& actor) const
{
    return m_runs.startRequested(runId, actor);
}

Result<RegressionRun> RegressionService::requestFeatureTest(qint64 ticketId, qint64 testerId, const QDate& dueDate,
                                                            const Actor& actor) const
{
    return m_runs.requestFeatureTest(ticketId, testerId, dueDate, actor);
}

Result<RegressionRunItem> RegressionService::record(qint64 runId, const QString& itemRef, ItemResult result,
                                                    const QString& note, const Actor& actor) const
{
    return m_runs.record(runId, itemRef, result, note, actor);
}

Result<RegressionAttachment> RegressionService::attach(qint64 itemId, const QString& fileName, const QString& mimeType,
                                                       const QByteArray& data) const
{
    return m_runs.attach(itemId, fileName, mimeType, data);
}

Result<RegressionRun> RegressionService::finish(qint64 runId, const QString& summary, const Actor& actor) const
{
    return m_runs.finish(runId, summary, actor);
}

Result<Ticket> RegressionService::ticketFromItem(qint64 itemId, const Actor& actor) const
{
    return m_runs.ticketFromItem(itemId, actor);
}

Result<Ticket> RegressionService::ticket(qint64 ticketId) const
{
    return TicketRepository(m_database).get(ticketId);
}

Result<QList<User>> RegressionService::users() const
{
    return UserRepository(m_database).all();
}

} // namespace dd
