#include "core/sync/ChangeBatcher.h"

#include "core/sync/ChangeWatcher.h"

#include <algorithm>
#include <utility>

namespace dd {

ChangeBatcher::ChangeBatcher(QObject* parent)
    : QObject(parent)
{
    m_time = [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire a little early
    connect(&m_timer, &QTimer::timeout, this, &ChangeBatcher::flushIfDue);
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
    // The window starts at the first change, so the first one waits at most that long.
    if (!m_windowStart) {
        m_windowStart = m_time();
        arm(m_window.count());
    }
}

void ChangeBatcher::flushIfDue()
{
    if (!m_windowStart) {
        return;
    }
    const qint64 remaining = *m_windowStart + m_window.count() - m_time();
    if (remaining > 0) {
        arm(remaining);
        return;
    }
    flush();
}

void ChangeBatcher::arm(qint64 remainingMs)
{
    m_timer.start(static_cast<int>(remainingMs));
}

void ChangeBatcher::flush()
{
    m_timer.stop();
    m_windowStart.reset();
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
