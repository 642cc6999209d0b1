#pragma once

#include "core/storage/Schema.h"

namespace dd {

// Live sync (docs/rules.md#shared-database): every write to a shared table announces (table, id, version).
// PostgreSQL: a trigger calls pg_notify on the channel `dutydesk_changes` with
//   {"table":"tickets","operation":"update","id":42,"version":7}
// and desktops LISTEN (core/sync/PostgresChangeWatcher). SQLite has no NOTIFY: triggers
// append the same facts to `change_log`, which other processes read after the last
// sequence they saw (core/sync/SqliteChangeWatcher). The log prunes itself.
struct TrackedTable
{
    QString table;
    QString idColumn; // the integer key watchers refetch by; empty: refetch the (small) table
    QString versionColumn; // empty when the table has none
};

class ChangeTrackingMigration
{
public:
    static constexpr auto channel = "dutydesk_changes";
    // The change log keeps at least this many of the newest rows (SQLite).
    static constexpr int keptLogRows = 5000;

    static const QList<TrackedTable>& trackedTables();
    static Migration migration(int version);
    // For later migrations that add a table: the statements that make it tracked.
    static QStringList postgresTrigger(const TrackedTable& table);
    static QStringList sqliteTriggers(const TrackedTable& table);
};

} // namespace dd
