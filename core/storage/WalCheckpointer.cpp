#include "core/storage/WalCheckpointer.h"

#include <chrono>

namespace dd {

namespace {

// The filing writes some 40 pages a mail, a mail every two milliseconds or so: a copy
// every 20 ms keeps a few hundred pages in hand for the writer's own checkpoint.
constexpr std::chrono::milliseconds interval(20);

} // namespace

WalCheckpointer::WalCheckpointer(const Database& writer)
{
    if (!writer.isPostgres()) {
        m_thread = std::thread(&WalCheckpointer::run, this, writer.location(), writer.sessionOptions());
    }
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::stop()
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

int WalCheckpointer::copies() const
{
    std::lock_guard lock(m_mutex);
    return m_copies;
}

QString WalCheckpointer::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

void WalCheckpointer::run(const DatabaseLocation& location, const Database::Options& options)
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
        // PASSIVE never waits: busy (the writer's own checkpoint running) is tried again next round.
        auto copied = session.value()->runRows(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        if (!copied) {
            fail(tr("the log was not copied into the database: %1").arg(copied.error().message));
            return;
        }
        std::unique_lock lock(m_mutex);
        // One row: busy, the log's pages, the pages copied into the database.
        m_copies += !copied->isEmpty() && copied->first().value(0).toInt() == 0;
        m_stopRequested.wait_for(lock, interval, [this] { return m_stopping; });
        if (m_stopping) {
            return;
        }
    }
}

} // namespace dd
