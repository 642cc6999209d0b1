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
    int due(CommandContext& ctx);
    int show(CommandContext& ctx);
    int start(CommandContext& ctx);
    int record(CommandContext& ctx);
    int finish(CommandContext& ctx);
    int ticket(CommandContext& ctx);
    int request(CommandContext& ctx);
    int ics(CommandContext& ctx);
    int checklist(CommandContext& ctx);
};

} // namespace dd::ctl
