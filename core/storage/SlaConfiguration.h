#pragma once

#include "core/sla/SlaPolicy.h"
#include "core/sla/SlaSettings.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

namespace dd {

class Database;
struct Actor;

// The rules that move deadlines live in the shared database, so that every desktop, the
// CLI and the intake compute the same (docs/rules.md#shared-database): the tariffs and
// their policy rows, the shortened-day rule and the warning thresholds (table
// `settings`, keys below; a missing key is the default of docs/rules.md#warnings).
namespace sla_setting {
inline const QString shortenedDays = QStringLiteral("shortened-days"); // on | off
inline const QString warningPercent = QStringLiteral("warning-percent"); // 1–99
inline const QString warningMinutesEmergency = QStringLiteral("warning-minutes-emergency");
inline const QString warningMinutesStandard = QStringLiteral("warning-minutes-standard");
inline const QString warningMinutesUrgent = QStringLiteral("warning-minutes-urgent");
} // namespace sla_setting

class SlaConfiguration
{
public:
    // The tariff × level table; every code of `tariffs` is known to the policy, even one
    // without rows of its own (it uses the defaults).
    static Result<SlaPolicy> loadPolicy(const Database& database);
    static Result<SlaSettings> loadSettings(const Database& database);
    // Writes the shared SLA settings (an administrator's or manager's action; the
    // server refuses others on PostgreSQL).
    static Status saveSettings(const Database& database, const SlaSettings& settings, const Actor& actor);
};

} // namespace dd
