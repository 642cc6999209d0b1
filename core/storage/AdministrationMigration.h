#pragma once

#include "core/storage/Schema.h"

namespace dd {

// Issue 17, the shared database administered from Dutydesk (docs/rules.md#administration).
//
// settingsHistory: every change of a shared setting is kept (`settings_history`: key,
// old → new, who, when), written by a trigger so that no writer can skip it; on
// PostgreSQL the server stamps who and when (never the client's word) and only
// administrators write settings (the intake records its sender through
// dutydesk_queue_mail, a definer function).
//
// policyValidity: each SLA policy row has `valid_from`; a change adds a row instead of
// overwriting one, so the clocks started before it keep their figures. Tariffs get the
// double-rate multiplier (in percent, default 200), users a phone. SQLite cannot change a UNIQUE
// constraint, so sla_policies is rebuilt there (its change-tracking triggers with it).
class AdministrationMigration
{
public:
    static Migration settingsHistory(int version);
    static Migration policyValidity(int version);
};

} // namespace dd
