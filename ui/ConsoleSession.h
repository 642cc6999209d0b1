#pragma once

#include "core/util/DatabaseLocation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace dd {

class Database;
class EscalationNotifier;
class QueueService;
class QueueSync;
class ReportsService;

// One open database and everything that holds it: the change watcher and the
// connection monitor (inside QueueSync), the queue's worker thread with its own
// connection (QueueService), the reports' service with its worker (ReportsService) and
// the escalation notifier. It alone owns them and tears
// them down in a fixed order — those who hold the connection first, the connection
// last — so no destructor reads a closed one. The main window only shows a session;
// opening another database builds a new session before the old one goes.
class ConsoleSession
{
    Q_DECLARE_TR_FUNCTIONS(dd::ConsoleSession)

public:
    struct Options
    {
        bool useServerClock = true; // tests run on a fake clock
        bool fillDemoData = false; // an empty database gets the demo (the first start)
    };

    // Opens `location` (migrating it) and starts following it. `warning` receives a
    // sentence about what failed without making the session useless (the demo data).
    static Result<std::unique_ptr<ConsoleSession>> open(const DatabaseLocation& location, const Options& options,
                                                        QString* warning = nullptr);
    ~ConsoleSession();

    ConsoleSession(const ConsoleSession&) = delete;
    ConsoleSession& operator=(const ConsoleSession&) = delete;

    Database& database() const { return *m_database; }
    QueueSync& sync() const { return *m_sync; }
    QueueService& queue() const { return *m_queue; }
    ReportsService& reports() const { return *m_reports; }
    EscalationNotifier& escalations() const { return *m_escalations; }

private:
    ConsoleSession() = default;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<ReportsService> m_reports;
    std::unique_ptr<QueueSync> m_sync;
    std::unique_ptr<EscalationNotifier> m_escalations;
};

} // namespace dd
