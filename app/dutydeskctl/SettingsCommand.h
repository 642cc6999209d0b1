#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl settings list|set|history: the shared settings (core/storage/SharedSettings).
class SettingsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
