#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl sla deadline | elapsed | explain: the SLA engine on the command line.
// `sla deadline` without --from is the batch mode: one instant per line on stdin, one
// deadline per line on stdout, a million lines a second.
class SlaCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::SlaCommand)

public:
    QString name() const override { return QStringLiteral("sla"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
