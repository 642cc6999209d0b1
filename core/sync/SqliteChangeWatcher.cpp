#include "core/sync/SqliteChangeWatcher.h"

#include "core/storage/Database.h"

#include <QCoreApplication>

namespace dd {

SqliteChangeWatcher::SqliteChangeWatcher(DatabaseLocation location, QObject* parent)
    : ChangeWatcher(parent)
    , m_location(std::move(location))
{
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto polled = poll(); !polled) {
            stop();
            emit failed(polled.error().message);
        }
    });
}

SqliteChangeWatcher::~SqliteChangeWatcher()
{
    stop();
}

Status SqliteChangeWatcher::start()
{
    if (!m_database) {
        Database::Options options;
        options.migrate = false;
        options.installServerClock = false;
        auto opened = Database::open(m_location, options);
        if (!opened) {
            return opened.error();
        }
        m_database = std::move(opened).value();
        auto versionQuery = m_database->prepare(QStringLiteral("PRAGMA data_version"));
        if (!versionQuery) {
            return versionQuery.error();
        }
        m_versionQuery = std::move(versionQuery).value();
        auto logQuery = m_database->prepare(QStringLiteral("SELECT seq, table_name, operation, row_id, version "
                                                           "FROM change_log WHERE seq > ? ORDER BY seq"));
        if (!logQuery) {
            return logQuery.error();
        }
        m_logQuery = std::move(logQuery).value();
    }
    // Read the version before the last sequence: a commit in between is then read
    // twice at worst (and skipped by sequence), never missed.
    auto version = dataVersion();
    if (!version) {
        return version.error();
    }
    m_dataVersion = *version;
    auto last = m_database->run(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
    if (!last) {
        return last.error();
    }
    m_lastSeq = last.value().next() ? last.value().value(0).toLongLong() : 0;
    m_timer.start();
    return Done {};
}

void SqliteChangeWatcher::stop()
{
    m_timer.stop();
}

Result<qint64> SqliteChangeWatcher::dataVersion()
{
    QSqlQuery& query = *m_versionQuery;
    if (auto done = Database::exec(query, {}); !done) {
        return done.error();
    }
    const qint64 version = query.next() ? query.value(0).toLongLong() : -1;
    // An unfinished statement would hold a read snapshot open and block checkpoints.
    query.finish();
    return version;
}

Result<bool> SqliteChangeWatcher::poll()
{
    if (!m_database) {
        return Error { tr("the change watcher is not started") };
    }
    auto version = dataVersion();
    if (!version) {
        return version.error();
    }
    if (*version == m_dataVersion) {
        return false;
    }
    m_dataVersion = *version;
    QSqlQuery& query = *m_logQuery;
    if (auto done = Database::exec(query, { m_lastSeq }); !done) {
        return done.error();
    }
    QList<RowChange> changes;
    bool gap = false;
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        // Sequences are never reused; a hole after ours means the log was pruned past
        // us (a suspended laptop) and the missing changes are unknown.
        if (changes.isEmpty() && m_lastSeq > 0 && seq > m_lastSeq + 1) {
            gap = true;
        }
        m_lastSeq = seq;
        RowChange change;
        change.table = query.value(1).toString();
        change.operation = query.value(2).toString();
        change.id = query.value(3).toLongLong();
        change.version = query.value(4).toLongLong();
        changes << change;
    }
    query.finish();
    if (gap) {
        emit resyncNeeded(tr("changes were missed while this desktop was not watching"));
    }
    for (const RowChange& change : changes) {
        emit changed(change);
    }
    return true;
}

} // namespace dd
