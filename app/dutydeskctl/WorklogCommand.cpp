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

// "12" or "#12" → the ticket.
std::optional<int> parseSub(CommandContext& ctx, QCommandLineParser& parser, const QString& description,
                            const QString& usage, QStringList& arguments)
{
    parser.setApplicationDescription(description);
    CommandContext::addCommonOptions(parser);
    if (auto done = ctx.parse(parser, ctx.arguments)) {
        return done;
    }
    arguments = parser.positionalArguments().mid(2);
    if (arguments.size() != 1) {
        return ctx.usageError(WorklogCommand::tr("usage: dutydeskctl worklog %1").arg(usage));
    }
    return std::nullopt;
}

} // namespace

QString WorklogCommand::description() const
{
    return WorklogCommand::tr("Log and list work time on tickets (double rate for urgent work off hours).");
}

int WorklogCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(
        ctx, name(),
        {
            { QStringLiteral("add"), tr("Log time spent on a ticket."), [this](CommandContext& c) { return add(c); } },
            { QStringLiteral("list"), tr("List a ticket's work log with billing."),
              [this](CommandContext& c) { return list(c); } },
            { QStringLiteral("remove"), tr("Remove a work-log entry by its id."),
              [this](CommandContext& c) { return remove(c); } },
        });
}

int WorklogCommand::add(CommandContext& ctx)
{
    QCommandLineParser parser;
    StorageSession::addActorOption(parser);
    parser.addOption({ QStringLiteral("from"), WorklogCommand::tr("Start (ISO 8601; no offset = Moscow time)."),
                       QStringLiteral("T1") });
    parser.addOption({ QStringLiteral("to"), WorklogCommand::tr("End (ISO 8601; default: now with --duration)."),
                       QStringLiteral("T2") });
    parser.addOption(
        { QStringLiteral("duration"),
          WorklogCommand::tr("Length instead of an end or a start: 90m, 1h30m, 1:30, 1.5h, 90 мин, 1ч 30м."),
          QStringLiteral("D") });
    parser.addOption({ QStringLiteral("user"),
                       WorklogCommand::tr("Whose time it is (a login; default: the acting user)."),
                       QStringLiteral("LOGIN") });
    parser.addOption({ QStringLiteral("note"), WorklogCommand::tr("What was done."), QStringLiteral("TEXT") });
    QStringList args;
    const QString usage = QStringLiteral("add TICKET --from T1 --to T2 | --duration D [--user LOGIN] [--note TEXT]");
    if (auto done = parseSub(ctx, parser, WorklogCommand::tr("Log time spent on a ticket."), usage, args)) {
        return *done;
    }
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    for (const auto& [option, target] :
         { std::pair { QStringLiteral("from"), &from }, { QStringLiteral("to"), &to } }) {
        if (parser.isSet(option)) {
            // "18:00" is today's 18:00 in Moscow (issue 18), not a length.
            auto parsed = parseWorkTime(parser.value(option), Clock::current().nowUtc());
            if (!parsed) {
                return ctx.usageError(QStringLiteral("--%1: %2").arg(option, parsed.error().message));
            }
            *target = *parsed;
        }
    }
    if (parser.isSet(QStringLiteral("duration"))) {
        const auto seconds = parseWorkDuration(parser.value(QStringLiteral("duration")));
        if (!seconds) {
            return ctx.usageError(
                WorklogCommand::tr("--duration: “%1” is not a duration such as 90m, 1h30m, 1:30 or 1,5ч")
                    .arg(parser.value(QStringLiteral("duration"))));
        }
        if (from && to) {
            return ctx.usageError(
                WorklogCommand::tr("give --from and --to, or a --duration with one of them, not all three"));
        }
        if (from) {
            to = from->addSecs(*seconds);
        } else {
            to = to.value_or(Clock::current().nowUtc());
            from = to->addSecs(-*seconds);
        }
    }
    if (!from || !to) {
        return ctx.usageError(WorklogCommand::tr("usage: dutydeskctl worklog %1").arg(usage));
    }
    if (*to <= *from) {
        return ctx.usageError(WorklogCommand::tr("the work must end after it starts"));
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto ticket = StorageSession::ticket(*database, args.at(0));
    if (!ticket) {
        return ctx.failure(ticket.error().message);
    }
    qint64 userId = 0;
    if (parser.isSet(QStringLiteral("user"))) {
        auto user = UserRepository(*database).findByLogin(parser.value(QStringLiteral("user")));
        if (!user) {
            return ctx.failure(user.error().message);
        }
        if (!*user) {
            return ctx.failure(WorklogCommand::tr("there is no user “%1”").arg(parser.value(QStringLiteral("user"))));
        }
        userId = (*user)->id;
    } else {
        auto actor = StorageSession::actor(*database, parser);
        if (!actor) {
            return ctx.failure(actor.error().message);
        }
        if (actor->userId == 0) {
            return ctx.failure(
                WorklogCommand::tr("“%1” is not a user of this database; name one with --user").arg(actor->login));
        }
        userId = actor->userId;
    }
    WorkLogEntry entry;
    entry.ticketId = ticket->id;
    entry.userId = userId;
    entry.started = from->toUTC();
    entry.finished = to->toUTC();
    entry.note = parser.value(QStringLiteral("note"));
    auto added = WorkLogRepository(*database).add(entry);
    if (!added) {
        return ctx.failure(added.error().message);
    }
    if (ctx.json()) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("id"), added->id },
                                               { QStringLiteral("ticket"), ticket->number },
                                               { QStringLiteral("seconds"), added->seconds() } })
                       .toJson(QJsonDocument::Compact)
                << "\n";
    } else {
        ctx.out << WorklogCommand::tr("logged %1 on ticket #%2 (entry %3)")
                       .arg(formatDuration(added->seconds()))
                       .arg(ticket->number)
                       .arg(added->id)
                << "\n";
    }
    return ExitOk;
}

int WorklogCommand::list(CommandContext& ctx)
{
    QCommandLineParser parser;
    QStringList args;
    if (auto done = parseSub(ctx, parser, WorklogCommand::tr("List a ticket's work log with billing."),
                             QStringLiteral("list TICKET [--json]"), args)) {
        return *done;
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto ticket = StorageSession::ticket(*database, args.at(0));
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
            array << QJsonObject { { QStringLiteral("id"), entry.id },
                                   { QStringLiteral("ticket"), ticket->number },
                                   { QStringLiteral("user"), entry.userLogin },
                                   { QStringLiteral("from"), formatMoscowIso(entry.started) },
                                   { QStringLiteral("to"), formatMoscowIso(entry.finished) },
                                   { QStringLiteral("seconds"), entry.seconds() },
                                   { QStringLiteral("normal_seconds"), billed->normalSeconds },
                                   { QStringLiteral("double_seconds"), billed->doubleSeconds },
                                   { QStringLiteral("note"), entry.note } };
        } else {
            ctx.out << QStringLiteral("%1  %2 – %3  %4  %5 %6  %7")
                           .arg(entry.id, 4)
                           .arg(toMoscow(entry.started).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                toMoscow(entry.finished).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                entry.userLogin.leftJustified(10))
                           .arg(WorklogCommand::tr("normal %1,").arg(formatDuration(billed->normalSeconds)))
                           .arg(WorklogCommand::tr("double %1").arg(formatDuration(billed->doubleSeconds)))
                           .arg(entry.note)
                    << "\n";
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

int WorklogCommand::remove(CommandContext& ctx)
{
    QCommandLineParser parser;
    QStringList args;
    if (auto done = parseSub(ctx, parser, WorklogCommand::tr("Remove a work-log entry by its id."),
                             QStringLiteral("remove ID"), args)) {
        return *done;
    }
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
