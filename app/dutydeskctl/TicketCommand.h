#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl ticket list|show|add|update — the queues from a script.
class TicketCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::TicketCommand)

public:
    // A stale --expect-version: someone else saved first; nothing was written.
    static constexpr int ExitConflict = 3;

    QString name() const override { return QStringLiteral("ticket"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    static int list(CommandContext& ctx, const QCommandLineParser& parser);
    static int show(CommandContext& ctx, const QCommandLineParser& parser);
    static int add(CommandContext& ctx, const QCommandLineParser& parser);
    static int update(CommandContext& ctx, const QCommandLineParser& parser);
};

} // namespace dd::ctl
