#include "ProjectCommand.h"

#include "StorageSession.h"

#include "core/storage/ClientRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/SharedSettings.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::ctl {

namespace {

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
        return Error { ProjectCommand::tr("there is no user “%1” (--%2)").arg(parser.value(option), option) };
    }
    return (*user)->id;
}

QCommandLineOption shortNameOption()
{
    return { QStringLiteral("short-name"),
             ProjectCommand::tr("The short name shown in narrow places (at most 20 characters; "
                                "an empty value removes it)."),
             QStringLiteral("S") };
}

QJsonObject projectJson(const Project& project)
{
    return { { QStringLiteral("id"), project.id },
             { QStringLiteral("code"), project.code },
             { QStringLiteral("name"), project.name },
             { QStringLiteral("short_name"), project.shortName.isEmpty() ? QJsonValue() : project.shortName },
             { QStringLiteral("client"), project.clientName },
             { QStringLiteral("tariff"), project.tariff },
             { QStringLiteral("status"), toSlug(project.status) },
             { QStringLiteral("sites"), QJsonArray::fromStringList(project.siteUrls) },
             { QStringLiteral("account_manager_id"), project.accountManagerId },
             { QStringLiteral("programmer_id"), project.programmerId },
             { QStringLiteral("tester_id"), project.testerId },
             { QStringLiteral("testing_interval_months"), project.testingIntervalMonths },
             { QStringLiteral("version"), project.version } };
}

QList<QCommandLineOption> projectAddOptions()
{
    return { { QStringLiteral("name"), ProjectCommand::tr("The project's name."), QStringLiteral("NAME") },
             shortNameOption(),
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
               QStringLiteral("MONTHS") } };
}

// The options of `project add` past the required ones; an empty result is success.
std::optional<int> readProjectOptions(CommandContext& ctx, const QCommandLineParser& parser, const Database& database,
                                      Project& project)
{
    bool ok = false;
    if (parser.isSet(QStringLiteral("testing-interval"))) {
        project.testingIntervalMonths = parser.value(QStringLiteral("testing-interval")).toInt(&ok);
    } else if (auto shared = SharedSettings::number(database, setting::testingIntervalMonths)) {
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
    auto client = ClientRepository(database).find(parser.value(QStringLiteral("client")));
    if (!client) {
        return ctx.failure(client.error().message);
    }
    if (!*client) {
        return ctx.failure(ProjectCommand::tr("there is no client “%1”").arg(parser.value(QStringLiteral("client"))));
    }
    project.clientId = (*client)->id;
    auto manager = userIdFor(database, parser, QStringLiteral("account-manager"));
    auto programmer = userIdFor(database, parser, QStringLiteral("programmer"));
    auto tester = userIdFor(database, parser, QStringLiteral("tester"));
    for (const auto* id : { &manager, &programmer, &tester }) {
        if (!*id) {
            return ctx.failure(id->error().message);
        }
    }
    project.accountManagerId = *manager;
    project.programmerId = *programmer;
    project.testerId = *tester;
    return std::nullopt;
}

int addProject(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    for (const char* required : { "name", "client", "tariff" }) {
        if (!parser.isSet(QLatin1String(required))) {
            return ctx.usageError(ProjectCommand::tr("project add needs --%1").arg(QLatin1String(required)));
        }
    }
    Project project;
    project.code = parser.positionalArguments().at(2);
    project.name = parser.value(QStringLiteral("name"));
    project.shortName = parser.value(QStringLiteral("short-name"));
    project.tariff = parser.value(QStringLiteral("tariff"));
    project.siteUrls = parser.values(QStringLiteral("site"));
    if (auto failed = readProjectOptions(ctx, parser, *database, project)) {
        return *failed;
    }
    auto added = ProjectRepository(*database).add(project);
    if (!added) {
        return ctx.failure(added.error().message);
    }
    ctx.out << ProjectCommand::tr("project %1 added (id %2)").arg(added->code).arg(added->id) << "\n";
    return ExitOk;
}

int updateProject(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("name")) && !parser.isSet(QStringLiteral("short-name"))) {
        return ctx.usageError(ProjectCommand::tr("project update needs --name or --short-name"));
    }
    const ProjectRepository projects(*database);
    auto found = projects.find(parser.positionalArguments().at(2));
    if (!found) {
        return ctx.failure(found.error().message);
    }
    if (!*found) {
        return ctx.failure(ProjectCommand::tr("there is no project “%1”").arg(parser.positionalArguments().at(2)));
    }
    Project project = **found;
    if (parser.isSet(QStringLiteral("name"))) {
        project.name = parser.value(QStringLiteral("name"));
    }
    if (parser.isSet(QStringLiteral("short-name"))) {
        project.shortName = parser.value(QStringLiteral("short-name"));
    }
    auto updated = projects.update(project, project.version);
    if (!updated) {
        return ctx.failure(updated.error().message);
    }
    if (ctx.json()) {
        printJson(ctx, projectJson(*updated));
    } else {
        ctx.out << ProjectCommand::tr("project %1 updated").arg(updated->code) << "\n";
    }
    return ExitOk;
}

int listProjects(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, false);
    if (!database) {
        return code;
    }
    auto projects = ProjectRepository(*database).all();
    if (!projects) {
        return ctx.failure(projects.error().message);
    }
    QJsonArray array;
    for (const Project& project : *projects) {
        array << projectJson(project);
        if (!ctx.json()) {
            ctx.out << project.code.leftJustified(16) << project.shownName().leftJustified(22) << project.name << " — "
                    << project.clientName << "\n";
        }
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

} // namespace

QString ProjectCommand::description() const
{
    return ProjectCommand::tr("Add, change and list client projects.");
}

int ProjectCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("add"),
              .synopsis = tr("Add a project (administrators)."),
              .options = projectAddOptions(),
              .arguments = { { QStringLiteral("CODE"), ProjectCommand::tr("A short handle, e.g. rybolov.") } },
              .actor = true,
              .handler = addProject },
            { .name = QStringLiteral("update"),
              .synopsis = tr("Change a project's name or short name (administrators)."),
              .options
              = { { QStringLiteral("name"), ProjectCommand::tr("The project's name."), QStringLiteral("NAME") },
                  shortNameOption() },
              .arguments = { { QStringLiteral("PROJECT"), ProjectCommand::tr("The project's id, code or name.") } },
              .actor = true,
              .handler = updateProject },
            { .name = QStringLiteral("list"),
              .synopsis = tr("List projects."),
              .actor = true,
              .handler = listProjects },
        });
}

} // namespace dd::ctl
