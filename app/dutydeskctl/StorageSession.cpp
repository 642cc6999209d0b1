#include "StorageSession.h"

#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dd::ctl {

namespace {
const QString actorOptionName = QStringLiteral("as");
}

void StorageSession::addActorOption(QCommandLineParser& parser)
{
    parser.addOption({ actorOptionName,
                       QCoreApplication::translate("dd::ctl",
                                                   "Act as this user in the history (default: $DUTYDESK_USER, "
                                                   "else the system login)."),
                       QStringLiteral("LOGIN") });
}

std::unique_ptr<Database> StorageSession::open(CommandContext& ctx, int& exitCode, bool migrate)
{
    auto location = ctx.database();
    if (!location) {
        exitCode = ctx.usageError(location.error().message);
        return nullptr;
    }
    Database::Options options;
    options.migrate = migrate;
    auto database = Database::open(*location, options);
    if (!database) {
        exitCode = ctx.failure(database.error().message);
        return nullptr;
    }
    exitCode = ExitOk;
    return std::move(database).value();
}

Result<std::unique_ptr<Database>> StorageSession::openExisting(const CommandContext& ctx)
{
    auto location = ctx.database();
    if (!location) {
        return location.error();
    }
    if (!location->isPostgres() && !QFileInfo::exists(location->sqlitePath)) {
        return std::unique_ptr<Database> {};
    }
    Database::Options options;
    options.installServerClock = false;
    return Database::open(*location, options);
}

Result<Actor> StorageSession::actor(const Database& database, const QCommandLineParser& parser)
{
    const UserRepository users(database);
    if (parser.optionNames().contains(actorOptionName) && parser.isSet(actorOptionName)) {
        return users.actorFor(parser.value(actorOptionName), true);
    }
    const QString fromEnvironment = qEnvironmentVariable("DUTYDESK_USER");
    if (!fromEnvironment.isEmpty()) {
        return users.actorFor(fromEnvironment, true);
    }
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = qEnvironmentVariable("LOGNAME");
    }
    return users.actorFor(login.isEmpty() ? QStringLiteral("unknown") : login, false);
}

Status StorageSession::requireAdmin(const Database& database, const Actor& actor)
{
    const UserRepository users(database);
    auto anyAdmin = users.anyoneHas(Role::Admin);
    if (!anyAdmin) {
        return anyAdmin.error();
    }
    if (!*anyAdmin) {
        return Done {};
    }
    auto user = users.findById(actor.userId);
    if (!user) {
        return user.error();
    }
    if (!*user || !(*user)->hasRole(Role::Admin)) {
        return Error { QCoreApplication::translate("dd::ctl", "only an administrator may do this (acting as “%1”)")
                           .arg(actor.login) };
    }
    return Done {};
}

} // namespace dd::ctl
