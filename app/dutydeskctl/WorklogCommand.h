#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl worklog add|list|remove — programmers' time on tickets (docs/rules.md#work-log), each
// entry shown with how it is billed (normal and double-rate seconds).
class WorklogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::WorklogCommand)

public:
    QString name() const override { return QStringLiteral("worklog"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    int add(CommandContext& ctx);
    int list(CommandContext& ctx);
    int remove(CommandContext& ctx);
};

} // namespace dd::ctl
