#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl testing due|show|start|record|finish|ticket|request|ics|checklist — the bimonthly
// regression schedule and the run log (docs/rules.md#regression-testing) from a script.
class RegressionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::RegressionCommand)

public:
    QString name() const override { return QStringLiteral("testing"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    static std::vector<Subcommand> runSubcommands();
    static std::vector<Subcommand> planSubcommands();
    static int due(CommandContext& ctx, const QCommandLineParser& parser);
    static int show(CommandContext& ctx, const QCommandLineParser& parser);
    static int start(CommandContext& ctx, const QCommandLineParser& parser);
    static int record(CommandContext& ctx, const QCommandLineParser& parser);
    static int finish(CommandContext& ctx, const QCommandLineParser& parser);
    static int ticket(CommandContext& ctx, const QCommandLineParser& parser);
    static int request(CommandContext& ctx, const QCommandLineParser& parser);
    static int ics(CommandContext& ctx, const QCommandLineParser& parser);
    static int checklist(CommandContext& ctx, const QCommandLineParser& parser);
};

} // namespace dd::ctl
