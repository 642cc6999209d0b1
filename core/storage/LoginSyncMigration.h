#pragma once

#include "core/storage/Schema.h"

namespace dd {

// On the shared database a person's server login follows their user row: the group
// roles they hold are the roles of the row, and a deactivated person can no longer log
// in (docs/rules.md#shared-database). An administrator's edit calls the server function
// this creates; it runs with the owner's right to change roles.
class LoginSyncMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
