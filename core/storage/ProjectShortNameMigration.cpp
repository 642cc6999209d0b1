#include "core/storage/ProjectShortNameMigration.h"

namespace dd {

Migration ProjectShortNameMigration::migration(int version)
{
    Migration migration { version, QStringLiteral("project short names"), {}, {}, {} };
    migration.statements = {
        QStringLiteral("ALTER TABLE projects ADD COLUMN short_name TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX projects_short_name ON projects (short_name)"),
    };
    // The core refuses a longer one with a message; the check keeps other writers honest.
    migration.postgresOnly = {
        QStringLiteral("ALTER TABLE projects ADD CONSTRAINT projects_short_name_length "
                       "CHECK (short_name IS NULL OR char_length(short_name) BETWEEN 1 AND 20)"),
    };
    return migration;
}

} // namespace dd
