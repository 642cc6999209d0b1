#pragma once

#include "Command.h"

#include "core/regression/RegressionPlan.h"

#include <QJsonObject>

namespace dd::ctl {

// How dutydeskctl testing prints schedule entries and runs, as text and as JSON.
QJsonObject entryJson(const ScheduleEntry& entry);
QJsonObject runJson(const RegressionRun& run);
void printRun(CommandContext& ctx, const RegressionRun& run);
// What each run-changing subcommand ends with: the run as printRun shows it, or the error.
int printRunOrFailure(CommandContext& ctx, const Result<RegressionRun>& run);

} // namespace dd::ctl
