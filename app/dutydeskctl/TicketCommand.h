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
    int list(CommandContext& ctx);
    int show(CommandContext& ctx);
    int add(CommandContext& ctx);
    int update(CommandContext& ctx);
};

} // namespace dd::ctl
