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
    static int add(CommandContext& ctx, const QCommandLineParser& parser);
    static int list(CommandContext& ctx, const QCommandLineParser& parser);
    static int remove(CommandContext& ctx, const QCommandLineParser& parser);
};

} // namespace dd::ctl
