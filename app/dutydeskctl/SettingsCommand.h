#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl settings list|set|history: the shared settings (core/storage/SharedSettings).
class SettingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::SettingsCommand)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
