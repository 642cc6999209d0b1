#include "TicketConversationCommand.h"
#include "TicketCommand.h"

#include "StorageSession.h"
#include "TicketJson.h"

#include "core/intake/TicketReplies.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dd::ctl {

namespace {

QString kindSlug(ConversationEntry::Kind kind)
{
    switch (kind) {
    case ConversationEntry::Kind::ClientMessage:
        return QStringLiteral("client-message");
    case ConversationEntry::Kind::Reply:
        return QStringLiteral("reply");
    case ConversationEntry::Kind::Acknowledgment:
        return QStringLiteral("acknowledgment");
    case ConversationEntry::Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

// `ticket SUB ID …`: the ticket id, or nothing when it is not one.
std::optional<qint64> ticketIdArgument(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    bool ok = false;
    const qint64 id = words.value(2).toLongLong(&ok);
    return words.size() == 3 && ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QCommandLineOption textOption()
{
    return { QStringLiteral("text"), TicketCommand::tr("The text."), QStringLiteral("TEXT") };
}

int printTicket(CommandContext& ctx, const Ticket& ticket, const QString& what, const QJsonObject& extra = {})
{
    if (ctx.json()) {
        QJsonObject object { { QStringLiteral("id"), ticket.id },
                             { QStringLiteral("number"), ticket.number },
                             { QStringLiteral("version"), ticket.version },
                             { QStringLiteral("status"), toSlug(ticket.status) } };
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            object.insert(it.key(), it.value());
        }
        printJson(ctx, object);
    } else {
        ctx.out << what << "\n";
    }
    return ExitOk;
}

// Reads `ticket SUB ID`, opens the database and finds the actor.
struct Session
{
    std::unique_ptr<Database> database;
    Actor actor;
    qint64 ticketId = 0;
};

std::optional<Session> open(CommandContext& ctx, const QCommandLineParser& parser, int& code)
{
    const auto id = ticketIdArgument(parser);
    if (!id) {
        code = ctx.usageError();
        return std::nullopt;
    }
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return std::nullopt;
    }
    auto actor = StorageSession::actor(*database, parser);
    if (!actor) {
        code = ctx.failure(actor.error().message);
        return std::nullopt;
    }
    return Session { std::move(database), *actor, *id };
}

} // namespace

QJsonArray conversationJson(const QList<ConversationEntry>& entries)
{
    QJsonArray list;
    for (const ConversationEntry& entry : entries) {
        QJsonArray attachments;
        for (const AttachmentInfo& attachment : entry.attachments) {
            attachments << QJsonObject { { QStringLiteral("id"), attachment.id },
                                         { QStringLiteral("file_name"), attachment.fileName },
                                         { QStringLiteral("mime_type"), attachment.mimeType },
                                         { QStringLiteral("size"), attachment.sizeBytes } };
        }
        QJsonArray deliveries;
        for (const MailDelivery& mail : entry.deliveries) {
            deliveries << QJsonObject { { QStringLiteral("mail_id"), mail.id },
                                        { QStringLiteral("recipient"), mail.recipient },
                                        { QStringLiteral("status"), mail.status },
                                        { QStringLiteral("attempts"), mail.attempts },
                                        { QStringLiteral("error"), textOrNull(mail.lastError) },
                                        { QStringLiteral("sent_at"), instantJson(mail.sentAt) } };
        }
        QJsonObject object { { QStringLiteral("kind"), kindSlug(entry.kind) },
                             { QStringLiteral("at"), instantJson(entry.at) },
                             { QStringLiteral("channel"), textOrNull(entry.channel) },
                             { QStringLiteral("sender"), textOrNull(entry.sender) },
                             { QStringLiteral("author"), textOrNull(entry.author) },
                             { QStringLiteral("subject"), textOrNull(entry.subject) },
                             { QStringLiteral("text"), entry.text },
                             { QStringLiteral("context"), textOrNull(entry.context) },
                             { QStringLiteral("attachments"), attachments },
                             { QStringLiteral("delivery"), deliveries } };
        if (entry.messageRowId > 0) {
            object.insert(QStringLiteral("message_id"), entry.messageRowId);
        }
        list << object;
    }
    return list;
}

namespace {

Argument ticketIdArgumentEntry()
{
    return { QStringLiteral("ID"), TicketCommand::tr("The ticket id.") };
}

int reply(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto session = open(ctx, parser, code);
    if (!session) {
        return code;
    }
    ReplyDraft draft { session->ticketId, parser.value(QStringLiteral("text")), {} };
    for (const QString& path : parser.values(QStringLiteral("attach"))) {
        auto attachment = TicketReplies::readAttachment(path);
        if (!attachment) {
            return ctx.failure(attachment.error().message);
        }
        draft.attachments << *attachment;
    }
    auto sent = TicketReplies(*session->database).reply(draft, session->actor);
    if (!sent) {
        return ctx.failure(sent.error().message);
    }
    return printTicket(
        ctx, sent->ticket,
        TicketCommand::tr("reply on #%1 queued for %2").arg(sent->ticket.number).arg(sent->recipient),
        { { QStringLiteral("recipient"), sent->recipient }, { QStringLiteral("message_id"), sent->messageRowId } });
}

int note(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto session = open(ctx, parser, code);
    if (!session) {
        return code;
    }
    auto noted = TicketReplies(*session->database)
                     .note(session->ticketId, parser.value(QStringLiteral("text")), session->actor);
    if (!noted) {
        return ctx.failure(noted.error().message);
    }
    return printTicket(ctx, *noted, TicketCommand::tr("note added to #%1").arg(noted->number));
}

int message(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto session = open(ctx, parser, code);
    if (!session) {
        return code;
    }
    const auto channel = channelFromSlug(parser.value(QStringLiteral("channel")));
    if (!channel || *channel == Channel::Email || *channel == Channel::EmailUrgent) {
        return ctx.usageError(TicketCommand::tr("--channel is phone, telegram, whatsapp or viber"));
    }
    QDateTime arrived;
    if (parser.isSet(QStringLiteral("arrived"))) {
        auto parsed = parseInstant(parser.value(QStringLiteral("arrived")));
        if (!parsed) {
            return ctx.usageError(parsed.error().message);
        }
        arrived = *parsed;
    }
    auto recorded = TicketReplies(*session->database)
                        .clientMessage(session->ticketId, *channel, parser.value(QStringLiteral("text")), arrived,
                                       session->actor);
    if (!recorded) {
        return ctx.failure(recorded.error().message);
    }
    return printTicket(ctx, *recorded, TicketCommand::tr("client message recorded on #%1").arg(recorded->number));
}

int retryMail(CommandContext& ctx, const QCommandLineParser& parser)
{
    const auto id = ticketIdArgument(parser);
    if (!id) {
        return ctx.usageError();
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    if (auto retried = TicketReplies(*database).retry(*id); !retried) {
        return ctx.failure(retried.error().message);
    }
    if (ctx.json()) {
        printJson(ctx, QJsonObject { { QStringLiteral("mail_id"), *id }, { QStringLiteral("status"), "queued" } });
    } else {
        ctx.out << TicketCommand::tr("mail %1 queued again").arg(*id) << "\n";
    }
    return ExitOk;
}

} // namespace

Subcommand ticketReplySubcommand()
{
    return { .name = QStringLiteral("reply"),
             .synopsis = TicketCommand::tr("Reply to the client by e-mail."),
             .options = { textOption(),
                          { QStringLiteral("attach"),
                            TicketCommand::tr("Attach FILE (repeatable, at most %1 MB each).")
                                .arg(TicketReplies::maxAttachmentSize() >> 20),
                            QStringLiteral("FILE") } },
             .arguments = { ticketIdArgumentEntry() },
             .actor = true,
             .handler = reply,
             .description
             = TicketCommand::tr("Reply to the client by e-mail: the mail intake sends it from the support address.") };
}

Subcommand ticketNoteSubcommand()
{
    return { .name = QStringLiteral("note"),
             .synopsis = TicketCommand::tr("Add an internal note."),
             .options = { textOption() },
             .arguments = { ticketIdArgumentEntry() },
             .actor = true,
             .handler = note,
             .description = TicketCommand::tr("Add an internal note to a ticket; it is never sent to the client.") };
}

Subcommand ticketMessageSubcommand()
{
    return { .name = QStringLiteral("message"),
             .synopsis = TicketCommand::tr("Record a client's message by phone or messenger."),
             .options = { textOption(),
                          { QStringLiteral("channel"), TicketCommand::tr("phone, telegram, whatsapp or viber."),
                            QStringLiteral("CHANNEL") },
                          { QStringLiteral("arrived"),
                            TicketCommand::tr("When it arrived (ISO 8601; no offset = Moscow time; default now)."),
                            QStringLiteral("T") } },
             .arguments = { ticketIdArgumentEntry() },
             .actor = true,
             .handler = message,
             .description = TicketCommand::tr(
                 "Record a client's message taken by phone or messenger; a reaction is owed from its arrival.") };
}

Subcommand ticketRetryMailSubcommand()
{
    return { .name = QStringLiteral("retry-mail"),
             .synopsis = TicketCommand::tr("Send a failed mail again."),
             .arguments = { { QStringLiteral("MAIL"), TicketCommand::tr("The mail id.") } },
             .handler = retryMail,
             .description = TicketCommand::tr("Send a failed mail again (its id is in ticket show --json).") };
}

} // namespace dd::ctl
