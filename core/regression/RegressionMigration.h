#pragma once

#include "core/storage/Schema.h"

namespace dd {

// The tables of the testing schedule and run log (docs/rules.md#regression-testing), appended to the schema as
// one migration: per-project checklists, runs (regression and feature tests), their
// items and the items' screenshots. On PostgreSQL the runs follow their project's
// visibility and testers may write them (ServerRolesMigration's model); both engines
// announce changes to runs and items (ChangeTrackingMigration).
class RegressionMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
