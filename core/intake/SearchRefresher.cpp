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
    if (!database.isPostgres()) {
        return;
    }
    m_thread = std::make_unique<SessionThread>(
        database, [this](const Database& session) -> Result<std::chrono::milliseconds> {
            auto taken = refreshBatch(session, batchSize);
            if (!taken) {
                return taken.error();
            }
            m_refreshed += taken.value();
            return taken.value() < batchSize ? idleWait : std::chrono::milliseconds(0);
        });
}

SearchRefresher::~SearchRefresher()
{
    stop();
}

void SearchRefresher::stop()
{
    if (m_thread) {
        m_thread->stop();
    }
}

int SearchRefresher::refreshed() const
{
    return m_refreshed;
}

QString SearchRefresher::failure() const
{
    return m_thread ? m_thread->failure() : QString();
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
