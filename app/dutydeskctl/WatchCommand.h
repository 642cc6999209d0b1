#pragma once

#include "Command.h"

namespace dd {
class Database;
}

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

private:
    static int watch(CommandContext& ctx, const QCommandLineParser& parser);
    // Prints the changes of `tables` (all when empty) until `limit` were printed (0: no limit).
    static int follow(CommandContext& ctx, Database& database, const QStringList& tables, int limit);
};

} // namespace dd::ctl
