#include "StorageSession.h"

#include "core/schema/SchemaCatalog.h"
#include "core/storage/SessionIdentity.h"
#include "core/storage/TicketRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dd::ctl {

namespace {
const QString actorOptionName = QStringLiteral("as");
}

QCommandLineOption StorageSession::actorOption()
{
    return { actorOptionName,
             StorageSession::tr("Act as this user in the history (default: $DUTYDESK_USER, "
                                "else the system login). On PostgreSQL you act as your "
                                "database login; only administrators may act for someone "
                                "else, and the history says so."),
             QStringLiteral("LOGIN") };
}

std::unique_ptr<Database> StorageSession::open(CommandContext& ctx, int& exitCode, bool migrate)
{
    auto location = ctx.database();
    if (!location) {
        exitCode = ctx.usageError(location.error().message);
        return nullptr;
    }
    // The user's default file lives in a folder of ours; any other path's folder must exist.
    if (!location->isPostgres() && location->sqlitePath == DatabaseLocation::defaultLocation().sqlitePath) {
        QDir().mkpath(QFileInfo(location->sqlitePath).absolutePath());
    }
    Database::Options options;
    options.migrate = migrate;
    auto database = SchemaCatalog::open(*location, options);
    if (!database) {
        exitCode = ctx.failure(database.error().message);
        return nullptr;
    }
    exitCode = ExitOk;
    return std::move(database).value();
}

std::pair<std::unique_ptr<Database>, std::optional<Actor>>
StorageSession::openAs(CommandContext& ctx, const QCommandLineParser& parser, int& exitCode)
{
    auto database = open(ctx, exitCode);
    if (!database) {
        return {};
    }
    auto acting = actor(*database, parser);
    if (!acting) {
        exitCode = ctx.failure(acting.error().message);
        return {};
    }
    return { std::move(database), std::move(acting).value() };
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
    return SchemaCatalog::open(*location, options);
}

Result<Actor> StorageSession::actor(const Database& database, const QCommandLineParser& parser)
{
    QString requested = qEnvironmentVariable("DUTYDESK_USER");
    if (parser.optionNames().contains(actorOptionName) && parser.isSet(actorOptionName)) {
        requested = parser.value(actorOptionName);
    }
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = qEnvironmentVariable("LOGNAME");
    }
    return SessionIdentity::actor(database, requested, login.isEmpty() ? QStringLiteral("unknown") : login);
}

Status StorageSession::requireAdmin(const Database& database, const Actor& actor)
{
    return SessionIdentity::requireAdmin(database, actor);
}

std::unique_ptr<Database> StorageSession::openAsAdmin(CommandContext& ctx, const QCommandLineParser& parser,
                                                      int& exitCode, bool needsAdmin, Actor* actor)
{
    auto database = open(ctx, exitCode);
    if (!database || (!needsAdmin && !actor)) {
        return database;
    }
    auto acting = StorageSession::actor(*database, parser);
    if (!acting) {
        exitCode = ctx.failure(acting.error().message);
        return nullptr;
    }
    if (needsAdmin) {
        if (auto allowed = requireAdmin(*database, *acting); !allowed) {
            exitCode = ctx.failure(allowed.error().message);
            return nullptr;
        }
    }
    if (actor) {
        *actor = *acting;
    }
    return database;
}

Result<Ticket> StorageSession::ticket(const Database& database, const QString& text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#'))) {
        digits.remove(0, 1);
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number <= 0) {
        return Error { StorageSession::tr("“%1” is not a ticket number").arg(text) };
    }
    auto found = TicketRepository(database).findByNumber(number);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error { StorageSession::tr("there is no ticket #%1").arg(number) };
    }
    return **found;
}

Argument StorageSession::ticketArgument()
{
    return { QStringLiteral("TICKET"), StorageSession::tr("The ticket's number: 12 or #12.") };
}

} // namespace dd::ctl
