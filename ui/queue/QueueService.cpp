#include "ui/queue/QueueService.h"

#include "core/sla/SlaEngine.h"
#include "core/storage/Database.h"
#include "core/storage/TicketSearch.h"
#include "core/util/Clock.h"

#include <QSet>

namespace dd {

namespace {

qint64 nowSecs()
{
    return Clock::current().nowUtc().toSecsSinceEpoch();
}

} // namespace

QueueService::QueueService(const Database& database, QObject* parent)
    : QObject(parent)
    , m_location(database.location())
    , m_password(database.connection().password())
{
    m_thread.setObjectName(QStringLiteral("dutydesk-queue"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

QueueService::~QueueService()
{
    m_closing = true;
    ++m_loadGeneration;
    ++m_searchGeneration;
    // The connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void QueueService::setEngine(std::shared_ptr<const SlaEngine> engine)
{
    m_engine = std::move(engine);
}

void QueueService::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

Result<const Database*> QueueService::connection()
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

template<typename T, typename Read> Result<T> QueueService::withRetry(Read read)
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
        m_database.reset();
    }
}

void QueueService::load()
{
    const quint64 generation = ++m_loadGeneration;
    post([this, generation, engine = m_engine] {
        if (generation != m_loadGeneration) {
            return;
        }
        auto snapshot = withRetry<ConsoleSnapshot>(
            [&](const Database& database) { return QueueLoader(database, *engine).loadOpen(nowSecs()); });
        if (!snapshot) {
            QMetaObject::invokeMethod(this,
                                      [this, message = snapshot.error().toString()] { emit failed(message, true); });
            return;
        }
        m_projects = snapshot->projects;
        auto shared = std::make_shared<ConsoleSnapshot>(std::move(snapshot.value()));
        QMetaObject::invokeMethod(this, [this, generation, shared] {
            if (generation == m_loadGeneration) {
                emit openLoaded(shared);
            }
        });
    });
}

void QueueService::loadClosed()
{
    const quint64 generation = m_loadGeneration;
    if (generation == 0 || m_closedGeneration == generation) {
        return;
    }
    m_closedGeneration = generation;
    post([this, generation, engine = m_engine] { loadClosedPage(generation, engine, 0); });
}

void QueueService::loadClosedPage(quint64 generation, std::shared_ptr<const SlaEngine> engine, qint64 afterId)
{
    // One page per task, the next one posted behind whatever else was asked meanwhile: a
    // refetch or a search waits for one page, not for the whole closed set. A newer load
    // or the end of the session stops it within a page.
    if (generation != m_loadGeneration) {
        return;
    }
    auto page = withRetry<std::vector<QueueEntry>>([&](const Database& database) {
        return QueueLoader(database, *engine).loadClosedPage(afterId, closedPageSize, m_projects);
    });
    if (!page) {
        QMetaObject::invokeMethod(this, [this, message = page.error().toString()] { emit failed(message, false); });
        return;
    }
    if (page->empty()) {
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_loadGeneration) {
                emit closedFinished();
            }
        });
        return;
    }
    const qint64 last = page->back().ticket.id;
    auto shared = std::make_shared<std::vector<QueueEntry>>(std::move(page.value()));
    QMetaObject::invokeMethod(this, [this, generation, shared] {
        if (generation == m_loadGeneration) {
            emit closedLoaded(shared);
        }
    });
    post([this, generation, engine, last] { loadClosedPage(generation, engine, last); });
}

void QueueService::refetch(const QList<qint64>& ticketIds)
{
    post([this, ticketIds, engine = m_engine] {
        if (m_closing) {
            return;
        }
        auto entries = withRetry<std::vector<QueueEntry>>([&](const Database& database) {
            return QueueLoader(database, *engine).loadTickets(ticketIds, m_projects, nowSecs());
        });
        if (!entries) {
            QMetaObject::invokeMethod(this,
                                      [this, message = entries.error().toString()] { emit failed(message, false); });
            return;
        }
        QSet<qint64> missing(ticketIds.cbegin(), ticketIds.cend());
        for (const QueueEntry& entry : entries.value()) {
            missing.remove(entry.ticket.id);
        }
        auto shared = std::make_shared<std::vector<QueueEntry>>(std::move(entries.value()));
        QMetaObject::invokeMethod(this, [this, shared, gone = QList<qint64>(missing.cbegin(), missing.cend())] {
            emit refetched(shared, gone);
        });
    });
}

void QueueService::search(const QString& text)
{
    const quint64 generation = ++m_searchGeneration;
    post([this, generation, text] {
        if (generation != m_searchGeneration) {
            return; // typed on: a newer search is queued
        }
        auto found
            = withRetry<QList<qint64>>([&](const Database& database) { return TicketSearch(database).find(text); });
        if (!found) {
            QMetaObject::invokeMethod(this,
                                      [this, message = found.error().toString()] { emit failed(message, false); });
            return;
        }
        QMetaObject::invokeMethod(this, [this, generation, text, ids = found.value()] {
            if (generation == m_searchGeneration) {
                emit searchFinished(text, ids);
            }
        });
    });
}

} // namespace dd
