#include "ui/queue/QueueLoader.h"

#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"
#include "ui/queue/QueueModel.h"

#include <QHash>

namespace dd {

QueueLoader::QueueLoader(const Database& database, const SlaEngine& engine)
    : m_database(database)
    , m_engine(engine)
{ }

Result<ConsoleSnapshot> QueueLoader::load(qint64 now) const
{
    ConsoleSnapshot snapshot;
    auto projects = ProjectRepository(m_database).all();
    if (!projects) {
        return projects.error();
    }
    snapshot.projects = *projects;
    auto users = UserRepository(m_database).all();
    if (!users) {
        return users.error();
    }
    snapshot.users = *users;

    QHash<qint64, const Project*> projectById;
    for (const Project& project : snapshot.projects) {
        projectById.insert(project.id, &project);
    }
    const TicketRepository tickets(m_database);
    auto rows = tickets.list({});
    if (!rows) {
        return rows.error();
    }
    // Only open tickets have running clocks: their histories are read, the closed ones'
    // (most of a mature database) when a ticket is opened in the detail pane.
    QHash<qint64, QList<TicketEventRecord>> histories;
    for (TicketStatus status :
         { TicketStatus::New, TicketStatus::Registered, TicketStatus::Waiting, TicketStatus::Reopened }) {
        TicketFilter open;
        open.status = status;
        auto some = tickets.eventsOf(open);
        if (!some) {
            return some.error();
        }
        histories.insert(some.value());
    }
    snapshot.entries.reserve(static_cast<size_t>(rows->size()));
    for (Ticket& ticket : rows.value()) {
        const Project* project = projectById.value(ticket.projectId);
        const qint64 id = ticket.id;
        snapshot.entries.push_back(QueueModel::makeEntry(m_engine, std::move(ticket), histories.value(id),
                                                         project ? project->clientId : 0,
                                                         project ? project->clientName : QString(), now));
    }
    return snapshot;
}

Result<QueueEntry> QueueLoader::loadTicket(qint64 ticketId, const QList<Project>& projects, qint64 now) const
{
    const TicketRepository tickets(m_database);
    auto ticket = tickets.get(ticketId);
    if (!ticket) {
        return ticket.error();
    }
    auto history = tickets.events(ticketId);
    if (!history) {
        return history.error();
    }
    qint64 clientId = 0;
    QString clientName;
    for (const Project& project : projects) {
        if (project.id == ticket->projectId) {
            clientId = project.clientId;
            clientName = project.clientName;
        }
    }
    return QueueModel::makeEntry(m_engine, ticket.value(), *history, clientId, clientName, now);
}

} // namespace dd
