#include "TicketCommand.h"

#include "QuarantineCommand.h"
#include "StorageSession.h"
#include "TicketConversationCommand.h"
#include "TicketJson.h"

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

// ticket update's options besides the common ones.
void addUpdateOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), TicketCommand::tr("The ticket id."));
    parser.addOptions(
        { { QStringLiteral("expect-version"), TicketCommand::tr("The version you read (required)."),
            QStringLiteral("V") },
          { QStringLiteral("status"),
            TicketCommand::tr("New status (%1).").arg(allTicketStatusSlugs().join(QStringLiteral(", "))),
            QStringLiteral("S") },
          { QStringLiteral("reason"),
            TicketCommand::tr("Why it waits (%1).").arg(allWaitingReasonSlugs().join(QStringLiteral(", "))),
            QStringLiteral("R") },
          { QStringLiteral("assignee"), TicketCommand::tr("Assign to this login; \"none\" unassigns."),
            QStringLiteral("U") },
          { QStringLiteral("level"),
            TicketCommand::tr("New level (%1).").arg(allLevelSlugs().join(QStringLiteral(", "))), QStringLiteral("L") },
          { QStringLiteral("category"), TicketCommand::tr("New category slug."), QStringLiteral("K") },
          { QStringLiteral("comment"), TicketCommand::tr("Add a comment to the history."), QStringLiteral("TEXT") },
          { QStringLiteral("steps"), TicketCommand::tr("Steps to reproduce (an empty text clears them)."),
            QStringLiteral("TEXT") },
          { QStringLiteral("url"), TicketCommand::tr("The page the request is about (an empty text clears it)."),
            QStringLiteral("URL") } });
}

// The fields --status, --reason, --level, --category, --comment, --steps and --url set;
// the usage error for a bad value.
std::optional<QString> readChange(const QCommandLineParser& parser, TicketChange& change)
{
    if (parser.isSet(QStringLiteral("status"))) {
        change.status = ticketStatusFromSlug(parser.value(QStringLiteral("status")));
        if (!change.status) {
            return QString(
                TicketCommand::tr("unknown status “%1” (%2)")
                    .arg(parser.value(QStringLiteral("status")), allTicketStatusSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("reason"))) {
        change.waitingReason = waitingReasonFromSlug(parser.value(QStringLiteral("reason")));
        if (!change.waitingReason) {
            return QString(
                TicketCommand::tr("unknown reason “%1” (%2)")
                    .arg(parser.value(QStringLiteral("reason")), allWaitingReasonSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("level"))) {
        change.level = parser.value(QStringLiteral("level"));
        if (!isLevelSlug(*change.level)) {
            return QString(TicketCommand::tr("unknown level “%1” (%2)")
                               .arg(*change.level, allLevelSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("category"))) {
        change.category = parser.value(QStringLiteral("category"));
        if (!Categories::isKnown(*change.category)) {
            return QString(TicketCommand::tr("unknown category “%1”").arg(*change.category));
        }
    }
    change.comment = parser.value(QStringLiteral("comment"));
    if (parser.isSet(QStringLiteral("steps"))) {
        change.stepsToReproduce = parser.value(QStringLiteral("steps"));
    }
    if (parser.isSet(QStringLiteral("url"))) {
        change.pageUrl = parser.value(QStringLiteral("url")).trimmed();
        if (!change.pageUrl->isEmpty() && !isPageUrl(*change.pageUrl)) {
            return QString(TicketCommand::tr("--url wants a page address (http:// or https://)"));
        }
    }
    return std::nullopt;
}

} // namespace

QString TicketCommand::description() const
{
    return TicketCommand::tr("List, show, add and update tickets.");
}

int TicketCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(
        ctx, name(),
        {
            { QStringLiteral("list"), tr("List tickets with their SLA deadline."),
              [this](CommandContext& c) { return list(c); } },
            { QStringLiteral("show"), tr("Show one ticket and its history."),
              [this](CommandContext& c) { return show(c); } },
            { QStringLiteral("raw"), tr("Write the original of a mail on a ticket."), ticketRawCommand },
            { QStringLiteral("add"), tr("File a new ticket."), [this](CommandContext& c) { return add(c); } },
            { QStringLiteral("update"), tr("Change a ticket you have read."),
              [this](CommandContext& c) { return update(c); } },
            { QStringLiteral("reply"), tr("Reply to the client by e-mail."), ticketReplyCommand },
            { QStringLiteral("note"), tr("Add an internal note."), ticketNoteCommand },
            { QStringLiteral("message"), tr("Record a client's message by phone or messenger."), ticketMessageCommand },
            { QStringLiteral("retry-mail"), tr("Send a failed mail again."), ticketRetryMailCommand },
        });
}

int TicketCommand::list(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TicketCommand::tr("List tickets, oldest first, with the running clock's deadline."));
    CommandContext::addCommonOptions(parser);
    parser.addOptions(
        { { QStringLiteral("project"), TicketCommand::tr("Only this project (id, code or name)."),
            QStringLiteral("P") },
          { QStringLiteral("status"),
            TicketCommand::tr("Only this status (%1).").arg(allTicketStatusSlugs().join(QStringLiteral(", "))),
            QStringLiteral("S") },
          { QStringLiteral("level"),
            TicketCommand::tr("Only this level (%1).").arg(allLevelSlugs().join(QStringLiteral(", "))),
            QStringLiteral("L") },
          { QStringLiteral("limit"), TicketCommand::tr("At most N tickets."), QStringLiteral("N") } });
    if (auto done = ctx.parse(parser, ctx.arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 2) {
        return ctx.usageError(TicketCommand::tr("ticket list takes no arguments"));
    }
    TicketFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = ticketStatusFromSlug(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            return ctx.usageError(
                TicketCommand::tr("unknown status “%1” (%2)")
                    .arg(parser.value(QStringLiteral("status")), allTicketStatusSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("level"))) {
        filter.level = parser.value(QStringLiteral("level"));
        if (!isLevelSlug(filter.level)) {
            return ctx.usageError(TicketCommand::tr("unknown level “%1” (%2)")
                                      .arg(filter.level, allLevelSlugs().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1) {
            return ctx.usageError(TicketCommand::tr("--limit needs a positive number"));
        }
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

int TicketCommand::show(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TicketCommand::tr("Show a ticket, its SLA clock and its history."));
    CommandContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), TicketCommand::tr("The ticket id."));
    if (auto done = ctx.parse(parser, ctx.arguments)) {
        return *done;
    }
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
    if (ctx.json()) {
        QJsonObject object = ticketJson(*ticket, summary);
        object.insert(QStringLiteral("description"), ticket->description);
        object.insert(QStringLiteral("page_url"), textOrNull(ticket->pageUrl));
        QJsonArray events;
        for (const TicketEventRecord& event : *history) {
            events << eventJson(event);
        }
        object.insert(QStringLiteral("events"), events);
        object.insert(QStringLiteral("steps_to_reproduce"), textOrNull(ticket->stepsToReproduce));
        auto conversation = TicketConversation(*database).of(*id);
        if (!conversation) {
            return ctx.failure(conversation.error().message);
        }
        object.insert(QStringLiteral("conversation"), conversationJson(*conversation));
        printJson(ctx, object);
        return ExitOk;
    }
    ctx.out << TicketCommand::tr("Ticket #%1 (id %2, version %3): %4")
                   .arg(ticket->number)
                   .arg(ticket->id)
                   .arg(ticket->version)
                   .arg(ticket->subject)
            << "\n"
            << TicketCommand::tr("Project: %1 (%2)").arg(ticket->projectName, ticket->projectCode) << "\n"
            << TicketCommand::tr("Status: %1").arg(toSlug(ticket->status))
            << (ticket->waitingReason ? QStringLiteral(" (%1)").arg(toSlug(*ticket->waitingReason)) : QString()) << "\n"
            << TicketCommand::tr("Level: %1, channel: %2, arrived %3 (Moscow)")
                   .arg(ticket->level, toSlug(ticket->channel), shortMoscow(ticket->arrived))
            << "\n"
            << TicketCommand::tr("Assignee: %1")
                   .arg(ticket->assigneeName.isEmpty() ? QStringLiteral("—") : ticket->assigneeName)
            << "\n"
            << TicketCommand::tr("SLA: %1, deadline %2")
                   .arg(summary.state.isEmpty() ? QStringLiteral("—") : summary.state, shortMoscow(summary.deadline))
            << "\n"
            << TicketCommand::tr("History:") << "\n";
    for (const TicketEventRecord& event : *history) {
        ctx.out << "  " << shortMoscow(event.at) << "  v" << event.ticketVersion << "  "
                << (event.actorName.isEmpty() ? event.actor : event.actorName) << ": "
                << TicketEventText::describe(event) << "\n";
    }
    return ExitOk;
}

int TicketCommand::add(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TicketCommand::tr("File a new ticket (status new) and record its arrival."));
    CommandContext::addCommonOptions(parser);
    StorageSession::addActorOption(parser);
    parser.addOptions(
        { { QStringLiteral("project"), TicketCommand::tr("The project (id, code or name)."), QStringLiteral("P") },
          { QStringLiteral("subject"), TicketCommand::tr("What the request is about."), QStringLiteral("S") },
          { QStringLiteral("channel"),
            TicketCommand::tr("How it came (%1).").arg(allChannelSlugs().join(QStringLiteral(", "))),
            QStringLiteral("C") },
          { QStringLiteral("arrived"),
            TicketCommand::tr("When it arrived, ISO 8601; no offset means Moscow time (default: now)."),
            QStringLiteral("T") },
          { QStringLiteral("category"), TicketCommand::tr("The category slug (see the SLA categories)."),
            QStringLiteral("K") },
          { QStringLiteral("level"),
            TicketCommand::tr("The level (%1; default: from the category).")
                .arg(allLevelSlugs().join(QStringLiteral(", "))),
            QStringLiteral("L") },
          { QStringLiteral("description"), TicketCommand::tr("The request's text."), QStringLiteral("TEXT") },
          { QStringLiteral("steps"), TicketCommand::tr("Steps to reproduce."), QStringLiteral("TEXT") },
          { QStringLiteral("url"), TicketCommand::tr("The page the request is about."), QStringLiteral("URL") } });
    if (auto done = ctx.parse(parser, ctx.arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 2) {
        return ctx.usageError(TicketCommand::tr("ticket add takes options only"));
    }
    for (const char* required : { "project", "subject", "channel" }) {
        if (!parser.isSet(QLatin1String(required))) {
            return ctx.usageError(TicketCommand::tr("ticket add needs --%1").arg(QLatin1String(required)));
        }
    }
    Ticket draft;
    draft.subject = parser.value(QStringLiteral("subject"));
    const auto channel = channelFromSlug(parser.value(QStringLiteral("channel")));
    if (!channel) {
        return ctx.usageError(
            TicketCommand::tr("unknown channel “%1” (%2)")
                .arg(parser.value(QStringLiteral("channel")), allChannelSlugs().join(QStringLiteral(", "))));
    }
    draft.channel = *channel;
    draft.category = parser.value(QStringLiteral("category"));
    if (!draft.category.isEmpty() && !Categories::isKnown(draft.category)) {
        return ctx.usageError(TicketCommand::tr("unknown category “%1” (%2)")
                                  .arg(draft.category, Categories::all().join(QStringLiteral(", "))));
    }
    draft.level = parser.isSet(QStringLiteral("level")) ? parser.value(QStringLiteral("level"))
                                                        : slaLevelId(Categories::suggestedLevel(draft.category, false));
    if (!isLevelSlug(draft.level)) {
        return ctx.usageError(
            TicketCommand::tr("unknown level “%1” (%2)").arg(draft.level, allLevelSlugs().join(QStringLiteral(", "))));
    }
    draft.description = parser.value(QStringLiteral("description"));
    draft.stepsToReproduce = parser.value(QStringLiteral("steps"));
    draft.pageUrl = parser.value(QStringLiteral("url")).trimmed();
    if (!draft.pageUrl.isEmpty() && !isPageUrl(draft.pageUrl)) {
        return ctx.usageError(TicketCommand::tr("--url wants a page address (http:// or https://)"));
    }
    if (parser.isSet(QStringLiteral("arrived"))) {
        auto arrived = parseInstant(parser.value(QStringLiteral("arrived")));
        if (!arrived) {
            return ctx.usageError(arrived.error().message);
        }
        draft.arrived = *arrived;
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

int TicketCommand::update(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TicketCommand::tr(
            "Change a ticket. --expect-version is the version you read: if anyone saved since, nothing is "
            "written, the change that beat you is printed and the exit code is %1.")
            .arg(ExitConflict));
    CommandContext::addCommonOptions(parser);
    StorageSession::addActorOption(parser);
    addUpdateOptions(parser);
    if (auto done = ctx.parse(parser, ctx.arguments)) {
        return *done;
    }
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
    if (auto wrong = readChange(parser, change)) {
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
