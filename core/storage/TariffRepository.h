#pragma once

#include "core/sla/SlaLevel.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class Database;

// A tariff (docs/rules.md#sla-policies): its hourly rate bills the work log, its policy
// rows set the reaction and resolution times.
struct Tariff
{
    QString code;
    QString name;
    std::optional<qint64> hourlyRateKopecks; // none: hours are reported without amounts
    int doubleRatePercent = 200; // the double-rate multiplier, 200 % = ×2
    qint64 version = 0;
};

// One row of the policy table, in force from `validFrom` until the next row of its cell.
struct PolicyRow
{
    qint64 id = 0;
    QString tariff;
    SlaLevel level = SlaLevel::Standard;
    qint64 maxReaction = 0;
    std::optional<qint64> resolutionTarget;
    QDateTime validFrom; // the epoch for the rows a database started with
    qint64 version = 0;
};

// What an administrator changes about a tariff; unset fields stay.
struct TariffChange
{
    std::optional<QString> name;
    std::optional<std::optional<qint64>> hourlyRateKopecks;
    std::optional<int> doubleRatePercent;
};

// Tariffs and their SLA policy rows. A policy change adds a row valid from the server's
// now instead of overwriting, so clocks that started earlier keep their figures.
// Writes are an administrator's (the server refuses others on PostgreSQL).
class TariffRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::TariffRepository)

public:
    explicit TariffRepository(const Database& database);

    Result<QList<Tariff>> all() const;
    Result<std::optional<Tariff>> find(const QString& code) const;
    // A new code: lower-case letters, digits and dashes.
    Status add(const Tariff& tariff) const;
    // `expectedVersion` refuses a stale edit naming what the tariff holds now.
    Status update(const QString& code, const TariffChange& change,
                  std::optional<qint64> expectedVersion = std::nullopt) const;

    // The row of every tariff × level in force now (tariffs without rows of their own
    // use the defaults and are not listed).
    Result<QList<PolicyRow>> policyInForce() const;
    // Every row ever in force, oldest first.
    Result<QList<PolicyRow>> policyHistory() const;
    // The row in force from now on. `expectedVersion` is the version of the row the
    // editor saw in force (0: none); a newer row refuses the edit.
    Status setPolicy(const QString& tariff, SlaLevel level, qint64 maxReaction, std::optional<qint64> resolutionTarget,
                     std::optional<qint64> expectedId = std::nullopt) const;

    static QString formatRate(std::optional<qint64> kopecks);
    // "1500", "1500.50", "1 500,50" → kopecks.
    static Result<qint64> parseRate(const QString& text);

private:
    Result<QList<PolicyRow>> policyRows(const QString& where) const;

    const Database& m_database;
};

} // namespace dd
