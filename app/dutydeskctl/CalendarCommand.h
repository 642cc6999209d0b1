#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl calendar show YEAR | check FILE.xml | import FILE.xml: the production
// calendar (docs/rules.md#production-calendar) on the command line.
class CalendarCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::CalendarCommand)

public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    int show(CommandContext& ctx);
    int check(CommandContext& ctx, bool import);
};

} // namespace dd::ctl
