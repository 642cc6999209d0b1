#include "AdminCommands.h"

#include "StorageSession.h"

#include "storage/ClientRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dd::ctl", text);
}

void printJson(CommandContext& ctx, const QJsonArray& array)
{
    ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

// Parses, opens the database and checks that the acting user administers. Returns
// nullptr (with `code` set) when the command is already done.
std::unique_ptr<Database> openAsAdmin(CommandContext& ctx, QCommandLineParser& parser, int& code, bool needsAdmin)
{
    if (auto done = ctx.parse(parser, ctx.arguments)) {
        code = *done;
        return nullptr;
    }
    auto database = StorageSession::open(ctx, code);
    if (!database || !needsAdmin) {
        return database;
    }
    auto actor = StorageSession::actor(*database, parser);
    if (!actor) {
        code = ctx.failure(actor.error().message);
        return nullptr;
    }
    if (auto allowed = StorageSession::requireAdmin(*database, *actor); !allowed) {
        code = ctx.failure(allowed.error().message);
        return nullptr;
    }
    return database;
}

QJsonObject userJson(const User& user)
{
    QJsonArray roles;
    for (Role role : user.roles) {
        roles << toSlug(role);
    }
    return { { QStringLiteral("id"), user.id },         { QStringLiteral("login"), user.login },
             { QStringLiteral("name"), user.fullName }, { QStringLiteral("email"), user.email },
             { QStringLiteral("roles"), roles },        { QStringLiteral("version"), user.version } };
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
        return Error { tr("there is no user “%1” (--%2)").arg(parser.value(option), option) };
    }
    return (*user)->id;
}

} // namespace

QString UserCommand::description() const
{
    return tr("Add and list users and their roles.");
}

int UserCommand::run(CommandContext& ctx)
{
    const QString sub = ctx.arguments.value(1);
    QCommandLineParser parser;
    CommandContext::addCommonOptions(parser);
    StorageSession::addActorOption(parser);
    int code = ExitOk;
    if (sub == QLatin1String("add")) {
        parser.setApplicationDescription(tr("Add a user: dutydeskctl user add LOGIN --role R [--role R…]"));
        parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The login (also the PostgreSQL role name)."));
        parser.addOptions({ { QStringLiteral("role"),
                              tr("A role (%1); repeat for several.").arg(allRoleSlugs().join(QStringLiteral(", "))),
                              QStringLiteral("R") },
                            { QStringLiteral("name"), tr("The full name."), QStringLiteral("NAME") },
                            { QStringLiteral("email"), tr("The e-mail address."), QStringLiteral("EMAIL") } });
        auto database = openAsAdmin(ctx, parser, code, true);
        if (!database) {
            return code;
        }
        if (parser.positionalArguments().size() != 3) {
            return ctx.usageError(tr("user add needs one LOGIN"));
        }
        User user;
        user.login = parser.positionalArguments().at(2);
        user.fullName = parser.value(QStringLiteral("name"));
        user.email = parser.value(QStringLiteral("email"));
        for (const QString& slug : parser.values(QStringLiteral("role"))) {
            const auto role = roleFromSlug(slug);
            if (!role) {
                return ctx.usageError(
                    tr("unknown role “%1” (%2)").arg(slug, allRoleSlugs().join(QStringLiteral(", "))));
            }
            user.roles << *role;
        }
        auto added = UserRepository(*database).add(user);
        if (!added) {
            return ctx.failure(added.error().message);
        }
        if (ctx.json()) {
            printJson(ctx, { userJson(*added) });
        } else {
            ctx.out << tr("user %1 added (id %2)").arg(added->login).arg(added->id) << "\n";
        }
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(tr("List users and their roles."));
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
    return dispatchUnknownSubcommand(ctx, name(),
                                     { { QStringLiteral("add"), tr("Add a user with roles (administrators).") },
                                       { QStringLiteral("list"), tr("List users.") } });
}

QString ClientCommand::description() const
{
    return tr("Add and list clients with their official and trusted addresses.");
}

int ClientCommand::run(CommandContext& ctx)
{
    const QString sub = ctx.arguments.value(1);
    QCommandLineParser parser;
    CommandContext::addCommonOptions(parser);
    StorageSession::addActorOption(parser);
    int code = ExitOk;
    if (sub == QLatin1String("add")) {
        parser.setApplicationDescription(tr("Add a client: dutydeskctl client add NAME --email OFFICIAL "
                                            "[--trusted EMAIL[=PERSON]…]"));
        parser.addPositionalArgument(QStringLiteral("NAME"), tr("The client's name."));
        parser.addOptions({ { QStringLiteral("email"), tr("The official e-mail address."), QStringLiteral("EMAIL") },
                            { QStringLiteral("trusted"), tr("A trusted person's address; repeat for several."),
                              QStringLiteral("EMAIL[=PERSON]") } });
        auto database = openAsAdmin(ctx, parser, code, true);
        if (!database) {
            return code;
        }
        if (parser.positionalArguments().size() != 3 || !parser.isSet(QStringLiteral("email"))) {
            return ctx.usageError(tr("client add needs one NAME and --email"));
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
        ctx.out << tr("client “%1” added (id %2)").arg(added->name).arg(added->id) << "\n";
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(tr("List clients."));
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
    return dispatchUnknownSubcommand(ctx, name(),
                                     { { QStringLiteral("add"), tr("Add a client (administrators).") },
                                       { QStringLiteral("list"), tr("List clients.") } });
}

QString ProjectCommand::description() const
{
    return tr("Add and list client projects.");
}

int ProjectCommand::run(CommandContext& ctx)
{
    const QString sub = ctx.arguments.value(1);
    QCommandLineParser parser;
    CommandContext::addCommonOptions(parser);
    StorageSession::addActorOption(parser);
    int code = ExitOk;
    if (sub == QLatin1String("add")) {
        parser.setApplicationDescription(tr("Add a project: dutydeskctl project add CODE --name NAME --client C "
                                            "--tariff T [options]"));
        parser.addPositionalArgument(QStringLiteral("CODE"), tr("A short handle, e.g. rybolov."));
        parser.addOptions(
            { { QStringLiteral("name"), tr("The project's name."), QStringLiteral("NAME") },
              { QStringLiteral("client"), tr("The client (id or name)."), QStringLiteral("C") },
              { QStringLiteral("tariff"), tr("The tariff code."), QStringLiteral("T") },
              { QStringLiteral("site"), tr("A site URL; repeat for several."), QStringLiteral("URL") },
              { QStringLiteral("account-manager"), tr("The account manager's login."), QStringLiteral("LOGIN") },
              { QStringLiteral("programmer"), tr("The programmer's login."), QStringLiteral("LOGIN") },
              { QStringLiteral("tester"), tr("The tester's login."), QStringLiteral("LOGIN") },
              { QStringLiteral("start"), tr("The start date, YYYY-MM-DD."), QStringLiteral("DATE") },
              { QStringLiteral("status"), tr("active, paused or closed (default active)."), QStringLiteral("S") },
              { QStringLiteral("testing-interval"), tr("Months between regression tests (default 2)."),
                QStringLiteral("MONTHS"), QStringLiteral("2") } });
        auto database = openAsAdmin(ctx, parser, code, true);
        if (!database) {
            return code;
        }
        if (parser.positionalArguments().size() != 3) {
            return ctx.usageError(tr("project add needs one CODE"));
        }
        for (const char* required : { "name", "client", "tariff" }) {
            if (!parser.isSet(QLatin1String(required))) {
                return ctx.usageError(tr("project add needs --%1").arg(QLatin1String(required)));
            }
        }
        Project project;
        project.code = parser.positionalArguments().at(2);
        project.name = parser.value(QStringLiteral("name"));
        project.tariff = parser.value(QStringLiteral("tariff"));
        project.siteUrls = parser.values(QStringLiteral("site"));
        bool ok = false;
        project.testingIntervalMonths = parser.value(QStringLiteral("testing-interval")).toInt(&ok);
        if (!ok) {
            return ctx.usageError(tr("--testing-interval needs a number of months"));
        }
        if (parser.isSet(QStringLiteral("start"))) {
            project.startDate = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
            if (!project.startDate.isValid()) {
                return ctx.usageError(tr("--start needs a date YYYY-MM-DD"));
            }
        }
        if (parser.isSet(QStringLiteral("status"))) {
            const auto status = projectStatusFromSlug(parser.value(QStringLiteral("status")));
            if (!status) {
                return ctx.usageError(tr("unknown project status “%1” (%2)")
                                          .arg(parser.value(QStringLiteral("status")),
                                               allProjectStatusSlugs().join(QStringLiteral(", "))));
            }
            project.status = *status;
        }
        auto client = ClientRepository(*database).find(parser.value(QStringLiteral("client")));
        if (!client) {
            return ctx.failure(client.error().message);
        }
        if (!*client) {
            return ctx.failure(tr("there is no client “%1”").arg(parser.value(QStringLiteral("client"))));
        }
        project.clientId = (*client)->id;
        auto manager = userIdFor(*database, parser, QStringLiteral("account-manager"));
        auto programmer = userIdFor(*database, parser, QStringLiteral("programmer"));
        auto tester = userIdFor(*database, parser, QStringLiteral("tester"));
        for (const auto* id : { &manager, &programmer, &tester }) {
            if (!*id) {
                return ctx.failure(id->error().message);
            }
        }
        project.accountManagerId = *manager;
        project.programmerId = *programmer;
        project.testerId = *tester;
        auto added = ProjectRepository(*database).add(project);
        if (!added) {
            return ctx.failure(added.error().message);
        }
        ctx.out << tr("project %1 added (id %2)").arg(added->code).arg(added->id) << "\n";
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(tr("List projects."));
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
    return dispatchUnknownSubcommand(ctx, name(),
                                     { { QStringLiteral("add"), tr("Add a project (administrators).") },
                                       { QStringLiteral("list"), tr("List projects.") } });
}

} // namespace dd::ctl
