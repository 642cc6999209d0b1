#pragma once

#include "core/util/DatabaseLocation.h"
#include "core/util/Result.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace dd {

class Database;

// A thread with a database connection of its own, for the console's services that read
// much (the queue, the dashboard, the quarantine listing): Qt SQL connections belong to
// the thread that opened them, so the worker opens its own on first use — no migration,
// no clock install, the session's connection did both — and closes it in its thread.
// Work posted runs in order; results go back by QMetaObject::invokeMethod on the
// service, which drops them once the service is gone.
class DatabaseWorker
{
public:
    // Reads the location and password of `database` (the GUI thread's connection).
    DatabaseWorker(const Database& database, const QString& threadName);
    // stop(), if the owner has not.
    ~DatabaseWorker();

    DatabaseWorker(const DatabaseWorker&) = delete;
    DatabaseWorker& operator=(const DatabaseWorker&) = delete;

    // Runs `work` on the worker thread; it may use connection() and withRetry().
    void post(std::function<void()> work);
    // Lets the work in progress end, closes the connection in its thread, stops the
    // thread; work posted later is dropped. The owner calls it before its own members
    // (which the work may use) go.
    void stop();
    // True once stop() began: long work checks it to end early.
    bool stopping() const { return m_stopping; }

    // The worker's connection, opened on first use; worker thread only.
    Result<const Database*> connection();
    // Runs `read` on that connection; after a failure once more on a fresh one (the
    // server may have restarted: the GUI's connection reconnects through its monitor,
    // this one on its next use). Worker thread only.
    template<typename T, typename Read> Result<T> withRetry(Read read)
    {
        for (int attempt = 0;; ++attempt) {
            auto database = connection();
            if (!database) {
                return database.error();
            }
            Result<T> result = read(**database);
            if (result || attempt > 0) {
                return result;
            }
            resetConnection();
        }
    }

private:
    void resetConnection();

    DatabaseLocation m_location;
    QString m_password;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread; work is posted to it
    std::atomic<bool> m_stopping { false };
    std::unique_ptr<Database> m_database; // worker thread only
};

} // namespace dd
