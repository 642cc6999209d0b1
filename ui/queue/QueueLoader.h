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

// Everything the console shows at once, read in a few bulk queries through the
// storage repositories: projects, people, every ticket with its clocks at `now`.
struct ConsoleSnapshot
{
    QList<Project> projects;
    QList<User> users;
    std::vector<QueueEntry> entries;
};

class QueueLoader
{
public:
    QueueLoader(const Database& database, const SlaEngine& engine);

    Result<ConsoleSnapshot> load(qint64 now) const;
    // One ticket again (after a change here or on another desktop).
    Result<QueueEntry> loadTicket(qint64 ticketId, const QList<Project>& projects, qint64 now) const;

private:
    const Database& m_database;
    const SlaEngine& m_engine;
};

} // namespace dd
