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
    static int show(CommandContext& ctx, const QCommandLineParser& parser);
    static int check(CommandContext& ctx, const QCommandLineParser& parser, bool import);
};

} // namespace dd::ctl
