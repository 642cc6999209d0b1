#include "AdminCommands.h"

#include "SecretPrompt.h"
#include "StorageSession.h"
#include "UserEditCommands.h"

#include "core/storage/ClientRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/ServerRolesMigration.h"
#include "core/storage/SessionIdentity.h"
#include "core/storage/SharedSettings.h"
#include "core/storage/UserRepository.h"
#include "core/util/CredentialStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::ctl {

namespace {

std::unique_ptr<Database> openAsAdmin(CommandContext& ctx, const QCommandLineParser& parser, int& code, bool needsAdmin)
{
    return StorageSession::openAsAdmin(ctx, parser, code, needsAdmin);
}

QJsonObject userJson(const User& user)
{
    QJsonArray roles;
    for (Role role : user.roles) {
        roles << toSlug(role);
    }
    return { { QStringLiteral("id"), user.id },         { QStringLiteral("login"), user.login },
             { QStringLiteral("name"), user.fullName }, { QStringLiteral("email"), user.email },
             { QStringLiteral("phone"), user.phone },   { QStringLiteral("active"), user.active },
             { QStringLiteral("roles"), roles },        { QStringLiteral("version"), user.version } };
}

// `user add … --login`: the person's PostgreSQL login with the groups of their roles.
// The password comes from the keychain entry their desktop will use, or a prompt.
Status provisionLogin(CommandContext& ctx, const QCommandLineParser& parser, const Database& database, const User& user)
{
    QStringList groups;
    for (Role role : user.roles) {
        const QString group = ServerRolesMigration::groupRoleFor(role);
        if (!groups.contains(group)) {
            groups << group;
        }
    }
    DatabaseLocation theirs = database.location();
    theirs.user = user.login;
    auto password = parser.isSet(QStringLiteral("password-from-keychain"))
        ? SecretPrompt::fromKeychain(CredentialStore::databaseKey(theirs))
        : SecretPrompt::ask(ctx.err, UserCommand::tr("Password for the login %1: ").arg(user.login));
    if (!password) {
        return password.error();
    }
    return SessionIdentity::provisionLogin(database, user.login, groups, *password);
}

} // namespace

namespace {

QList<QCommandLineOption> userAddOptions()
{
    return { { QStringLiteral("role"),
               UserCommand::tr("A role (%1); repeat for several.").arg(allRoleSlugs().join(QStringLiteral(", "))),
               QStringLiteral("R") },
             { QStringLiteral("name"), UserCommand::tr("The full name."), QStringLiteral("NAME") },
             { QStringLiteral("email"), UserCommand::tr("The e-mail address."), QStringLiteral("EMAIL") },
             { QStringLiteral("phone"), UserCommand::tr("The phone number."), QStringLiteral("PHONE") },
             { QStringLiteral("login"),
               UserCommand::tr("Also create the PostgreSQL login with the group roles "
                               "of its roles (as the database owner); the password is "
                               "asked for, never given on the command line.") },
             { QStringLiteral("password-from-keychain"),
               UserCommand::tr("With --login: take the password from this keychain's "
                               "entry for the database as that login.") } };
}

int userAdd(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    User user;
    user.login = parser.positionalArguments().at(2);
    user.fullName = parser.value(QStringLiteral("name"));
    user.email = parser.value(QStringLiteral("email"));
    user.phone = parser.value(QStringLiteral("phone"));
    for (const QString& slug : parser.values(QStringLiteral("role"))) {
        const auto role = roleFromSlug(slug);
        if (!role) {
            return ctx.usageError(
                UserCommand::tr("unknown role “%1” (%2)").arg(slug, allRoleSlugs().join(QStringLiteral(", "))));
        }
        user.roles << *role;
    }
    Transaction transaction(*database);
    auto added = UserRepository(*database).add(user);
    if (!added) {
        return ctx.failure(added.error().message);
    }
    if (parser.isSet(QStringLiteral("login"))) {
        if (auto provisioned = provisionLogin(ctx, parser, *database, *added); !provisioned) {
            return ctx.failure(provisioned.error().message);
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return ctx.failure(committed.error().message);
    }
    if (ctx.json()) {
        printJson(ctx, { userJson(*added) });
    } else {
        ctx.out << UserCommand::tr("user %1 added (id %2)").arg(added->login).arg(added->id) << "\n";
    }
    return ExitOk;
}

int userList(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = openAsAdmin(ctx, parser, code, false);
    if (!database) {
        return code;
    }
    auto users = UserRepository(*database).all();
    if (!users) {
        return ctx.failure(users.error().message);
    }
    QJsonArray array;
    for (const User& user : *users) {
        array << userJson(user);
        if (!ctx.json()) {
            QStringList roles;
            for (Role role : user.roles) {
                roles << toSlug(role);
            }
            ctx.out << user.login.leftJustified(16) << user.fullName.leftJustified(28)
                    << roles.join(QStringLiteral(", ")) << "\n";
        }
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

int clientAdd(CommandContext& ctx, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("email"))) {
        return ctx.usageError(ClientCommand::tr("client add needs one NAME and --email"));
    }
    int code = ExitOk;
    auto database = openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    Client client;
    client.name = parser.positionalArguments().at(2);
    client.officialEmail = parser.value(QStringLiteral("email"));
    for (const QString& trusted : parser.values(QStringLiteral("trusted"))) {
        const int split = trusted.indexOf(QLatin1Char('='));
        client.trusted << TrustedAddress { split < 0 ? trusted : trusted.left(split),
                                           split < 0 ? QString() : trusted.mid(split + 1) };
    }
    auto added = ClientRepository(*database).add(client);
    if (!added) {
        return ctx.failure(added.error().message);
    }
    ctx.out << ClientCommand::tr("client “%1” added (id %2)").arg(added->name).arg(added->id) << "\n";
    return ExitOk;
}

int clientList(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = openAsAdmin(ctx, parser, code, false);
    if (!database) {
        return code;
    }
    auto clients = ClientRepository(*database).all();
    if (!clients) {
        return ctx.failure(clients.error().message);
    }
    QJsonArray array;
    for (const Client& client : *clients) {
        QJsonArray trusted;
        for (const TrustedAddress& address : client.trusted) {
            trusted << address.email;
        }
        array << QJsonObject { { QStringLiteral("id"), client.id },
                               { QStringLiteral("name"), client.name },
                               { QStringLiteral("email"), client.officialEmail },
                               { QStringLiteral("trusted"), trusted } };
        if (!ctx.json()) {
            ctx.out << QString::number(client.id).rightJustified(4) << "  " << client.name << " <"
                    << client.officialEmail << ">\n";
        }
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

} // namespace

QString UserCommand::description() const
{
    return UserCommand::tr("Add and list users and their roles.");
}

int UserCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(ctx, name(),
                              {
                                  { .name = QStringLiteral("add"),
                                    .synopsis = tr("Add a user with roles (administrators)."),
                                    .options = userAddOptions(),
                                    .arguments = { { QStringLiteral("LOGIN"),
                                                     UserCommand::tr("The login (also the PostgreSQL role name).") } },
                                    .actor = true,
                                    .handler = userAdd },
                                  { .name = QStringLiteral("list"),
                                    .synopsis = tr("List users."),
                                    .actor = true,
                                    .handler = userList,
                                    .description = UserCommand::tr("List users and their roles.") },
                                  userSetSubcommand(),
                                  userDeactivateSubcommand(),
                              });
}

QString ClientCommand::description() const
{
    return ClientCommand::tr("Add and list clients with their official and trusted addresses.");
}

int ClientCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("add"),
              .synopsis = tr("Add a client (administrators)."),
              .options
              = { { QStringLiteral("email"), ClientCommand::tr("The official e-mail address."),
                    QStringLiteral("EMAIL") },
                  { QStringLiteral("trusted"), ClientCommand::tr("A trusted person's address; repeat for several."),
                    QStringLiteral("EMAIL[=PERSON]") } },
              .arguments = { { QStringLiteral("NAME"), ClientCommand::tr("The client's name.") } },
              .actor = true,
              .handler = clientAdd },
            { .name = QStringLiteral("list"), .synopsis = tr("List clients."), .actor = true, .handler = clientList },
        });
}

} // namespace dd::ctl
