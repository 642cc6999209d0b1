#include "RegressionCommand.h"

#include "RegressionArguments.h"
#include "RegressionFormat.h"
#include "StorageSession.h"

#include "core/regression/IcsExport.h"
#include "core/regression/RegressionRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::ctl {

namespace {

// `checklist --set FILE`: the file, or standard input for "-", as a checklist.
Result<ChecklistTemplate> readChecklist(const QString& path)
{
    const bool fromStdin = path == QLatin1String("-");
    QFile file(fromStdin ? QString() : path);
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        return Error { RegressionCommand::tr("cannot read %1: %2").arg(path, file.errorString()) };
    }
    auto parsed = ChecklistTemplate::parse(QString::fromUtf8(file.readAll()));
    if (!parsed) {
        return Error { parsed.error().toString() };
    }
    return *parsed;
}

Argument projectArgument()
{
    return { QStringLiteral("PROJECT"), RegressionCommand::tr("The project (id, code or name).") };
}

} // namespace

QString RegressionCommand::description() const
{
    return RegressionCommand::tr("The bimonthly regression schedule and the run log.");
}

// due and the run log: show, start, record, finish, ticket.
std::vector<Subcommand> RegressionCommand::runSubcommands()
{
    const Argument run { QStringLiteral("RUN"), RegressionCommand::tr("The test run's number.") };
    const Argument project = projectArgument();
    const Argument item { QStringLiteral("ITEM"), RegressionCommand::tr("The checklist item (its number or slug).") };
    return {
        { .name = QStringLiteral("due"),
          .synopsis = tr("List the runs that are due, overdue or in progress."),
          .options = { testerOption(),
                       todayOption(),
                       { QStringLiteral("all"),
                         RegressionCommand::tr("Also list planned runs, paused projects and finished runs.") } },
          .handler = due },
        { .name = QStringLiteral("show"),
          .synopsis = tr("Show a run and its checklist."),
          .arguments = { run },
          .handler = show },
        { .name = QStringLiteral("start"),
          .synopsis = tr("Start a project's regression run."),
          .arguments = { project },
          .actor = true,
          .handler = start },
        { .name = QStringLiteral("record"),
          .synopsis = tr("Record an item: pass, fail or skip."),
          .options
          = { { QStringLiteral("note"), RegressionCommand::tr("What the tester saw."), QStringLiteral("TEXT") } },
          .arguments = { run, item, { QStringLiteral("RESULT"), RegressionCommand::tr("pass, fail or skip.") } },
          .actor = true,
          .handler = record },
        { .name = QStringLiteral("finish"),
          .synopsis = tr("Finish a run with a summary."),
          .options
          = { { QStringLiteral("summary"), RegressionCommand::tr("The run's summary."), QStringLiteral("TEXT") } },
          .arguments = { run },
          .actor = true,
          .handler = finish },
        { .name = QStringLiteral("ticket"),
          .synopsis = tr("Turn a failed item into a ticket."),
          .arguments = { run, item },
          .actor = true,
          .handler = ticket },
    };
}

// Planning: feature tests, the calendar file and the checklists.
std::vector<Subcommand> RegressionCommand::planSubcommands()
{
    const Argument project = projectArgument();
    return {
        { .name = QStringLiteral("request"),
          .synopsis = tr("Attach a tester to a ticket to test a feature."),
          .options = { { QStringLiteral("tester"), RegressionCommand::tr("The tester who tests the feature."),
                         QStringLiteral("LOGIN") },
                       { QStringLiteral("due"), RegressionCommand::tr("Test by this date (default: today)."),
                         QStringLiteral("DATE") } },
          .arguments = { StorageSession::ticketArgument() },
          .actor = true,
          .handler = request },
        { .name = QStringLiteral("ics"),
          .synopsis = tr("Write the schedule as an iCalendar file."),
          .options = { testerOption(),
                       todayOption(),
                       { QStringLiteral("no-history"), RegressionCommand::tr("Leave out finished runs.") } },
          .handler = ics,
          .description = RegressionCommand::tr("Write the schedule as an iCalendar file to standard output.") },
        { .name = QStringLiteral("checklist"),
          .synopsis = tr("Show or replace a project's checklist."),
          .options = { { QStringLiteral("set"),
                         RegressionCommand::tr("Replace the checklist with this file (- for standard input), "
                                               "one \"slug: title\" a line."),
                         QStringLiteral("FILE") } },
          .arguments = { project },
          .actor = true,
          .handler = checklist },
    };
}

int RegressionCommand::run(CommandContext& ctx)
{
    std::vector<Subcommand> table = runSubcommands();
    for (Subcommand& entry : planSubcommands()) {
        table.push_back(std::move(entry));
    }
    return dispatchSubcommand(ctx, name(), table);
}

int RegressionCommand::due(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    QList<ScheduleEntry> entries;
    if (auto failed = loadSchedule(ctx, parser, entries)) {
        return *failed;
    }
    QJsonArray array;
    for (const ScheduleEntry& e : std::as_const(entries)) {
        if (!e.isOpen() && !parser.isSet(QStringLiteral("all"))) {
            continue;
        }
        if (ctx.json()) {
            array << entryJson(e);
            continue;
        }
        QString what = e.projectCode;
        if (e.kind == RunKind::Feature) {
            what += RegressionCommand::tr(" feature test of #%1").arg(e.ticketNumber);
        }
        ctx.out << QStringLiteral("%1 %2  %3 %4  %5%6")
                       .arg(toSlug(e.state), -11)
                       .arg(e.date.isValid() ? e.date.toString(Qt::ISODate) : QStringLiteral("—"), -10)
                       .arg(what, -16)
                       .arg(e.testerLogin.isEmpty() ? QStringLiteral("—") : e.testerLogin, -10)
                       .arg(e.runId == 0 ? QString() : RegressionCommand::tr("run %1").arg(e.runId))
                       .arg(e.daysOverdue > 0 ? RegressionCommand::tr("  (%1 days late)").arg(e.daysOverdue)
                                              : QString())
                << "\n";
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

int RegressionCommand::show(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    auto runId = runIdFrom(args.at(0));
    if (!runId) {
        return ctx.usageError(runId.error().message);
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto run = RegressionRepository(*database).run(*runId);
    return printRunOrFailure(ctx, run);
}

int RegressionCommand::start(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    auto project = ProjectRepository(*database).find(args.at(0));
    if (!project) {
        return ctx.failure(project.error().message);
    }
    if (!*project) {
        return ctx.failure(RegressionCommand::tr("there is no project “%1”").arg(args.at(0)));
    }
    auto run = RegressionRepository(*database).startRegression((*project)->id, *actor);
    return printRunOrFailure(ctx, run);
}

int RegressionCommand::record(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    auto runId = runIdFrom(args.at(0));
    if (!runId) {
        return ctx.usageError(runId.error().message);
    }
    const auto result = itemResultFromSlug(args.at(2));
    if (!result || *result == ItemResult::Pending) {
        return ctx.usageError(RegressionCommand::tr("“%1” is not a result (pass, fail, skip)").arg(args.at(2)));
    }
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    auto item = RegressionRepository(*database).record(*runId, args.at(1), *result,
                                                       parser.value(QStringLiteral("note")), *actor);
    if (!item) {
        return ctx.failure(item.error().message);
    }
    if (ctx.json()) {
        printJson(ctx,
                  QJsonObject { { QStringLiteral("run"), *runId },
                                { QStringLiteral("number"), item->position },
                                { QStringLiteral("slug"), item->slug },
                                { QStringLiteral("result"), toSlug(item->result) },
                                { QStringLiteral("note"), item->note } });
    } else {
        ctx.out << RegressionCommand::tr("run %1 item %2 %3: %4")
                       .arg(*runId)
                       .arg(item->position)
                       .arg(item->slug, toSlug(item->result))
                << "\n";
    }
    return ExitOk;
}

int RegressionCommand::finish(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    auto runId = runIdFrom(args.at(0));
    if (!runId) {
        return ctx.usageError(runId.error().message);
    }
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    auto run = RegressionRepository(*database).finish(*runId, parser.value(QStringLiteral("summary")), *actor);
    return printRunOrFailure(ctx, run);
}

int RegressionCommand::ticket(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    auto runId = runIdFrom(args.at(0));
    if (!runId) {
        return ctx.usageError(runId.error().message);
    }
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    const RegressionRepository repo(*database);
    auto run = repo.run(*runId);
    if (!run) {
        return ctx.failure(run.error().message);
    }
    const RegressionRunItem* item = run->item(args.at(1));
    if (!item) {
        return ctx.failure(RegressionCommand::tr("test run %1 has no item “%2”").arg(*runId).arg(args.at(1)));
    }
    auto ticket = repo.ticketFromItem(item->id, *actor);
    if (!ticket) {
        return ctx.failure(ticket.error().message);
    }
    if (ctx.json()) {
        printJson(ctx,
                  QJsonObject { { QStringLiteral("number"), ticket->number },
                                { QStringLiteral("project"), run->projectCode },
                                { QStringLiteral("subject"), ticket->subject } });
    } else {
        ctx.out << RegressionCommand::tr("ticket #%1: %2").arg(ticket->number).arg(ticket->subject) << "\n";
    }
    return ExitOk;
}

int RegressionCommand::request(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    bool ok = false;
    const qint64 number = QString(args.at(0)).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || !parser.isSet(QStringLiteral("tester"))) {
        return ctx.usageError();
    }
    QDate due;
    if (parser.isSet(QStringLiteral("due"))) {
        due = QDate::fromString(parser.value(QStringLiteral("due")), Qt::ISODate);
        if (!due.isValid()) {
            return ctx.usageError(
                RegressionCommand::tr("“%1” is not a date (YYYY-MM-DD)").arg(parser.value(QStringLiteral("due"))));
        }
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto actor = StorageSession::actor(*database, parser);
    auto testerId = testerFrom(*database, parser);
    auto ticket = TicketRepository(*database).findByNumber(number);
    for (const Error* error : { actor ? nullptr : &actor.error(), testerId ? nullptr : &testerId.error(),
                                ticket ? nullptr : &ticket.error() }) {
        if (error) {
            return ctx.failure(error->message);
        }
    }
    if (!*ticket) {
        return ctx.failure(RegressionCommand::tr("there is no ticket #%1").arg(number));
    }
    auto run = RegressionRepository(*database).requestFeatureTest((*ticket)->id, *testerId, due, *actor);
    return printRunOrFailure(ctx, run);
}

int RegressionCommand::ics(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    QList<ScheduleEntry> selected;
    if (auto failed = loadSchedule(ctx, parser, selected)) {
        return *failed;
    }
    IcsExport::Options options;
    options.includeDone = !parser.isSet(QStringLiteral("no-history"));
    options.calendarName = parser.isSet(QStringLiteral("tester"))
        ? RegressionCommand::tr("Dutydesk testing — %1").arg(parser.value(QStringLiteral("tester")))
        : RegressionCommand::tr("Dutydesk testing");
    ctx.out << QString::fromUtf8(IcsExport::write(selected, options));
    return ExitOk;
}

int RegressionCommand::checklist(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    std::optional<ChecklistTemplate> replacement;
    if (parser.isSet(QStringLiteral("set"))) {
        auto parsed = readChecklist(parser.value(QStringLiteral("set")));
        if (!parsed) {
            return ctx.failure(parsed.error().message);
        }
        replacement = *parsed;
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto project = ProjectRepository(*database).find(args.at(0));
    if (!project) {
        return ctx.failure(project.error().message);
    }
    if (!*project) {
        return ctx.failure(RegressionCommand::tr("there is no project “%1”").arg(args.at(0)));
    }
    const RegressionRepository repo(*database);
    if (replacement) {
        auto actor = StorageSession::actor(*database, parser);
        if (!actor) {
            return ctx.failure(actor.error().message);
        }
        if (Status saved = repo.setChecklist((*project)->id, *replacement, *actor); !saved) {
            return ctx.failure(saved.error().message);
        }
    }
    auto current = repo.checklist((*project)->id);
    if (!current) {
        return ctx.failure(current.error().message);
    }
    if (ctx.json()) {
        QJsonArray items;
        for (const ChecklistItem& item : current->items()) {
            items << QJsonObject { { QStringLiteral("slug"), item.slug }, { QStringLiteral("title"), item.title } };
        }
        printJson(ctx, items);
    } else {
        ctx.out << current->toText();
    }
    return ExitOk;
}

} // namespace dd::ctl
