#include "UserEditCommands.h"
#include "AdminCommands.h"

#include "StorageSession.h"

#include "core/storage/UserRepository.h"

#include <QCoreApplication>

namespace dd::ctl {

namespace {

QList<QCommandLineOption> userSetOptions()
{
    return {
        { QStringLiteral("name"), UserCommand::tr("The full name."), QStringLiteral("NAME") },
        { QStringLiteral("email"), UserCommand::tr("The e-mail address (empty to clear)."), QStringLiteral("EMAIL") },
        { QStringLiteral("phone"), UserCommand::tr("The phone number (empty to clear)."), QStringLiteral("PHONE") },
        { QStringLiteral("role"),
          UserCommand::tr("A role (%1); repeat for several; replaces the roles held.")
              .arg(allRoleSlugs().join(QStringLiteral(", "))),
          QStringLiteral("R") }
    };
}

int userSet(CommandContext& ctx, const QCommandLineParser& parser)
{
    QList<Role> roles;
    for (const QString& slug : parser.values(QStringLiteral("role"))) {
        const auto role = roleFromSlug(slug);
        if (!role) {
            return ctx.usageError(
                UserCommand::tr("unknown role “%1” (%2)").arg(slug, allRoleSlugs().join(QStringLiteral(", "))));
        }
        roles << *role;
    }
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    const UserRepository users(*database);
    auto found = users.findByLogin(parser.positionalArguments().at(2));
    if (!found || !*found) {
        return ctx.failure(found ? UserCommand::tr("there is no user “%1”").arg(parser.positionalArguments().at(2))
                                 : found.error().message);
    }
    User user = **found;
    if (parser.isSet(QStringLiteral("name"))) {
        user.fullName = parser.value(QStringLiteral("name"));
    }
    if (parser.isSet(QStringLiteral("email"))) {
        user.email = parser.value(QStringLiteral("email")).trimmed();
    }
    if (parser.isSet(QStringLiteral("phone"))) {
        user.phone = parser.value(QStringLiteral("phone")).trimmed();
    }
    if (!roles.isEmpty()) {
        user.roles = roles;
    }
    if (auto updated = users.update(user, user.version); !updated) {
        return ctx.failure(updated.error().message);
    }
    ctx.out << UserCommand::tr("user %1 changed").arg(user.login) << "\n";
    return ExitOk;
}

int userDeactivate(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    Actor actor;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, true, &actor);
    if (!database) {
        return code;
    }
    const UserRepository users(*database);
    std::optional<qint64> reassignTo;
    if (parser.isSet(QStringLiteral("reassign-to"))) {
        auto target = users.findByLogin(parser.value(QStringLiteral("reassign-to")));
        if (!target || !*target) {
            return ctx.failure(target ? UserCommand::tr("there is no user “%1” (--reassign-to)")
                                            .arg(parser.value(QStringLiteral("reassign-to")))
                                      : target.error().message);
        }
        reassignTo = (*target)->id;
    }
    const QString login = parser.positionalArguments().at(2);
    if (auto done = users.deactivate(login, reassignTo, actor); !done) {
        // The open tickets are named with the way out.
        return ctx.failure(
            done.error().message
            + (reassignTo ? QString()
                          : UserCommand::tr(" (dutydeskctl user deactivate %1 --reassign-to LOGIN)").arg(login)));
    }
    ctx.out << UserCommand::tr("user %1 deactivated").arg(login) << "\n";
    return ExitOk;
}

} // namespace

Subcommand userSetSubcommand()
{
    return { .name = QStringLiteral("set"),
             .synopsis = UserCommand::tr("Change a user's name, e-mail, phone, roles."),
             .options = userSetOptions(),
             .arguments = { { QStringLiteral("LOGIN"), UserCommand::tr("The user's login.") } },
             .actor = true,
             .handler = userSet };
}

Subcommand userDeactivateSubcommand()
{
    return { .name = QStringLiteral("deactivate"),
             .synopsis = UserCommand::tr("Deactivate a user, reassigning their open tickets."),
             .options
             = { { QStringLiteral("reassign-to"), UserCommand::tr("The engineer who takes over their open tickets."),
                   QStringLiteral("LOGIN") } },
             .arguments = { { QStringLiteral("LOGIN"), UserCommand::tr("The user's login.") } },
             .actor = true,
             .handler = userDeactivate };
}

} // namespace dd::ctl
