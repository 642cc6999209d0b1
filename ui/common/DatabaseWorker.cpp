#include "ui/common/DatabaseWorker.h"

#include "core/storage/Database.h"

namespace dd {

DatabaseWorker::DatabaseWorker(const Database& database, const QString& threadName)
    : m_location(database.location())
    , m_password(database.connection().password())
{
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    stop();
}

void DatabaseWorker::post(std::function<void()> work)
{
    if (m_stopping) {
        return;
    }
    QMetaObject::invokeMethod(
        m_context,
        [this, work = std::move(work)] {
            if (!m_stopping) {
                work();
            }
        },
        Qt::QueuedConnection);
}

void DatabaseWorker::stop()
{
    if (m_stopping.exchange(true)) {
        return;
    }
    // The connection is closed in the thread that opened it, after the work in progress.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    m_context = nullptr;
}

Result<const Database*> DatabaseWorker::connection()
{
    if (!m_database) {
        Database::Options options;
        options.migrate = false; // the session's connection did that
        options.installServerClock = false; // and installed the clock
        options.password = m_password;
        auto opened = Database::open(m_location, options);
        if (!opened) {
            return opened.error();
        }
        m_database = std::move(opened.value());
    }
    return m_database.get();
}

void DatabaseWorker::resetConnection()
{
    m_database.reset();
}

} // namespace dd
