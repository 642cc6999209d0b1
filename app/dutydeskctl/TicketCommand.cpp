#include "TicketCommand.h"

#include "QuarantineCommand.h"
#include "StorageSession.h"
#include "TicketConversationCommand.h"
#include "TicketJson.h"
#include "TicketOptions.h"

#include "core/domain/PageUrl.h"
#include "core/domain/TicketEventText.h"
#include "core/sla/Categories.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"
#include "core/storage/UserRepository.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::ctl {

namespace {

// The positional ticket id of show/update.
std::optional<qint64> ticketId(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 3) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = words.at(2).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// ticket show --json: the list's fields, the texts, the history and the conversation.
QJsonObject ticketShowJson(const Ticket& ticket, const TicketSlaSummary& summary,
                           const QList<TicketEventRecord>& history, const QList<ConversationEntry>& conversation)
{
    QJsonObject object = ticketJson(ticket, summary);
    object.insert(QStringLiteral("description"), ticket.description);
    object.insert(QStringLiteral("page_url"), textOrNull(ticket.pageUrl));
    QJsonArray events;
    for (const TicketEventRecord& event : history) {
        events << eventJson(event);
    }
    object.insert(QStringLiteral("events"), events);
    object.insert(QStringLiteral("steps_to_reproduce"), textOrNull(ticket.stepsToReproduce));
    object.insert(QStringLiteral("conversation"), conversationJson(conversation));
    return object;
}

void printTicket(CommandContext& ctx, const Ticket& ticket, const TicketSlaSummary& summary,
                 const QList<TicketEventRecord>& history)
{
    ctx.out << TicketCommand::tr("Ticket #%1 (id %2, version %3): %4")
                   .arg(ticket.number)
                   .arg(ticket.id)
                   .arg(ticket.version)
                   .arg(ticket.subject)
            << "\n"
            << TicketCommand::tr("Project: %1 (%2)").arg(ticket.projectName, ticket.projectCode) << "\n"
            << TicketCommand::tr("Status: %1").arg(toSlug(ticket.status))
            << (ticket.waitingReason ? QStringLiteral(" (%1)").arg(toSlug(*ticket.waitingReason)) : QString()) << "\n"
            << TicketCommand::tr("Level: %1, channel: %2, arrived %3 (Moscow)")
                   .arg(ticket.level, toSlug(ticket.channel), shortMoscow(ticket.arrived))
            << "\n"
            << TicketCommand::tr("Assignee: %1")
                   .arg(ticket.assigneeName.isEmpty() ? QStringLiteral("—") : ticket.assigneeName)
            << "\n"
            << TicketCommand::tr("SLA: %1, deadline %2")
                   .arg(summary.state.isEmpty() ? QStringLiteral("—") : summary.state, shortMoscow(summary.deadline))
            << "\n"
            << TicketCommand::tr("History:") << "\n";
    for (const TicketEventRecord& event : history) {
        ctx.out << "  " << shortMoscow(event.at) << "  v" << event.ticketVersion << "  "
                << (event.actorName.isEmpty() ? event.actor : event.actorName) << ": "
                << TicketEventText::describe(event) << "\n";
    }
}

} // namespace

QString TicketCommand::description() const
{
    return TicketCommand::tr("List, show, add and update tickets.");
}

int TicketCommand::run(CommandContext& ctx)
{
    const Argument id { QStringLiteral("ID"), TicketCommand::tr("The ticket id.") };
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("list"),
              .synopsis = tr("List tickets with their SLA deadline."),
              .options = ticketListOptions(),
              .handler = list,
              .description = TicketCommand::tr("List tickets, oldest first, with the running clock's deadline.") },
            { .name = QStringLiteral("show"),
              .synopsis = tr("Show one ticket and its history."),
              .arguments = { id },
              .handler = show,
              .description = TicketCommand::tr("Show a ticket, its SLA clock and its history.") },
            ticketRawSubcommand(),
            { .name = QStringLiteral("add"),
              .synopsis = tr("File a new ticket."),
              .options = ticketAddOptions(),
              .actor = true,
              .handler = add,
              .description = TicketCommand::tr("File a new ticket (status new) and record its arrival.") },
            { .name = QStringLiteral("update"),
              .synopsis = tr("Change a ticket you have read."),
              .options = ticketUpdateOptions(),
              .arguments = { id },
              .actor = true,
              .handler = update,
              .description
              = TicketCommand::tr("Change a ticket. --expect-version is the version you read: if anyone saved since, "
                                  "nothing is written, the change that beat you is printed and the exit code is %1.")
                    .arg(ExitConflict) },
            ticketReplySubcommand(),
            ticketNoteSubcommand(),
            ticketMessageSubcommand(),
            ticketRetryMailSubcommand(),
        });
}

int TicketCommand::list(CommandContext& ctx, const QCommandLineParser& parser)
{
    TicketFilter filter;
    if (auto wrong = readTicketFilter(parser, filter)) {
        return ctx.usageError(*wrong);
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    if (parser.isSet(QStringLiteral("project"))) {
        auto project = ProjectRepository(*database).find(parser.value(QStringLiteral("project")));
        if (!project) {
            return ctx.failure(project.error().message);
        }
        if (!*project) {
            return ctx.failure(
                TicketCommand::tr("there is no project “%1”").arg(parser.value(QStringLiteral("project"))));
        }
        filter.projectId = (*project)->id;
    }
    const TicketRepository tickets(*database);
    auto rows = tickets.list(filter);
    auto histories = rows ? tickets.eventsOf(filter) : Result<QHash<qint64, QList<TicketEventRecord>>>(rows.error());
    auto sla = TicketSla::load(*database);
    auto now = database->serverNow();
    for (const Error* error : { rows ? nullptr : &rows.error(), histories ? nullptr : &histories.error(),
                                sla ? nullptr : &sla.error(), now ? nullptr : &now.error() }) {
        if (error) {
            return ctx.failure(error->message);
        }
    }
    QJsonArray array;
    for (const Ticket& ticket : *rows) {
        const TicketSlaSummary summary = (*sla)->summarize(ticket, histories->value(ticket.id), *now);
        if (ctx.json()) {
            array << ticketJson(ticket, summary);
        } else {
            ctx.out << QStringLiteral("%1  #%2  %3 %4 %5  %6  %7 %8  %9")
                           .arg(ticket.id, 6)
                           .arg(ticket.number, -6)
                           .arg(toSlug(ticket.status), -12)
                           .arg(ticket.level, -9)
                           .arg(toSlug(ticket.channel), -12)
                           .arg(shortMoscow(ticket.arrived))
                           .arg(shortMoscow(summary.deadline), -16)
                           .arg(summary.state.isEmpty() ? QStringLiteral("—") : summary.state, -8)
                           .arg(ticket.projectCode + QStringLiteral(": ") + ticket.subject)
                    << "\n";
        }
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

int TicketCommand::show(CommandContext& ctx, const QCommandLineParser& parser)
{
    const auto id = ticketId(parser);
    if (!id) {
        return ctx.usageError(TicketCommand::tr("ticket show needs one ticket id"));
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    const TicketRepository tickets(*database);
    auto ticket = tickets.get(*id);
    if (!ticket) {
        return ctx.failure(ticket.error().message);
    }
    auto history = tickets.events(*id);
    auto sla = TicketSla::load(*database);
    auto now = database->serverNow();
    for (const Error* error :
         { history ? nullptr : &history.error(), sla ? nullptr : &sla.error(), now ? nullptr : &now.error() }) {
        if (error) {
            return ctx.failure(error->message);
        }
    }
    const TicketSlaSummary summary = (*sla)->summarize(*ticket, *history, *now);
    if (!ctx.json()) {
        printTicket(ctx, *ticket, summary, *history);
        return ExitOk;
    }
    auto conversation = TicketConversation(*database).of(*id);
    if (!conversation) {
        return ctx.failure(conversation.error().message);
    }
    printJson(ctx, ticketShowJson(*ticket, summary, *history, *conversation));
    return ExitOk;
}

int TicketCommand::add(CommandContext& ctx, const QCommandLineParser& parser)
{
    for (const char* required : { "project", "subject", "channel" }) {
        if (!parser.isSet(QLatin1String(required))) {
            return ctx.usageError(TicketCommand::tr("ticket add needs --%1").arg(QLatin1String(required)));
        }
    }
    Ticket draft;
    if (auto wrong = readTicketDraft(parser, draft)) {
        return ctx.usageError(*wrong);
    }
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    auto project = ProjectRepository(*database).find(parser.value(QStringLiteral("project")));
    if (!project) {
        return ctx.failure(project.error().message);
    }
    if (!*project) {
        return ctx.failure(TicketCommand::tr("there is no project “%1”").arg(parser.value(QStringLiteral("project"))));
    }
    draft.projectId = (*project)->id;
    auto now = database->serverNow();
    if (!now) {
        return ctx.failure(now.error().message);
    }
    if (!draft.arrived.isValid()) {
        draft.arrived = *now;
    } else if (draft.arrived > now->addSecs(300)) {
        return ctx.usageError(
            TicketCommand::tr("the arrival time %1 is in the future").arg(formatMoscowIso(draft.arrived)));
    }
    auto added = TicketRepository(*database).add(draft, *actor);
    if (!added) {
        return ctx.failure(added.error().message);
    }
    if (ctx.json()) {
        auto sla = TicketSla::load(*database);
        auto history = TicketRepository(*database).events(added->id);
        if (!sla || !history) {
            return ctx.failure(sla ? history.error().message : sla.error().message);
        }
        printJson(ctx, ticketJson(*added, (*sla)->summarize(*added, *history, *now)));
    } else {
        ctx.out << TicketCommand::tr("ticket #%1 added (id %2, version %3)")
                       .arg(added->number)
                       .arg(added->id)
                       .arg(added->version)
                << "\n";
    }
    return ExitOk;
}

int TicketCommand::update(CommandContext& ctx, const QCommandLineParser& parser)
{
    const auto id = ticketId(parser);
    if (!id) {
        return ctx.usageError(TicketCommand::tr("ticket update needs one ticket id"));
    }
    TicketChange change;
    change.ticketId = *id;
    bool ok = false;
    change.expectedVersion = parser.value(QStringLiteral("expect-version")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("expect-version")) || !ok || change.expectedVersion < 1) {
        return ctx.usageError(TicketCommand::tr("ticket update needs --expect-version V, the version you read"));
    }
    if (auto wrong = readTicketChange(parser, change)) {
        return ctx.usageError(*wrong);
    }
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    if (parser.isSet(QStringLiteral("assignee"))) {
        const QString login = parser.value(QStringLiteral("assignee"));
        if (login == QLatin1String("none")) {
            change.assigneeId = 0;
        } else {
            auto user = UserRepository(*database).findByLogin(login);
            if (!user) {
                return ctx.failure(user.error().message);
            }
            if (!*user) {
                return ctx.failure(TicketCommand::tr("there is no user “%1”").arg(login));
            }
            change.assigneeId = (*user)->id;
        }
    }
    TicketConflict conflict;
    auto updated = TicketRepository(*database).update(change, *actor, &conflict);
    if (!updated) {
        ctx.err << "dutydeskctl: " << updated.error().message << Qt::endl;
        return conflict.ticketId != 0 ? ExitConflict : ExitFailure;
    }
    if (ctx.json()) {
        auto sla = TicketSla::load(*database);
        auto history = TicketRepository(*database).events(updated->id);
        auto now = database->serverNow();
        if (!sla || !history || !now) {
            return ctx.failure(!sla ? sla.error().message : !history ? history.error().message : now.error().message);
        }
        printJson(ctx, ticketJson(*updated, (*sla)->summarize(*updated, *history, *now)));
    } else {
        ctx.out << TicketCommand::tr("ticket #%1 saved (version %2)").arg(updated->number).arg(updated->version)
                << "\n";
    }
    return ExitOk;
}

} // namespace dd::ctl
