#include "core/storage/CalendarMigration.h"

namespace dd {

Migration CalendarMigration::migration(int version)
{
    return { version,
             QStringLiteral("production calendar: title, loaded by, holidays"),
             {
                 QStringLiteral("ALTER TABLE calendar_years ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE calendar_years ADD COLUMN loaded_by_login TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE calendar_days ADD COLUMN holiday INTEGER NOT NULL DEFAULT 0"),
                 // Replacing a year deletes its days by year.
                 QStringLiteral("CREATE INDEX calendar_days_year ON calendar_days (year)"),
             },
             {},
             {} };
}

} // namespace dd
