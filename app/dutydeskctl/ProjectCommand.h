#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl project add|update|list: client projects (administrators and managers edit them).
class ProjectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::ProjectCommand)

public:
    QString name() const override { return QStringLiteral("project"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
