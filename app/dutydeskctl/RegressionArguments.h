#pragma once

#include "Command.h"

#include "core/regression/RegressionPlan.h"

#include <QCommandLineOption>
#include <QDate>

#include <optional>

namespace dd {
class Database;
}

namespace dd::ctl {

// The arguments the `dutydeskctl testing` subcommands share: run numbers, --tester, --today
// and the schedule they select.

Result<qint64> runIdFrom(const QString& text);
// --tester LOGIN → the user's id; empty option → 0.
Result<qint64> testerFrom(const Database& database, const QCommandLineParser& parser);
Result<QDate> todayFrom(const QCommandLineParser& parser);
// The schedule as of --today, narrowed to --tester; an exit code when it cannot be read.
std::optional<int> loadSchedule(CommandContext& ctx, const QCommandLineParser& parser, QList<ScheduleEntry>& selected);
QCommandLineOption testerOption();
QCommandLineOption todayOption();

} // namespace dd::ctl
