#include "FeedbackCommand.h"

#include "StorageSession.h"

#include "core/billing/ReportRepository.h"
#include "core/billing/TicketFeedback.h"
#include "core/storage/TicketRepository.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::ctl {

namespace {

QJsonValue instantJson(const QDateTime& instant)
{
    return instant.isValid() ? QJsonValue(formatMoscowIso(instant)) : QJsonValue();
}

} // namespace

QString FeedbackCommand::description() const
{
    return FeedbackCommand::tr("Ratings, reopening and escalations of tickets.");
}

int FeedbackCommand::run(CommandContext& ctx)
{
    const Argument ticket = StorageSession::ticketArgument();
    const auto changing = [&](const QString& what, const QString& synopsis) {
        return Subcommand { .name = what,
                            .synopsis = synopsis,
                            .arguments = { ticket },
                            .actor = true,
                            .handler
                            = [what](CommandContext& c, const QCommandLineParser& p) { return change(c, p, what); },
                            .description = description() };
    };
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("rate"),
              .synopsis = tr("Record the client's rating (1–5) or parse it from a reply."),
              .options = { { QStringLiteral("reply"),
                             FeedbackCommand::tr("The client's reply to find the rating in («оценка 5»)."),
                             QStringLiteral("TEXT") } },
              .arguments
              = { ticket, { QStringLiteral("RATING"), FeedbackCommand::tr("1 to 5; none with --reply."), true } },
              .actor = true,
              .handler = rate },
            changing(QStringLiteral("reopen"), tr("Reopen a resolved ticket at the client's request.")),
            changing(QStringLiteral("escalate"), tr("Flag a ticket the client escalated to the head of support.")),
            changing(QStringLiteral("handle"), tr("Mark a ticket's escalation handled.")),
            { .name = QStringLiteral("escalations"),
              .synopsis = tr("List escalations, open ones first."),
              .options = { { QStringLiteral("all"), FeedbackCommand::tr("Handled escalations too.") } },
              .handler = escalations },
        });
}

int FeedbackCommand::rate(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    const bool fromReply = parser.isSet(QStringLiteral("reply"));
    if (args.size() != (fromReply ? 1 : 2)) {
        return ctx.usageError();
    }
    int rating = 0;
    if (!fromReply) {
        bool ok = false;
        rating = args.at(1).toInt(&ok);
        if (!ok || rating < 1 || rating > 5) {
            return ctx.usageError(FeedbackCommand::tr("a rating is from 1 to 5, not “%1”").arg(args.at(1)));
        }
    }
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    auto ticket = StorageSession::ticket(*database, args.at(0));
    if (!ticket) {
        return ctx.failure(ticket.error().message);
    }
    const TicketFeedback feedback(*database);
    if (fromReply) {
        auto parsed = feedback.rateFromReply(ticket->id, parser.value(QStringLiteral("reply")), *actor);
        if (!parsed) {
            return ctx.failure(parsed.error().message);
        }
        rating = *parsed;
    } else if (auto done = feedback.rate(ticket->id, rating, QStringLiteral("engineer"), *actor); !done) {
        return ctx.failure(done.error().message);
    }
    ctx.out << FeedbackCommand::tr("ticket #%1 rated %2").arg(ticket->number).arg(rating) << "\n";
    return ExitOk;
}

int FeedbackCommand::change(CommandContext& ctx, const QCommandLineParser& parser, const QString& what)
{
    const QStringList args = parser.positionalArguments().mid(2);
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    auto ticket = StorageSession::ticket(*database, args.at(0));
    if (!ticket) {
        return ctx.failure(ticket.error().message);
    }
    const TicketFeedback feedback(*database);
    const Status done = what == QLatin1String("reopen") ? feedback.reopen(ticket->id, *actor)
        : what == QLatin1String("escalate")             ? feedback.escalate(ticket->id, *actor)
                                                        : feedback.handleEscalation(ticket->id, *actor);
    if (!done) {
        return ctx.failure(done.error().message);
    }
    ctx.out << FeedbackCommand::tr("ticket #%1: %2 done").arg(ticket->number).arg(what) << "\n";
    return ExitOk;
}

int FeedbackCommand::escalations(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto histories = ReportRepository(*database).histories();
    if (!histories) {
        return ctx.failure(histories.error().message);
    }
    QJsonArray array;
    for (const Escalation& e : TicketFeedback::escalations(*histories)) {
        if (e.handled && !parser.isSet(QStringLiteral("all"))) {
            continue;
        }
        if (ctx.json()) {
            array << QJsonObject { { QStringLiteral("ticket"), e.ticketNumber },
                                   { QStringLiteral("subject"), e.subject },
                                   { QStringLiteral("client"), e.clientName },
                                   { QStringLiteral("project"), e.projectName },
                                   { QStringLiteral("escalated"), instantJson(e.escalatedAt) },
                                   { QStringLiteral("escalated_by"), e.escalatedBy },
                                   { QStringLiteral("handled"), instantJson(e.handledAt) },
                                   { QStringLiteral("handled_by"),
                                     e.handled ? QJsonValue(e.handledBy) : QJsonValue() } };
        } else {
            ctx.out << QStringLiteral("#%1  %2  %3  %4")
                           .arg(e.ticketNumber)
                           .arg(toMoscow(e.escalatedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                e.handled ? FeedbackCommand::tr("handled %1 by %2")
                                                .arg(toMoscow(e.handledAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                     e.handledBy)
                                          : FeedbackCommand::tr("OPEN"),
                                e.subject)
                    << "\n";
        }
    }
    if (ctx.json()) {
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

} // namespace dd::ctl
