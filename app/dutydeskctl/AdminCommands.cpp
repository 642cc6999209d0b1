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

std::unique_ptr<Database> openAsAdmin(CommandContext& ctx, QCommandLineParser& parser, int& code, bool needsAdmin)
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

Result<qint64> userIdFor(const Database& database, const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option)) {
        return qint64(0);
    }
    auto user = UserRepository(database).findByLogin(parser.value(option));
    if (!user) {
        return user.error();
    }
    if (!*user) {
        return Error { UserCommand::tr("there is no user “%1” (--%2)").arg(parser.value(option), option) };
    }
    return (*user)->id;
}

} // namespace

namespace {

int userAdd(CommandContext& ctx, QCommandLineParser& parser)
{
    int code = ExitOk;
    parser.setApplicationDescription(UserCommand::tr("Add a user: dutydeskctl user add LOGIN --role R [--role R…]"));
    parser.addPositionalArgument(QStringLiteral("LOGIN"),
                                 UserCommand::tr("The login (also the PostgreSQL role name)."));
    parser.addOptions(
        { { QStringLiteral("role"),
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
                            "entry for the database as that login.") } });
    auto database = openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    if (parser.positionalArguments().size() != 3) {
        return ctx.usageError(UserCommand::tr("user add needs one LOGIN"));
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

int userList(CommandContext& ctx, QCommandLineParser& parser)
{
    int code = ExitOk;
    parser.setApplicationDescription(UserCommand::tr("List users and their roles."));
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

int clientAdd(CommandContext& ctx, QCommandLineParser& parser)
{
    int code = ExitOk;
    parser.setApplicationDescription(ClientCommand::tr("Add a client: dutydeskctl client add NAME --email OFFICIAL "
                                                       "[--trusted EMAIL[=PERSON]…]"));
    parser.addPositionalArgument(QStringLiteral("NAME"), ClientCommand::tr("The client's name."));
    parser.addOptions(
        { { QStringLiteral("email"), ClientCommand::tr("The official e-mail address."), QStringLiteral("EMAIL") },
          { QStringLiteral("trusted"), ClientCommand::tr("A trusted person's address; repeat for several."),
            QStringLiteral("EMAIL[=PERSON]") } });
    auto database = openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    if (parser.positionalArguments().size() != 3 || !parser.isSet(QStringLiteral("email"))) {
        return ctx.usageError(ClientCommand::tr("client add needs one NAME and --email"));
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

int clientList(CommandContext& ctx, QCommandLineParser& parser)
{
    int code = ExitOk;
    parser.setApplicationDescription(ClientCommand::tr("List clients."));
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

// project add's description, CODE and options.
void addProjectOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        ProjectCommand::tr("Add a project: dutydeskctl project add CODE --name NAME --client C "
                           "--tariff T [options]"));
    parser.addPositionalArgument(QStringLiteral("CODE"), ProjectCommand::tr("A short handle, e.g. rybolov."));
    parser.addOptions(
        { { QStringLiteral("name"), ProjectCommand::tr("The project's name."), QStringLiteral("NAME") },
          { QStringLiteral("client"), ProjectCommand::tr("The client (id or name)."), QStringLiteral("C") },
          { QStringLiteral("tariff"), ProjectCommand::tr("The tariff code."), QStringLiteral("T") },
          { QStringLiteral("site"), ProjectCommand::tr("A site URL; repeat for several."), QStringLiteral("URL") },
          { QStringLiteral("account-manager"), ProjectCommand::tr("The account manager's login."),
            QStringLiteral("LOGIN") },
          { QStringLiteral("programmer"), ProjectCommand::tr("The programmer's login."), QStringLiteral("LOGIN") },
          { QStringLiteral("tester"), ProjectCommand::tr("The tester's login."), QStringLiteral("LOGIN") },
          { QStringLiteral("start"), ProjectCommand::tr("The start date, YYYY-MM-DD."), QStringLiteral("DATE") },
          { QStringLiteral("status"), ProjectCommand::tr("active, paused or closed (default active)."),
            QStringLiteral("S") },
          { QStringLiteral("testing-interval"),
            ProjectCommand::tr("Months between regression tests (default: the shared setting "
                               "testing.default-interval-months)."),
            QStringLiteral("MONTHS") } });
}

// --account-manager, --programmer and --tester: logins of users who must exist.
Status assignPeople(const Database& database, const QCommandLineParser& parser, Project& project)
{
    auto manager = userIdFor(database, parser, QStringLiteral("account-manager"));
    auto programmer = userIdFor(database, parser, QStringLiteral("programmer"));
    auto tester = userIdFor(database, parser, QStringLiteral("tester"));
    for (const auto* id : { &manager, &programmer, &tester }) {
        if (!*id) {
            return id->error();
        }
    }
    project.accountManagerId = *manager;
    project.programmerId = *programmer;
    project.testerId = *tester;
    return Done {};
}

int projectAdd(CommandContext& ctx, QCommandLineParser& parser)
{
    int code = ExitOk;
    addProjectOptions(parser);
    auto database = openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    if (parser.positionalArguments().size() != 3) {
        return ctx.usageError(ProjectCommand::tr("project add needs one CODE"));
    }
    for (const char* required : { "name", "client", "tariff" }) {
        if (!parser.isSet(QLatin1String(required))) {
            return ctx.usageError(ProjectCommand::tr("project add needs --%1").arg(QLatin1String(required)));
        }
    }
    Project project;
    project.code = parser.positionalArguments().at(2);
    project.name = parser.value(QStringLiteral("name"));
    project.tariff = parser.value(QStringLiteral("tariff"));
    project.siteUrls = parser.values(QStringLiteral("site"));
    bool ok = false;
    if (parser.isSet(QStringLiteral("testing-interval"))) {
        project.testingIntervalMonths = parser.value(QStringLiteral("testing-interval")).toInt(&ok);
    } else if (auto shared = SharedSettings::number(*database, setting::testingIntervalMonths)) {
        project.testingIntervalMonths = static_cast<int>(*shared);
        ok = true;
    } else {
        return ctx.failure(shared.error().message);
    }
    if (!ok) {
        return ctx.usageError(ProjectCommand::tr("--testing-interval needs a number of months"));
    }
    if (parser.isSet(QStringLiteral("start"))) {
        project.startDate = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!project.startDate.isValid()) {
            return ctx.usageError(ProjectCommand::tr("--start needs a date YYYY-MM-DD"));
        }
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const auto status = projectStatusFromSlug(parser.value(QStringLiteral("status")));
        if (!status) {
            return ctx.usageError(
                ProjectCommand::tr("unknown project status “%1” (%2)")
                    .arg(parser.value(QStringLiteral("status")), allProjectStatusSlugs().join(QStringLiteral(", "))));
        }
        project.status = *status;
    }
    auto client = ClientRepository(*database).find(parser.value(QStringLiteral("client")));
    if (!client) {
        return ctx.failure(client.error().message);
    }
    if (!*client) {
        return ctx.failure(ProjectCommand::tr("there is no client “%1”").arg(parser.value(QStringLiteral("client"))));
    }
    project.clientId = (*client)->id;
    if (auto assigned = assignPeople(*database, parser, project); !assigned) {
        return ctx.failure(assigned.error().message);
    }
    auto added = ProjectRepository(*database).add(project);
    if (!added) {
        return ctx.failure(added.error().message);
    }
    ctx.out << ProjectCommand::tr("project %1 added (id %2)").arg(added->code).arg(added->id) << "\n";
    return ExitOk;
}

int projectList(CommandContext& ctx, QCommandLineParser& parser)
{
    int code = ExitOk;
    parser.setApplicationDescription(ProjectCommand::tr("List projects."));
    auto database = openAsAdmin(ctx, parser, code, false);
    if (!database) {
        return code;
    }
    auto projects = ProjectRepository(*database).all();
    if (!projects) {
        return ctx.failure(projects.error().message);
    }
    QJsonArray array;
    for (const Project& project : *projects) {
        array << QJsonObject { { QStringLiteral("id"), project.id },
                               { QStringLiteral("code"), project.code },
                               { QStringLiteral("name"), project.name },
                               { QStringLiteral("client"), project.clientName },
                               { QStringLiteral("tariff"), project.tariff },
                               { QStringLiteral("status"), toSlug(project.status) },
                               { QStringLiteral("sites"), QJsonArray::fromStringList(project.siteUrls) },
                               { QStringLiteral("account_manager_id"), project.accountManagerId },
                               { QStringLiteral("programmer_id"), project.programmerId },
                               { QStringLiteral("tester_id"), project.testerId },
                               { QStringLiteral("testing_interval_months"), project.testingIntervalMonths } };
        if (!ctx.json()) {
            ctx.out << project.code.leftJustified(16) << project.name << " — " << project.clientName << "\n";
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
    return dispatchSubcommand(
        ctx, name(),
        {
            { QStringLiteral("add"), tr("Add a user with roles (administrators)."),
              StorageSession::withParser({}, userAdd) },
            { QStringLiteral("list"), tr("List users."), StorageSession::withParser({}, userList) },
            { QStringLiteral("set"), tr("Change a user's name, e-mail, phone, roles."),
              StorageSession::withParser({}, userSet) },
            { QStringLiteral("deactivate"), tr("Deactivate a user, reassigning their open tickets."),
              StorageSession::withParser({}, userDeactivate) },
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
            { QStringLiteral("add"), tr("Add a client (administrators)."), StorageSession::withParser({}, clientAdd) },
            { QStringLiteral("list"), tr("List clients."), StorageSession::withParser({}, clientList) },
        });
}

QString ProjectCommand::description() const
{
    return ProjectCommand::tr("Add and list client projects.");
}

int ProjectCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(
        ctx, name(),
        {
            { QStringLiteral("add"), tr("Add a project (administrators)."),
              StorageSession::withParser({}, projectAdd) },
            { QStringLiteral("list"), tr("List projects."), StorageSession::withParser({}, projectList) },
        });
}

} // namespace dd::ctl
