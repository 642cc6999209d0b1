#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl policy list|set|history: the SLA policy rows, each valid from its change on.
class PolicyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::PolicyCommand)

public:
    QString name() const override { return QStringLiteral("policy"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
