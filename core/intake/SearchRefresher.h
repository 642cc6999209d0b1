#pragma once

#include "core/storage/SessionThread.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

namespace dd {

// The search index of the tickets the intake files, refreshed beside the filing on
// PostgreSQL (docs/mail-intake.md#search-beside): the filing's transactions only queue
// the ticket (migration 20), and this refreshes the queue in batches on a session of its
// own, in a thread of its own, while the filing goes on. A ticket is found by its new
// words a moment after it is filed; stop() and then drain() leave queued only tickets
// someone is writing at that moment (their writer's commit or the next poll takes them).
// On SQLite the filing refreshes the index itself and there is nothing to run.
class SearchRefresher
{
    Q_DECLARE_TR_FUNCTIONS(dd::SearchRefresher)

public:
    // Opens a session like `database`'s (Database::sessionOptions) in its thread.
    explicit SearchRefresher(const Database& database);
    ~SearchRefresher();
    SearchRefresher(const SearchRefresher&) = delete;
    SearchRefresher& operator=(const SearchRefresher&) = delete;

    // Waits for the batch in hand and ends the thread. What is still queued then is
    // drain()'s, on the caller's session.
    void stop();
    // How many tickets the thread refreshed.
    int refreshed() const;
    // Why the thread stopped early (it could not open its session, a statement failed),
    // or empty; the queue stays for drain() and the next poll.
    QString failure() const;

    // Refreshes up to `limit` queued tickets on `database`; how many it took.
    static Result<int> refreshBatch(const Database& database, int limit);
    // Refreshes every queued ticket no other session is writing right now.
    static Status drain(const Database& database);

private:
    std::atomic<int> m_refreshed = 0;
    std::unique_ptr<SessionThread> m_thread; // none on SQLite
};

} // namespace dd
