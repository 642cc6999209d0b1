#pragma once

#include "core/storage/Schema.h"

namespace dd {

// What the production-calendar tables of schema v1 lacked to store a year as it was
// imported or edited (docs/rules.md#production-calendar): the decree or title of the year, the login of whoever
// loaded it (a fresh embedded database has no user rows to reference), and the
// holiday flag of a date (a holiday on a Saturday is a day off like any Saturday, but
// explanations name it). Grants need nothing new: ServerRolesMigration already lets
// only dutydesk_admin write both tables, and table grants cover added columns.
class CalendarMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
