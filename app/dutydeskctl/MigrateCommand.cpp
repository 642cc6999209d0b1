#include "MigrateCommand.h"

#include "StorageSession.h"

#include "core/storage/Schema.h"

#include <QCoreApplication>

namespace dd::ctl {

QString MigrateCommand::description() const
{
    return MigrateCommand::tr("Apply pending schema migrations.");
}

int MigrateCommand::run(CommandContext& ctx)
{
    return runSingleCommand(
        ctx,
        { .name = name(),
          .synopsis = description(),
          .handler = migrate,
          .description = MigrateCommand::tr("Create or upgrade the database schema. Running it again changes "
                                            "nothing; every connection also does it.") });
}

int MigrateCommand::migrate(CommandContext& ctx, const QCommandLineParser& /*parser*/)
{
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code, false);
    if (!database) {
        return code;
    }
    auto before = database->schemaVersion();
    if (!before) {
        return ctx.failure(before.error().message);
    }
    if (auto migrated = database->migrate(); !migrated) {
        return ctx.failure(migrated.error().message);
    }
    auto after = database->schemaVersion();
    if (!after) {
        return ctx.failure(after.error().message);
    }
    if (ctx.json()) {
        ctx.out << QStringLiteral(R"({"from":%1,"to":%2})").arg(*before).arg(*after) << "\n";
    } else if (*before == *after) {
        ctx.out << MigrateCommand::tr("schema version %1, up to date").arg(*after) << "\n";
    } else {
        ctx.out << MigrateCommand::tr("schema upgraded from version %1 to %2").arg(*before).arg(*after) << "\n";
    }
    return ExitOk;
}

} // namespace dd::ctl
