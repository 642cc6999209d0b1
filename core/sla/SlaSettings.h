#pragma once

#include "core/sla/SlaLevel.h"

#include <QTime>

#include <array>

namespace dd {

// When a running clock turns `warning` (docs/rules.md#warnings): less than `share` of the allowed
// time left, or less than `seconds` of working time left.
struct WarningThreshold
{
    double share = 0.25;
    qint64 seconds = 0;

    bool operator==(const WarningThreshold&) const = default;
};

// Everything about the schedules an administrator may change; defaults from docs/rules.md#schedules, #warnings.
struct SlaSettings
{
    bool shortenedDays = true; // a shortened pre-holiday day ends an hour early for `business`
    QTime businessOpen { 8, 0 };
    QTime businessClose { 16, 0 };
    qint64 shortenedBy = 3600;
    QTime emergencyOpen { 6, 0 };
    QTime emergencyClose { 20, 0 };
    // Indexed by SlaLevel: emergency 25 % or 15 min, standard 25 % or 2 working hours,
    // urgent 25 % or 2 hours.
    std::array<WarningThreshold, 3> warning { WarningThreshold { 0.25, qint64 { 15 } * 60 },
                                              WarningThreshold { 0.25, qint64 { 2 } * 3600 },
                                              WarningThreshold { 0.25, qint64 { 2 } * 3600 } };

    const WarningThreshold& warningFor(SlaLevel level) const { return warning[static_cast<int>(level)]; }
    bool operator==(const SlaSettings&) const = default;
};

} // namespace dd
