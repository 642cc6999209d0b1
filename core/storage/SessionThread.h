#pragma once

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace dd {

// Work beside the caller's on a database session of its own, in a thread of its own
// (SearchRefresher, WalCheckpointer): the thread opens a session like `database`'s
// (Database::sessionOptions) and runs `step` until stop(); each step says how long to
// wait before the next, an error ends the thread (failure()).
class SessionThread
{
public:
    using Step = std::function<Result<std::chrono::milliseconds>(const Database& session)>;

    SessionThread(const Database& database, Step step);
    ~SessionThread();
    SessionThread(const SessionThread&) = delete;
    SessionThread& operator=(const SessionThread&) = delete;

    // Waits for the step in hand and ends the thread.
    void stop();
    // Why the thread stopped early (it could not open its session, a step failed), or empty.
    QString failure() const;

private:
    void run(const DatabaseLocation& location, const Database::Options& options);

    Step m_step;
    mutable std::mutex m_mutex;
    std::condition_variable m_stopRequested;
    bool m_stopping = false;
    QString m_failure;
    std::thread m_thread;
};

} // namespace dd
