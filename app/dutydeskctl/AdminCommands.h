#pragma once

#include "Command.h"

namespace dd::ctl {

// The administrator's commands: dutydeskctl user|client add|list (projects: ProjectCommand).
class UserCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

class ClientCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::ClientCommand)

public:
    QString name() const override { return QStringLiteral("client"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
