#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl migrate: bring the schema up to date (also done on every connect).
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString description() const override;
    int run(CommandContext& ctx) override;

private:
    static int migrate(CommandContext& ctx, const QCommandLineParser& parser);
};

} // namespace dd::ctl
