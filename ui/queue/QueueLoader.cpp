#include "ui/queue/QueueLoader.h"

#include "core/domain/TicketFlow.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"
#include "ui/queue/QueueModel.h"

#include <QHash>

namespace dd {

namespace {

QHash<qint64, const Project*> projectIndex(const QList<Project>& projects)
{
    QHash<qint64, const Project*> byId;
    for (const Project& project : projects) {
        byId.insert(project.id, &project);
    }
    return byId;
}

std::vector<QueueEntry> makeEntries(const SlaEngine& engine, QList<Ticket>& tickets,
                                    const QHash<qint64, QList<TicketEventRecord>>& histories,
                                    const QList<Project>& projects, qint64 now)
{
    const auto projectById = projectIndex(projects);
    std::vector<QueueEntry> entries;
    entries.reserve(static_cast<size_t>(tickets.size()));
    for (Ticket& ticket : tickets) {
        const Project* project = projectById.value(ticket.projectId);
        const qint64 id = ticket.id;
        entries.push_back(QueueModel::makeEntry(engine, std::move(ticket), histories.value(id),
                                                project ? project->clientId : 0,
                                                project ? project->clientName : QString(), now));
    }
    return entries;
}

} // namespace

QueueLoader::QueueLoader(const Database& database, const SlaEngine& engine)
    : m_database(database)
    , m_engine(engine)
{ }

Result<ConsoleSnapshot> QueueLoader::loadOpen(qint64 now) const
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
    const TicketRepository tickets(m_database);
    TicketFilter open;
    open.open = true;
    auto rows = tickets.list(open);
    if (!rows) {
        return rows.error();
    }
    auto histories = tickets.eventsOf(open);
    if (!histories) {
        return histories.error();
    }
    snapshot.entries = makeEntries(m_engine, rows.value(), histories.value(), snapshot.projects, now);
    // How many resolved and closed ones there are decides whether they load in the
    // background (docs/console.md): SQLite counts on its smallest index.
    auto count = m_database.run(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    if (!count) {
        return count.error();
    }
    snapshot.ticketCount = count.value().next() ? count.value().value(0).toLongLong() : 0;
    return snapshot;
}

Result<std::vector<QueueEntry>> QueueLoader::loadClosedPage(qint64 afterId, int limit,
                                                            const QList<Project>& projects) const
{
    TicketFilter closed;
    closed.open = false;
    closed.afterId = afterId;
    closed.limit = limit;
    auto rows = TicketRepository(m_database).list(closed);
    if (!rows) {
        return rows.error();
    }
    // No running clock, so no history: the entry needs no `now`.
    return makeEntries(m_engine, rows.value(), {}, projects, 0);
}

Result<ConsoleSnapshot> QueueLoader::load(qint64 now) const
{
    auto snapshot = loadOpen(now);
    if (!snapshot) {
        return snapshot;
    }
    qint64 after = 0;
    for (;;) {
        auto page = loadClosedPage(after, 5000, snapshot->projects);
        if (!page) {
            return page.error();
        }
        if (page->empty()) {
            return snapshot;
        }
        after = page->back().ticket.id;
        std::vector<QueueEntry>& entries = snapshot.value().entries;
        std::move(page.value().begin(), page.value().end(), std::back_inserter(entries));
    }
}

Result<std::vector<QueueEntry>> QueueLoader::loadTickets(const QList<qint64>& ticketIds, const QList<Project>& projects,
                                                         qint64 now) const
{
    const TicketRepository tickets(m_database);
    auto rows = tickets.byIds(ticketIds);
    if (!rows) {
        return rows.error();
    }
    QList<qint64> open; // only running clocks need a history
    for (const Ticket& ticket : *rows) {
        if (TicketFlow::isOpen(ticket.status)) {
            open << ticket.id;
        }
    }
    auto histories = tickets.eventsOfIds(open);
    if (!histories) {
        return histories.error();
    }
    return makeEntries(m_engine, rows.value(), histories.value(), projects, now);
}

Result<std::vector<QueueEntry>> QueueLoader::loadNumber(qint64 number, const QList<Project>& projects, qint64 now) const
{
    auto found = TicketRepository(m_database).findByNumber(number);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::vector<QueueEntry> {};
    }
    return loadTickets({ found.value()->id }, projects, now);
}

Result<QueueEntry> QueueLoader::loadTicket(qint64 ticketId, const QList<Project>& projects, qint64 now) const
{
    auto entries = loadTickets({ ticketId }, projects, now);
    if (!entries) {
        return entries.error();
    }
    if (entries->empty()) {
        // Gone or hidden: the repository's sentence says which ticket.
        auto ticket = TicketRepository(m_database).get(ticketId);
        if (!ticket) {
            return ticket.error();
        }
        return QueueModel::makeEntry(m_engine, ticket.value(), {}, 0, {}, now); // filed in between
    }
    return std::move(entries.value().front());
}

} // namespace dd
