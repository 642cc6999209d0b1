#include "core/storage/SessionThread.h"

namespace dd {

SessionThread::SessionThread(const Database& database, Step step)
    : m_step(std::move(step))
    , m_thread(&SessionThread::run, this, database.location(), database.sessionOptions())
{ }

SessionThread::~SessionThread()
{
    stop();
}

void SessionThread::stop()
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

QString SessionThread::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

void SessionThread::run(const DatabaseLocation& location, const Database::Options& options)
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
        auto wait = m_step(*session.value());
        if (!wait) {
            fail(wait.error().message);
            return;
        }
        std::unique_lock lock(m_mutex);
        if (wait.value().count() > 0) {
            m_stopRequested.wait_for(lock, wait.value(), [this] { return m_stopping; });
        }
        if (m_stopping) {
            return;
        }
    }
}

} // namespace dd
