#include "core/intake/SearchRefresher.h"

#include <chrono>

namespace dd {

namespace {

// A batch is one transaction on the server: a few dozen tickets keep it short, so a
// filing that waits on one of its queue rows waits a few milliseconds.
constexpr int batchSize = 32;
// After a batch short of full: the filing queues a ticket every two milliseconds or so,
// and each batch costs a transaction besides its tickets, so the next one waits for a
// dozen (three tickets a batch when it did not).
constexpr std::chrono::milliseconds idleWait(20);

} // namespace

SearchRefresher::SearchRefresher(const Database& database)
{
    if (database.isPostgres()) {
        m_thread = std::thread(&SearchRefresher::run, this, database.location(), database.sessionOptions());
    }
}

SearchRefresher::~SearchRefresher()
{
    stop();
}

void SearchRefresher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_stopRequested.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

int SearchRefresher::refreshed() const
{
    std::lock_guard lock(m_mutex);
    return m_refreshed;
}

QString SearchRefresher::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

void SearchRefresher::run(const DatabaseLocation& location, const Database::Options& options)
{
    const auto fail = [this](const QString& why) {
        std::lock_guard lock(m_mutex);
        m_failure = why;
    };
    auto session = Database::open(location, options);
    if (!session) {
        fail(session.error().message);
        return;
    }
    for (;;) {
        auto taken = refreshBatch(*session.value(), batchSize);
        if (!taken) {
            fail(taken.error().message);
            return;
        }
        std::unique_lock lock(m_mutex);
        m_refreshed += taken.value();
        if (m_stopping) {
            return;
        }
        if (taken.value() < batchSize) {
            m_stopRequested.wait_for(lock, idleWait, [this] { return m_stopping; });
            if (m_stopping) {
                return;
            }
        }
    }
}

Result<int> SearchRefresher::refreshBatch(const Database& database, int limit)
{
    if (!database.isPostgres()) {
        return 0;
    }
    auto taken = database.runScalar(QStringLiteral("SELECT dutydesk_refresh_search_backlog(?)"), { limit });
    if (!taken) {
        return Error { SearchRefresher::tr("the search index was not refreshed: %1").arg(taken.error().message) };
    }
    return taken->toInt();
}

Status SearchRefresher::drain(const Database& database)
{
    for (;;) {
        auto taken = refreshBatch(database, batchSize * 8);
        if (!taken) {
            return taken.error();
        }
        if (taken.value() == 0) {
            return Done {};
        }
    }
}

} // namespace dd
