#include "core/sync/ChangeBatcher.h"

#include "core/sync/ChangeWatcher.h"

#include <algorithm>
#include <utility>

namespace dd {

ChangeBatcher::ChangeBatcher(QObject* parent)
    : QObject(parent)
{
    // The window starts at the first change, so the first one waits at most that long.
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultWindow);
    connect(&m_timer, &QTimer::timeout, this, &ChangeBatcher::flush);
}

ChangeBatcher::ChangeBatcher(ChangeWatcher& watcher, QObject* parent)
    : ChangeBatcher(parent)
{
    connect(&watcher, &ChangeWatcher::changed, this, &ChangeBatcher::add);
}

void ChangeBatcher::add(const RowChange& change)
{
    if (change.id > 0) {
        m_rows[change.table].insert(change.id);
    } else {
        m_tables.insert(change.table);
    }
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void ChangeBatcher::flush()
{
    m_timer.stop();
    // Taken out first: a slot may reenter the event loop and add more.
    const auto rows = std::exchange(m_rows, {});
    const auto tables = std::exchange(m_tables, {});
    for (const QString& table : tables) {
        emit tableChanged(table);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QList<qint64> ids(it.value().cbegin(), it.value().cend());
        std::sort(ids.begin(), ids.end());
        emit rowsChanged(it.key(), ids);
    }
}

} // namespace dd
