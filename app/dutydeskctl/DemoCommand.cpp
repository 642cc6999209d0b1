#include "DemoCommand.h"

#include "StorageSession.h"

#include "core/demo/DemoData.h"

#include <QCoreApplication>

namespace dd::ctl {

QString DemoCommand::description() const
{
    return DemoCommand::tr("Fill an empty database with demo data.");
}

int DemoCommand::run(CommandContext& ctx)
{
    return runSingleCommand(ctx,
                            { .name = name(),
                              .synopsis = description(),
                              .options = { { QStringLiteral("tickets"), DemoCommand::tr("How many tickets."),
                                             QStringLiteral("N"), QStringLiteral("3000") },
                                           { QStringLiteral("seed"), DemoCommand::tr("Random seed."),
                                             QStringLiteral("S"), QStringLiteral("20260301") },
                                           { QStringLiteral("weeks"), DemoCommand::tr("Spread over W weeks."),
                                             QStringLiteral("W"), QStringLiteral("8") } },
                              .handler = generate,
                              .description = DemoCommand::tr(
                                  "Fill an empty database with demo clients, projects, people and tickets "
                                  "with their histories over recent weeks (the same seed gives the same data).") });
}

int DemoCommand::generate(CommandContext& ctx, const QCommandLineParser& parser)
{
    DemoOptions options;
    bool ticketsOk = false;
    bool seedOk = false;
    bool weeksOk = false;
    options.tickets = parser.value(QStringLiteral("tickets")).toInt(&ticketsOk);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    options.weeks = parser.value(QStringLiteral("weeks")).toInt(&weeksOk);
    if (!ticketsOk || options.tickets < 0 || !seedOk || !weeksOk || options.weeks < 1) {
        return ctx.usageError(DemoCommand::tr("--tickets needs a number ≥ 0, --seed a number, --weeks a number ≥ 1"));
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto report = DemoData::generate(*database, options);
    if (!report) {
        return ctx.failure(report.error().message);
    }
    if (ctx.json()) {
        ctx.out << QStringLiteral(R"({"users":%1,"clients":%2,"projects":%3,"tickets":%4,"events":%5,"ms":%6})")
                       .arg(report->users)
                       .arg(report->clients)
                       .arg(report->projects)
                       .arg(report->tickets)
                       .arg(report->events)
                       .arg(report->elapsedMs)
                << "\n";
    } else {
        ctx.out << DemoCommand::tr("%1 users, %2 clients, %3 projects, %4 tickets with %5 history "
                                   "events in %6 ms")
                       .arg(report->users)
                       .arg(report->clients)
                       .arg(report->projects)
                       .arg(report->tickets)
                       .arg(report->events)
                       .arg(report->elapsedMs)
                << "\n";
    }
    return ExitOk;
}

} // namespace dd::ctl
