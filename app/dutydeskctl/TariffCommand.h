#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl tariff list|add|set: tariffs, their hourly rates and double-rate multipliers.
class TariffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::TariffCommand)

public:
    QString name() const override { return QStringLiteral("tariff"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
