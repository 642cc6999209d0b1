#pragma once

#include "Command.h"

#include "testing/TestingPlan.h"

#include <QJsonObject>

namespace dd::ctl {

// How dutydeskctl testing prints schedule entries and runs, as text and as JSON.
QJsonObject entryJson(const ScheduleEntry& entry);
QJsonObject runJson(const TestRun& run);
void printRun(CommandContext& ctx, const TestRun& run);

} // namespace dd::ctl
