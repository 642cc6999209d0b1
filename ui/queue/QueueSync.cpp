#include "ui/queue/QueueSync.h"

#include "core/storage/Database.h"
#include "core/storage/SharedSettings.h"
#include "core/sync/ChangeBatcher.h"
#include "core/sync/ChangeWatcher.h"
#include "core/sync/ConnectionMonitor.h"

namespace dd {

QueueSync::QueueSync(Database& database, QObject* parent)
    : QObject(parent)
    , m_watcher(ChangeWatcher::create(database))
{
    // A burst of changes (a bulk import, a busy minute) becomes one refetch. Every change
    // to a ticket bumps its row's version, history included, so the tickets table says it all.
    m_batcher = new ChangeBatcher(*m_watcher, this);
    m_batcher->setWindow(std::chrono::milliseconds(150));
    connect(m_batcher, &ChangeBatcher::rowsChanged, this, [this](const QString& table, const QList<qint64>& ids) {
        if (table == QLatin1String("tickets")) {
            emit ticketsChanged(ids);
        } else if (SharedSettings::isSharedConfiguration(table)) {
            emit configurationChanged();
        }
    });
    connect(m_batcher, &ChangeBatcher::tableChanged, this, [this](const QString& table) {
        if (table == QLatin1String("tickets")) {
            emit reloadNeeded();
        } else if (SharedSettings::isSharedConfiguration(table)) {
            emit configurationChanged();
        }
    });
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

} // namespace dd
