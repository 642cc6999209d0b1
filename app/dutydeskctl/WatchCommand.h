#pragma once

#include "Command.h"

namespace dd::ctl {

// dutydeskctl watch: one JSON line per change as it happens (docs/rules.md#shared-database), for scripts and
// dashboards — {"table":"tickets","id":42,"version":7,"operation":"update"}. When
// changes may have been missed (after an outage) a line {"resync":true,"reason":…}
// says so. Runs until interrupted, or until --count changes were printed.
class WatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::WatchCommand)

public:
    QString name() const override { return QStringLiteral("watch"); }
    QString description() const override;
    int run(CommandContext& ctx) override;
};

} // namespace dd::ctl
