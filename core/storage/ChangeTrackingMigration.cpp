#include "core/storage/ChangeTrackingMigration.h"

namespace dd {

const QList<TrackedTable>& ChangeTrackingMigration::trackedTables()
{
    // Attachments are left out on purpose: their rows carry the file, and adding one
    // always adds a ticket event, which is tracked. Counters change with every new
    // ticket and nobody displays them.
    static const QList<TrackedTable> tables {
        { QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("version") },
        { QStringLiteral("user_roles"), QStringLiteral("user_id"), {} },
        { QStringLiteral("clients"), QStringLiteral("id"), QStringLiteral("version") },
        { QStringLiteral("client_trusted_addresses"), QStringLiteral("client_id"), {} },
        { QStringLiteral("projects"), QStringLiteral("id"), QStringLiteral("version") },
        { QStringLiteral("tickets"), QStringLiteral("id"), QStringLiteral("version") },
        { QStringLiteral("ticket_events"), QStringLiteral("id"), {} },
        { QStringLiteral("messages"), QStringLiteral("id"), {} },
        { QStringLiteral("work_log"), QStringLiteral("id"), QStringLiteral("version") },
        { QStringLiteral("sla_policies"), QStringLiteral("id"), QStringLiteral("version") },
        { QStringLiteral("tariffs"), {}, QStringLiteral("version") },
        { QStringLiteral("calendar_years"), QStringLiteral("year"), QStringLiteral("version") },
        { QStringLiteral("calendar_days"), QStringLiteral("year"), {} },
        { QStringLiteral("settings"), {}, QStringLiteral("version") },
    };
    return tables;
}

QStringList ChangeTrackingMigration::postgresTrigger(const TrackedTable& table)
{
    // Trigger arguments are string literals: the column names to report.
    return { QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH ROW EXECUTE FUNCTION dutydesk_notify_change('%2', '%3')")
                 .arg(table.table, table.idColumn, table.versionColumn) };
}

QStringList ChangeTrackingMigration::sqliteTriggers(const TrackedTable& table)
{
    QStringList statements;
    for (const auto& [event, row] : { std::pair { QStringLiteral("INSERT"), QStringLiteral("NEW") },
                                      std::pair { QStringLiteral("UPDATE"), QStringLiteral("NEW") },
                                      std::pair { QStringLiteral("DELETE"), QStringLiteral("OLD") } }) {
        const QString id = table.idColumn.isEmpty() ? QStringLiteral("NULL") : row + u'.' + table.idColumn;
        const QString version
            = table.versionColumn.isEmpty() ? QStringLiteral("NULL") : row + u'.' + table.versionColumn;
        statements << QStringLiteral("CREATE TRIGGER %1_changed_%2 AFTER %3 ON %1 BEGIN "
                                     "INSERT INTO change_log (table_name, operation, row_id, version) "
                                     "VALUES ('%1', '%2', %4, %5); END")
                          .arg(table.table, event.toLower(), event, id, version);
    }
    return statements;
}

Migration ChangeTrackingMigration::migration(int version)
{
    Migration migration { version, QStringLiteral("change notification for live sync"), {}, {}, {} };

    // One function for every table: the trigger's arguments name the key and version
    // columns, read through to_jsonb so tables without a version need no variant.
    migration.postgresOnly << QStringLiteral(R"(CREATE OR REPLACE FUNCTION dutydesk_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            row_data jsonb;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                row_data := to_jsonb(OLD);
            ELSE
                row_data := to_jsonb(NEW);
            END IF;
            PERFORM pg_notify('dutydesk_changes', json_build_object(
                'table', TG_TABLE_NAME,
                'operation', lower(TG_OP),
                'id', CASE WHEN TG_ARGV[0] <> '' THEN row_data -> TG_ARGV[0] END,
                'version', CASE WHEN TG_ARGV[1] <> '' THEN row_data -> TG_ARGV[1] END)::text);
            RETURN NULL;
        END $$)");

    // AUTOINCREMENT: a sequence number is never reused, even after pruning, so "after
    // the last one I saw" stays exact.
    migration.sqliteOnly << QStringLiteral(R"(CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        table_name TEXT NOT NULL,
        operation TEXT NOT NULL,
        row_id BIGINT,
        version BIGINT))");
    // Pruning rides on the writers, a few hundred rows at a time: no reader has to write.
    // A reader that fell further behind notices the gap and reloads everything.
    migration.sqliteOnly << QStringLiteral("CREATE TRIGGER change_log_pruned AFTER INSERT ON change_log "
                                           "WHEN NEW.seq % 500 = 0 BEGIN "
                                           "DELETE FROM change_log WHERE seq <= NEW.seq - %1; END")
                                .arg(keptLogRows);

    for (const TrackedTable& table : trackedTables()) {
        migration.postgresOnly << postgresTrigger(table);
        migration.sqliteOnly << sqliteTriggers(table);
    }
    return migration;
}

} // namespace dd
