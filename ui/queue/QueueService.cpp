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
    , m_database(database)
    , m_worker(database, QStringLiteral("dutydesk-queue"))
{ }

Result<QueueEntry> QueueService::ticketNow(qint64 ticketId, const QList<Project>& projects,
                                           const SlaEngine& engine) const
{
    return QueueLoader(m_database, engine).loadTicket(ticketId, projects, nowSecs());
}

Result<std::vector<QueueEntry>> QueueService::numberNow(qint64 number, const QList<Project>& projects,
                                                        const SlaEngine& engine) const
{
    return QueueLoader(m_database, engine).loadNumber(number, projects, nowSecs());
}

QueueService::~QueueService()
{
    ++m_loadGeneration;
    ++m_searchGeneration;
    m_worker.stop(); // before m_projects, which its work uses
}

void QueueService::setEngine(std::shared_ptr<const SlaEngine> engine)
{
    m_engine = std::move(engine);
}

void QueueService::load()
{
    const quint64 generation = ++m_loadGeneration;
    m_worker.post([this, generation, engine = m_engine] {
        if (generation != m_loadGeneration) {
            return;
        }
        auto snapshot = m_worker.withRetry<ConsoleSnapshot>(
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
    m_worker.post([this, generation, engine = m_engine] { loadClosedPage(generation, engine, 0); });
}

void QueueService::loadClosedPage(quint64 generation, std::shared_ptr<const SlaEngine> engine, qint64 afterId)
{
    // One page per task, the next one posted behind whatever else was asked meanwhile: a
    // refetch or a search waits for one page, not for the whole closed set. A newer load
    // or the end of the session stops it within a page.
    if (generation != m_loadGeneration) {
        return;
    }
    auto page = m_worker.withRetry<std::vector<QueueEntry>>([&](const Database& database) {
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
    m_worker.post([this, generation, engine, last] { loadClosedPage(generation, engine, last); });
}

void QueueService::refetch(const QList<qint64>& ticketIds)
{
    m_worker.post([this, ticketIds, engine = m_engine] {
        auto entries = m_worker.withRetry<std::vector<QueueEntry>>([&](const Database& database) {
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
    m_worker.post([this, generation, text] {
        if (generation != m_searchGeneration) {
            return; // typed on: a newer search is queued
        }
        bool first = true;
        const auto deliver = [&](const QList<qint64>& ids) {
            QMetaObject::invokeMethod(this, [this, generation, text, ids, first] {
                if (generation == m_searchGeneration) {
                    emit searchMatched(text, ids, first);
                }
            });
            first = false;
            return generation == m_searchGeneration && !m_worker.stopping();
        };
        auto found = m_worker.withRetry<Done>([&](const Database& database) -> Status {
            first = true; // a retry starts over
            return TicketSearch(database).findInPages(text, searchPageSize, deliver);
        });
        if (!found) {
            QMetaObject::invokeMethod(this,
                                      [this, message = found.error().toString()] { emit failed(message, false); });
            return;
        }
        QMetaObject::invokeMethod(this, [this, generation, text, first] {
            if (generation == m_searchGeneration) {
                if (first) {
                    emit searchMatched(text, {}, true); // nothing found: clear the last search's
                }
                emit searchFinished(text);
            }
        });
    });
}

} // namespace dd
