#include "core/storage/WaitingReasonMigration.h"

namespace dd {

Migration WaitingReasonMigration::migration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("waiting reason third-party");
    migration.postgresOnly = {
        QStringLiteral("ALTER TABLE tickets DROP CONSTRAINT IF EXISTS tickets_waiting_reason_check"),
        QStringLiteral(R"(ALTER TABLE tickets ADD CONSTRAINT tickets_waiting_reason_check CHECK (waiting_reason IN
            ('cannot-reproduce','not-enough-information','needs-diagnosis','outside-support','unconstructive',
             'third-party')))"),
        QStringLiteral("CREATE INDEX tickets_waiting_reason ON tickets (waiting_reason)"),
    };
    migration.sqliteOnly = {
        QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, '''unconstructive'')', "
                       "'''unconstructive'',''third-party'')') WHERE type = 'table' AND name = 'tickets'"),
        QStringLiteral("PRAGMA writable_schema = RESET"),
        QStringLiteral("CREATE INDEX tickets_waiting_reason ON tickets (waiting_reason)"),
    };
    return migration;
}

} // namespace dd
