#pragma once

#include "core/sla/SlaLevel.h"

#include <QMap>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dd {

// One cell of the policy table: tariff × level.
struct SlaTarget
{
    qint64 maxReaction = 0; // working seconds of the level's schedule
    std::optional<qint64> resolutionTarget; // working seconds; none = measured only

    bool operator==(const SlaTarget&) const = default;
};

// The SLA policy table (docs/rules.md#service-levels): tariff × level → max reaction, optional resolution
// target. A tariff without its own row uses the defaults row. Each cell keeps its history:
// a row is in force from its `validFrom` (epoch seconds) until the next one, and a clock
// uses the row in force when it started (docs/rules.md#sla-policies), so a change never
// moves a past figure.
class SlaPolicy
{
public:
    // emergency 1 h, standard 8 working hours, urgent 8 h; no resolution targets. The
    // tariffs a new database starts with: `standard` (those values) and `premium`
    // (standard level in 4 working hours).
    static SlaPolicy defaults();

    // The row in force now (the latest).
    SlaTarget target(const QString& tariff, SlaLevel level) const;
    // The row in force at `at`; before a cell's first row, that first row.
    SlaTarget target(const QString& tariff, SlaLevel level, qint64 at) const;
    SlaTarget defaultTarget(SlaLevel level) const;
    void setDefaultTarget(SlaLevel level, const SlaTarget& target);
    // Adds the row in force from `validFrom` (replaces one with the same instant).
    void setTarget(const QString& tariff, SlaLevel level, const SlaTarget& target, qint64 validFrom = 0);
    void removeTariff(const QString& tariff);
    // A known tariff without rows of its own uses the default targets.
    void addTariff(const QString& tariff);
    bool hasTariff(const QString& tariff) const { return m_tariffs.contains(tariff); }
    QStringList tariffs() const { return m_tariffs.keys(); }

private:
    using Rows = std::vector<std::pair<qint64, SlaTarget>>; // by validFrom
    using Row = std::array<Rows, 3>;
    std::array<SlaTarget, 3> m_defaults {};
    QMap<QString, Row> m_tariffs;
};

} // namespace dd
