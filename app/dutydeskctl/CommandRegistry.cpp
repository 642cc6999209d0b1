#include "Command.h"

#include "AdminCommands.h"
#include "CalendarCommand.h"
#include "DemoCommand.h"
#include "FeedbackCommand.h"
#include "MigrateCommand.h"
#include "PolicyCommand.h"
#include "ProjectCommand.h"
#include "QuarantineCommand.h"
#include "RegressionCommand.h"
#include "ReportCommand.h"
#include "SettingsCommand.h"
#include "SlaCommand.h"
#include "TariffCommand.h"
#include "TemplateCommand.h"
#include "TicketCommand.h"
#include "WatchCommand.h"
#include "WorklogCommand.h"

#include <QCoreApplication>

namespace dd::ctl {

namespace {

class VersionCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("version"); }
    QString description() const override { return CommandContext::tr("Print the version."); }
    int run(CommandContext& ctx) override
    {
        return runSingleCommand(ctx, { .name = name(), .synopsis = description(), .handler = print });
    }

private:
    static int print(CommandContext& ctx, const QCommandLineParser& /*parser*/)
    {
        if (ctx.json()) {
            ctx.out << QStringLiteral(R"({"version":"%1"})").arg(QStringLiteral(DUTYDESK_VERSION)) << "\n";
        } else {
            ctx.out << "dutydeskctl " << DUTYDESK_VERSION << "\n";
        }
        return ExitOk;
    }
};

} // namespace

// Every command group, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<TicketCommand>());
    commands.push_back(std::make_unique<TemplateCommand>());
    commands.push_back(std::make_unique<QuarantineCommand>());
    commands.push_back(std::make_unique<SlaCommand>());
    commands.push_back(std::make_unique<CalendarCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<ClientCommand>());
    commands.push_back(std::make_unique<ProjectCommand>());
    commands.push_back(std::make_unique<TariffCommand>());
    commands.push_back(std::make_unique<PolicyCommand>());
    commands.push_back(std::make_unique<SettingsCommand>());
    commands.push_back(std::make_unique<RegressionCommand>());
    commands.push_back(std::make_unique<WorklogCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<FeedbackCommand>());
    commands.push_back(std::make_unique<WatchCommand>());
    return commands;
}

} // namespace dd::ctl
