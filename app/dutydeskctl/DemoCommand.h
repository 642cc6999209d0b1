#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl demo --tickets N: fill an empty database with realistic demo data.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    static int generate(CommandContext& ctx, const QCommandLineParser& parser);
};

} // namespace dd::ctl
