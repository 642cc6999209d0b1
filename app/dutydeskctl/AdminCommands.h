#pragma once

#include "Command.h"

namespace dd::ctl {

// The administrator's commands: dutydeskctl user|client|project add|list.
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

class ProjectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::ProjectCommand)

public:
    QString name() const override { return QStringLiteral("project"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
