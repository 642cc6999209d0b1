#pragma once

#include "core/storage/Schema.h"

namespace dd {

// Adds the waiting reason `third-party` (a hosting provider, a vendor's update; see
// docs/rules.md#statuses) to the CHECK of tickets.waiting_reason. PostgreSQL replaces the
// constraint; SQLite cannot alter a CHECK, so the table's stored definition is widened in
// place (SQLite's documented writable_schema procedure — safe because every existing row
// satisfies the wider check), the connection's schema reset, and an index created so
// that other connections see a new schema cookie and re-read it.
class WaitingReasonMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
