#pragma once

#include "core/sla/SlaPolicy.h"
#include "core/sla/SlaSettings.h"
#include "core/storage/SharedSettings.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

namespace dd {

class Database;
struct Actor;

// The rules that move deadlines live in the shared database, so that every desktop, the
// CLI and the intake compute the same (docs/rules.md#shared-database): the tariffs and
// their policy rows, the shortened-day rule and the warning thresholds (the shared
// settings' keys, core/storage/SharedSettings; a missing key is the default of
// docs/rules.md#warnings).
namespace sla_setting {
using namespace setting;
} // namespace sla_setting

class SlaConfiguration
{
public:
    // The tariff × level table with every row's validity (each clock uses the row in
    // force when it started); every code of `tariffs` is known to the policy, even one
    // without rows of its own (it uses the defaults).
    static Result<SlaPolicy> loadPolicy(const Database& database);
    static Result<SlaSettings> loadSettings(const Database& database);
    // Writes the shared SLA settings through SharedSettings (validated, recorded; an
    // administrator's action, the server refuses others on PostgreSQL).
    static Status saveSettings(const Database& database, const SlaSettings& settings, const Actor& actor);
};

} // namespace dd
