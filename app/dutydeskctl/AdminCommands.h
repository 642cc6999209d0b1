#pragma once

#include "Command.h"

namespace dd::ctl {

// The administrator's commands: dutydeskctl user|client add|list (projects: ProjectCommand).
class UserCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

class ClientCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("client"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
