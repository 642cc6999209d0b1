#pragma once

#include "ui/common/DatabaseWorker.h"
#include "ui/queue/QueueLoader.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace dd {

class Database;
class SlaEngine;

// The queue's reads off the GUI thread (docs/console.md): a worker thread with a
// connection of its own (Qt SQL connections belong to one thread) loads the open
// tickets, then the resolved and closed ones in pages, refetches changed tickets and
// runs searches; results come back as signals on the thread that owns the service.
// A newer load() or search() makes an older one stop and drops its results.
class QueueService : public QObject
{
    Q_OBJECT

public:
    using Entries = std::shared_ptr<std::vector<QueueEntry>>;

    // Reads the location and password of `database` (the GUI thread's connection).
    explicit QueueService(const Database& database, QObject* parent = nullptr);
    // Stops the work in progress and closes the worker's connection in its thread.
    ~QueueService() override;

    void setEngine(std::shared_ptr<const SlaEngine> engine);
    // Projects, people and open tickets (openLoaded).
    void load();
    // The resolved and closed tickets of the last load, in pages (closedLoaded) until
    // closedFinished; once per load, later calls do nothing.
    void loadClosed();
    // The tickets named by a change, in one query (refetched); `missing` were deleted
    // or are hidden now.
    void refetch(const QList<qint64>& ticketIds);
    void search(const QString& text);
    // One ticket read at once on the console's own connection (after the engineer's own
    // action, or a number asked for that is not loaded yet): one row is no work for the
    // worker's round trip, and the answer is wanted before the next keystroke.
    Result<QueueEntry> ticketNow(qint64 ticketId, const QList<Project>& projects, const SlaEngine& engine) const;
    Result<std::vector<QueueEntry>> numberNow(qint64 number, const QList<Project>& projects,
                                              const SlaEngine& engine) const;

    // Small enough that closing the console waits for at most one page.
    static constexpr int closedPageSize = 2000;
    // The first page of search results; the next ones double.
    static constexpr int searchPageSize = 500;

signals:
    void openLoaded(const std::shared_ptr<dd::ConsoleSnapshot>& snapshot);
    void closedLoaded(const dd::QueueService::Entries& page);
    void closedFinished();
    void refetched(const dd::QueueService::Entries& entries, const QList<qint64>& missing);
    // Search results stream in: the first page (the open tickets' matches) replaces the
    // last search's, the next ones add to it; then searchFinished.
    void searchMatched(const QString& text, const QList<qint64>& ticketIds, bool firstPage);
    void searchFinished(const QString& text);
    // A sentence for the status bar; `loading` says whether the first load failed.
    void failed(const QString& message, bool loading);

private:
    void loadClosedPage(quint64 generation, std::shared_ptr<const SlaEngine> engine, qint64 afterId);

    const Database& m_database; // the GUI thread's connection, for the *Now reads
    DatabaseWorker m_worker;
    std::shared_ptr<const SlaEngine> m_engine;
    std::atomic<quint64> m_loadGeneration { 0 };
    quint64 m_closedGeneration = 0; // the load whose closed tickets were asked for
    std::atomic<quint64> m_searchGeneration { 0 };
    QList<Project> m_projects; // worker thread only
};

} // namespace dd
