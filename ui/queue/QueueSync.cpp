#include "ui/queue/QueueSync.h"

#include "core/storage/Database.h"
#include "core/sync/ChangeWatcher.h"
#include "core/sync/ConnectionMonitor.h"
#include "core/sync/RowChange.h"

namespace dd {

QueueSync::QueueSync(Database& database, QObject* parent)
    : QObject(parent)
    , m_watcher(ChangeWatcher::create(database))
{
    // A burst of changes (a bulk import, a busy minute) becomes one refetch.
    m_flush.setSingleShot(true);
    m_flush.setInterval(150);
    connect(&m_flush, &QTimer::timeout, this, &QueueSync::flush);
    connect(m_watcher.get(), &ChangeWatcher::changed, this, &QueueSync::noteChange);
    connect(m_watcher.get(), &ChangeWatcher::resyncNeeded, this, &QueueSync::reloadNeeded);
    connect(m_watcher.get(), &ChangeWatcher::failed, this, &QueueSync::statusChanged);
    if (database.isPostgres()) {
        m_monitor = new ConnectionMonitor(database, this);
        connect(m_monitor, &ConnectionMonitor::stateChanged, this,
                [this](ConnectionMonitor::State state, const QString& message) {
                    emit connectionChanged(state == ConnectionMonitor::State::Connected, message);
                });
        m_watcher->follow(*m_monitor);
    }
    if (auto started = m_watcher->start(); !started) {
        emit statusChanged(tr("Live updates are off: %1").arg(started.error().toString()));
    }
}

QueueSync::~QueueSync() = default;

bool QueueSync::isActive() const
{
    return m_watcher && m_watcher->isActive();
}

void QueueSync::noteChange(const RowChange& change)
{
    // Every change to a ticket bumps its row's version, history included.
    if (change.table != QLatin1String("tickets")) {
        return;
    }
    if (change.id == 0) {
        emit reloadNeeded();
        return;
    }
    m_pending.insert(change.id);
    if (!m_flush.isActive()) {
        m_flush.start();
    }
}

void QueueSync::flush()
{
    const QList<qint64> ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    if (!ids.isEmpty()) {
        emit ticketsChanged(ids);
    }
}

} // namespace dd
