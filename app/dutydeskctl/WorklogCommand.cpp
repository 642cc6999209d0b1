#include "WorklogCommand.h"

#include "StorageSession.h"

#include "core/billing/BillingSplit.h"
#include "core/billing/WorkLogRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"
#include "core/storage/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::ctl {

namespace {

// Whose time an entry is: --user, else the acting user, who must be a user of the database.
Result<qint64> workerId(const Database& database, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("user"))) {
        const QString login = parser.value(QStringLiteral("user"));
        auto user = UserRepository(database).findByLogin(login);
        if (!user) {
            return user.error();
        }
        if (!*user) {
            return Error { WorklogCommand::tr("there is no user “%1”").arg(login) };
        }
        return (*user)->id;
    }
    auto actor = StorageSession::actor(database, parser);
    if (!actor) {
        return actor.error();
    }
    if (actor->userId == 0) {
        return Error {
            WorklogCommand::tr("“%1” is not a user of this database; name one with --user").arg(actor->login)
        };
    }
    return actor->userId;
}

// --from, --to and --duration as the work-log form reads them (workPeriodFromInput); a
// --duration alone ends now.
Result<WorkPeriod> workPeriod(const QCommandLineParser& parser)
{
    const QDateTime now = Clock::current().nowUtc();
    QString to = parser.value(QStringLiteral("to"));
    if (!parser.isSet(QStringLiteral("from")) && !parser.isSet(QStringLiteral("to"))
        && parser.isSet(QStringLiteral("duration"))) {
        to = formatMoscowIso(now);
    }
    auto period
        = workPeriodFromInput(parser.value(QStringLiteral("from")), to, parser.value(QStringLiteral("duration")), now);
    if (period && period->finished <= period->started) {
        return Error { WorklogCommand::tr("the work must end after it starts") };
    }
    return period;
}

void printAdded(CommandContext& ctx, const Ticket& ticket, const WorkLogEntry& added)
{
    if (ctx.json()) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("id"), added.id },
                                               { QStringLiteral("ticket"), ticket.number },
                                               { QStringLiteral("seconds"), added.seconds() } })
                       .toJson(QJsonDocument::Compact)
                << "\n";
    } else {
        ctx.out << WorklogCommand::tr("logged %1 on ticket #%2 (entry %3)")
                       .arg(formatDuration(added.seconds()))
                       .arg(ticket.number)
                       .arg(added.id)
                << "\n";
    }
}

QJsonObject entryJson(const Ticket& ticket, const WorkLogEntry& entry, const BilledTime& billed)
{
    return QJsonObject { { QStringLiteral("id"), entry.id },
                         { QStringLiteral("ticket"), ticket.number },
                         { QStringLiteral("user"), entry.userLogin },
                         { QStringLiteral("from"), formatMoscowIso(entry.started) },
                         { QStringLiteral("to"), formatMoscowIso(entry.finished) },
                         { QStringLiteral("seconds"), entry.seconds() },
                         { QStringLiteral("normal_seconds"), billed.normalSeconds },
                         { QStringLiteral("double_seconds"), billed.doubleSeconds },
                         { QStringLiteral("note"), entry.note } };
}

QString entryLine(const WorkLogEntry& entry, const BilledTime& billed)
{
    return QStringLiteral("%1  %2 – %3  %4  %5 %6  %7")
        .arg(entry.id, 4)
        .arg(toMoscow(entry.started).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             toMoscow(entry.finished).toString(QStringLiteral("yyyy-MM-dd HH:mm")), entry.userLogin.leftJustified(10))
        .arg(WorklogCommand::tr("normal %1,").arg(formatDuration(billed.normalSeconds)))
        .arg(WorklogCommand::tr("double %1").arg(formatDuration(billed.doubleSeconds)))
        .arg(entry.note);
}

} // namespace

QString WorklogCommand::description() const
{
    return WorklogCommand::tr("Log and list work time on tickets (double rate for urgent work off hours).");
}

int WorklogCommand::run(CommandContext& ctx)
{
    const Argument ticket = StorageSession::ticketArgument();
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("add"),
              .synopsis = tr("Log time spent on a ticket."),
              .options
              = { { QStringLiteral("from"), WorklogCommand::tr("Start (ISO 8601; no offset = Moscow time)."),
                    QStringLiteral("T1") },
                  { QStringLiteral("to"), WorklogCommand::tr("End (ISO 8601; default: now with --duration)."),
                    QStringLiteral("T2") },
                  { QStringLiteral("duration"),
                    WorklogCommand::tr("Length instead of an end or a start: 90m, 1h30m, 1:30, 1.5h, 90 мин, 1ч 30м."),
                    QStringLiteral("D") },
                  { QStringLiteral("user"), WorklogCommand::tr("Whose time it is (a login; default: the acting user)."),
                    QStringLiteral("LOGIN") },
                  { QStringLiteral("note"), WorklogCommand::tr("What was done."), QStringLiteral("TEXT") } },
              .arguments = { ticket },
              .actor = true,
              .handler = add },
            { .name = QStringLiteral("list"),
              .synopsis = tr("List a ticket's work log with billing."),
              .arguments = { ticket },
              .handler = list },
            { .name = QStringLiteral("remove"),
              .synopsis = tr("Remove a work-log entry by its id."),
              .arguments = { { QStringLiteral("ID"), tr("The work-log entry's id.") } },
              .handler = remove },
        });
}

int WorklogCommand::add(CommandContext& ctx, const QCommandLineParser& parser)
{
    auto period = workPeriod(parser);
    if (!period) {
        return ctx.usageError(period.error().message);
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto ticket = StorageSession::ticket(*database, parser.positionalArguments().at(2));
    if (!ticket) {
        return ctx.failure(ticket.error().message);
    }
    auto userId = workerId(*database, parser);
    if (!userId) {
        return ctx.failure(userId.error().message);
    }
    WorkLogEntry entry;
    entry.ticketId = ticket->id;
    entry.userId = *userId;
    entry.started = period->started.toUTC();
    entry.finished = period->finished.toUTC();
    entry.note = parser.value(QStringLiteral("note"));
    auto added = WorkLogRepository(*database).add(entry);
    if (!added) {
        return ctx.failure(added.error().message);
    }
    printAdded(ctx, *ticket, *added);
    return ExitOk;
}

int WorklogCommand::list(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto ticket = StorageSession::ticket(*database, parser.positionalArguments().at(2));
    if (!ticket) {
        return ctx.failure(ticket.error().message);
    }
    auto entries = WorkLogRepository(*database).forTicket(ticket->id);
    if (!entries) {
        return ctx.failure(entries.error().message);
    }
    auto sla = TicketSla::load(*database);
    if (!sla) {
        return ctx.failure(sla.error().message);
    }
    auto history = TicketRepository(*database).events(ticket->id);
    if (!history) {
        return ctx.failure(history.error().message);
    }
    const auto periods = levelPeriods(TicketSla::clockEvents(*history));
    const BillingSplit split((*sla)->engine());
    QJsonArray array;
    BilledTime total;
    for (const WorkLogEntry& entry : *entries) {
        const qint64 a = entry.started.toSecsSinceEpoch();
        const qint64 b = entry.finished.toSecsSinceEpoch();
        auto billed = periods.empty() ? split.split(a, b, parseSlaLevel(ticket->level).value_or(SlaLevel::Standard))
                                      : split.split(a, b, periods);
        if (!billed) {
            return ctx.failure(WorklogCommand::tr("entry %1: %2").arg(entry.id).arg(billed.error().message));
        }
        total += *billed;
        if (ctx.json()) {
            array << entryJson(*ticket, entry, *billed);
        } else {
            ctx.out << entryLine(entry, *billed) << "\n";
        }
    }
    if (ctx.json()) {
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << WorklogCommand::tr("ticket #%1 (%2): %3 entries, normal %4, double %5")
                       .arg(ticket->number)
                       .arg(ticket->level)
                       .arg(entries->size())
                       .arg(formatDuration(total.normalSeconds), formatDuration(total.doubleSeconds))
                << "\n";
    }
    return ExitOk;
}

int WorklogCommand::remove(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    bool ok = false;
    const qint64 id = args.at(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        return ctx.usageError(WorklogCommand::tr("“%1” is not a work-log entry id").arg(args.at(0)));
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    if (auto removed = WorkLogRepository(*database).remove(id); !removed) {
        return ctx.failure(removed.error().message);
    }
    ctx.out << WorklogCommand::tr("work-log entry %1 removed").arg(id) << "\n";
    return ExitOk;
}

} // namespace dd::ctl
