#pragma once

#include "core/sync/ChangeWatcher.h"
#include "core/util/DatabaseLocation.h"

#include <QSqlQuery>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace dd {

class Database;

// SQLite has no NOTIFY. Triggers append every change to `change_log`; this watcher asks
// PRAGMA data_version — a counter SQLite bumps when another connection commits, read
// from shared memory without touching the tables — and only when it moved reads the
// log rows after the last sequence it saw. It uses a connection of its own, so the
// changes of its own process are reported like everyone else's.
class SqliteChangeWatcher : public ChangeWatcher
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultInterval { 100 };

    explicit SqliteChangeWatcher(DatabaseLocation location, QObject* parent = nullptr);
    ~SqliteChangeWatcher() override;

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    Status start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }

    // One round of the timer, for tests that do not want to wait: true if it read.
    Result<bool> poll();

private:
    Result<qint64> dataVersion();

    DatabaseLocation m_location;
    std::unique_ptr<Database> m_database;
    std::optional<QSqlQuery> m_versionQuery;
    std::optional<QSqlQuery> m_logQuery;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
};

} // namespace dd
