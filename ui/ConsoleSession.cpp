#include "ui/ConsoleSession.h"

#include "core/demo/DemoData.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "ui/queue/QueueService.h"
#include "ui/queue/QueueSync.h"
#include "ui/reports/EscalationNotifier.h"
#include "ui/reports/ReportsService.h"

#include <QCoreApplication>

namespace dd {

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(const DatabaseLocation& location, const Options& options,
                                                             QString* warning)
{
    Database::Options databaseOptions;
    databaseOptions.installServerClock = options.useServerClock;
    auto opened = SchemaCatalog::open(location, databaseOptions);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_database = std::move(opened.value());
    if (options.fillDemoData) {
        if (auto filled = ensureDemoData(*session->m_database); !filled && warning) {
            *warning = ConsoleSession::tr("Demo data: %1").arg(filled.error().toString());
        }
    }
    session->m_queue = std::make_unique<QueueService>(*session->m_database);
    session->m_reports = std::make_unique<ReportsService>(*session->m_database);
    // Other desktops' changes arrive by notification; only the named tickets are refetched.
    session->m_sync = std::make_unique<QueueSync>(*session->m_database);
    // Escalations to the head of support: one notification each (ui/reports).
    session->m_escalations = std::make_unique<EscalationNotifier>(*session->m_reports);
    session->m_escalations->follow(session->m_sync.get());
    return session;
}

ConsoleSession::~ConsoleSession()
{
    // The reverse of open(): whoever reads the connection goes before it.
    m_escalations.reset();
    m_sync.reset(); // the watcher (UNLISTEN) and the monitor (heartbeat, failure handler)
    m_queue.reset(); // the worker closes its own connection and stops
    m_reports.reset(); // so does the reports' worker
    m_database.reset();
}

} // namespace dd
