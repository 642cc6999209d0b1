#pragma once

#include "core/domain/Project.h"
#include "core/domain/User.h"
#include "core/util/Result.h"
#include "ui/queue/QueueEntry.h"

#include <QHash>
#include <QList>

#include <vector>

namespace dd {

class Database;
class SlaEngine;

// What the console shows first, read in a few bulk queries through the storage
// repositories: projects, people, the open tickets with their clocks at `now`.
struct ConsoleSnapshot
{
    QList<Project> projects;
    QList<User> users;
    std::vector<QueueEntry> entries;
    qint64 ticketCount = 0; // every ticket this login may see, open or not
};

// Reads queue entries. Only open tickets have running clocks, so only their histories
// are read; resolved and closed tickets (most of a mature database) come in pages
// without them, and a ticket's history is read when it is opened in the detail pane.
class QueueLoader
{
public:
    QueueLoader(const Database& database, const SlaEngine& engine);

    // Projects, people and the open tickets.
    Result<ConsoleSnapshot> loadOpen(qint64 now) const;
    // The next `limit` resolved and closed tickets with an id above `afterId`, in id
    // order; an empty page is the end. `projects` names their clients.
    Result<std::vector<QueueEntry>> loadClosedPage(qint64 afterId, int limit, const QList<Project>& projects) const;
    // Everything at once: loadOpen() and every closed page (tools and benchmarks).
    Result<ConsoleSnapshot> load(qint64 now) const;
    // Tickets again after changes (here or on another desktop): two queries for the lot.
    // An id missing from the result was deleted or is no longer visible.
    Result<std::vector<QueueEntry>> loadTickets(const QList<qint64>& ticketIds, const QList<Project>& projects,
                                                qint64 now) const;
    Result<QueueEntry> loadTicket(qint64 ticketId, const QList<Project>& projects, qint64 now) const;
    // The ticket with this number (a closed one asked for before its page arrived).
    Result<std::vector<QueueEntry>> loadNumber(qint64 number, const QList<Project>& projects, qint64 now) const;

private:
    const Database& m_database;
    const SlaEngine& m_engine;
};

} // namespace dd
