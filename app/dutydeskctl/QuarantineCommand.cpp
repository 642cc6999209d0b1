#include "QuarantineCommand.h"

#include "StorageSession.h"
#include "TicketCommand.h"

#include "core/intake/QuarantineService.h"
#include "core/storage/ProjectRepository.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace dd::ctl {

namespace {

QJsonObject entryJson(const QuarantineEntry& e)
{
    return { { QStringLiteral("id"), e.id },
             { QStringLiteral("sender"), e.sender },
             { QStringLiteral("subject"), e.subject },
             { QStringLiteral("reason"), e.reason },
             { QStringLiteral("detail"), e.detail },
             { QStringLiteral("received"),
               e.arrived.isValid() ? QJsonValue(formatMoscowIso(e.arrived)) : QJsonValue() },
             { QStringLiteral("status"), e.status },
             { QStringLiteral("spam_score"), e.spamScore.isEmpty() ? QJsonValue() : QJsonValue(e.spamScore) },
             { QStringLiteral("ticket_id"), e.ticketId > 0 ? QJsonValue(e.ticketId) : QJsonValue() },
             { QStringLiteral("resolved_by"), e.resolvedBy.isEmpty() ? QJsonValue() : QJsonValue(e.resolvedBy) },
             { QStringLiteral("note"), e.resolutionNote.isEmpty() ? QJsonValue() : QJsonValue(e.resolutionNote) } };
}

Result<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error { QuarantineCommand::tr("a quarantine id is a positive number, not “%1”").arg(text) };
    }
    return id;
}

// Writes bytes to FILE, or to standard output as they are (no text conversion).
int writeBytes(CommandContext& ctx, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        ctx.out.flush();
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return ctx.failure(QuarantineCommand::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return ExitOk;
}

// --from, else the sender of the intake's last acknowledgment; an exit code when there is none.
std::optional<int> readSender(CommandContext& ctx, const Database& database, const QCommandLineParser& parser,
                              QString& address)
{
    address = parser.value(QStringLiteral("from")).trimmed().toLower();
    if (address.isEmpty()) {
        auto last = IntakeStore(database).lastAcknowledgmentSender();
        if (!last) {
            return ctx.failure(last.error().message);
        }
        address = last.value();
    }
    if (!address.contains(QLatin1Char('@'))) {
        return ctx.usageError(
            QuarantineCommand::tr("the intake has sent no acknowledgment yet: name the sender with --from ADDRESS"));
    }
    return std::nullopt;
}

} // namespace

QString QuarantineCommand::description() const
{
    return QuarantineCommand::tr("Mail the intake held back: list, show, release, discard.");
}

int QuarantineCommand::run(CommandContext& ctx)
{
    const Argument id { QStringLiteral("ID"), QuarantineCommand::tr("The held mail's id.") };
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("list"),
              .synopsis = tr("List held mail (--all: every status)."),
              .options = { { QStringLiteral("status"), QuarantineCommand::tr("held (default), released or discarded."),
                             QStringLiteral("STATUS"), QStringLiteral("held") },
                           { QStringLiteral("all"), QuarantineCommand::tr("Every status.") } },
              .handler = list,
              .description = QuarantineCommand::tr("List held mail.") },
            { .name = QStringLiteral("show"),
              .synopsis = tr("Show one held mail and its original."),
              .options = { { QStringLiteral("raw"), QuarantineCommand::tr("Print the original mail only.") } },
              .arguments = { id },
              .handler = show,
              .description = QuarantineCommand::tr("Show one held mail.") },
            { .name = QStringLiteral("release"),
              .synopsis = tr("File a held mail as a ticket of a project."),
              .options
              = { { QStringLiteral("project"), QuarantineCommand::tr("The project of the ticket (id, code or name)."),
                    QStringLiteral("PROJECT") },
                  { QStringLiteral("from"),
                    QuarantineCommand::tr("Sender of the acknowledgment (default: that of the intake's last one)."),
                    QStringLiteral("ADDRESS") } },
              .arguments = { id },
              .actor = true,
              .handler = release,
              .description = QuarantineCommand::tr("File a held mail as a ticket.") },
            { .name = QStringLiteral("discard"),
              .synopsis = tr("Discard a held mail, saying why."),
              .options
              = { { QStringLiteral("reason"), QuarantineCommand::tr("Why it is discarded."), QStringLiteral("TEXT") } },
              .arguments = { id },
              .actor = true,
              .handler = discard,
              .description = QuarantineCommand::tr("Discard a held mail.") },
        });
}

int QuarantineCommand::list(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    const QuarantineService service(*database, {});
    auto entries
        = service.list(parser.isSet(QStringLiteral("all")) ? QString() : parser.value(QStringLiteral("status")));
    if (!entries) {
        return ctx.failure(entries.error().message);
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const QuarantineEntry& e : entries.value()) {
            array << entryJson(e);
        }
        printJson(ctx, array);
        return ExitOk;
    }
    for (const QuarantineEntry& e : entries.value()) {
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(e.id)
                       .arg(toMoscow(e.arrived).toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.status, e.reason,
                            e.sender.isEmpty() ? QStringLiteral("-") : e.sender, e.subject)
                << "\n";
    }
    return ExitOk;
}

int QuarantineCommand::show(CommandContext& ctx, const QCommandLineParser& parser)
{
    auto id = parseId(parser.positionalArguments().at(2));
    if (!id) {
        return ctx.usageError(id.error().message);
    }
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto held = QuarantineService(*database, {}).show(id.value());
    if (!held) {
        return ctx.failure(held.error().message);
    }
    const auto& [entry, raw] = held.value();
    if (parser.isSet(QStringLiteral("raw"))) {
        return writeBytes(ctx, {}, raw);
    }
    if (ctx.json()) {
        QJsonObject object = entryJson(entry);
        object.insert(QStringLiteral("raw"), QString::fromUtf8(raw));
        printJson(ctx, object);
        return ExitOk;
    }
    ctx.out << QuarantineCommand::tr("Quarantined mail %1 (%2)").arg(entry.id).arg(entry.status) << "\n"
            << QuarantineCommand::tr("Received: %1")
                   .arg(toMoscow(entry.arrived).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            << "\n"
            << QuarantineCommand::tr("Sender: %1").arg(entry.sender) << "\n"
            << QuarantineCommand::tr("Subject: %1").arg(entry.subject) << "\n"
            << QuarantineCommand::tr("Reason: %1 — %2").arg(entry.reason, entry.detail) << "\n\n"
            << QString::fromUtf8(raw.left(64 * 1024)) << "\n";
    return ExitOk;
}

int QuarantineCommand::release(CommandContext& ctx, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("project"))) {
        return ctx.usageError();
    }
    auto id = parseId(parser.positionalArguments().at(2));
    if (!id) {
        return ctx.usageError(id.error().message);
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
    if (!project.value()) {
        return ctx.failure(
            QuarantineCommand::tr("there is no project “%1”").arg(parser.value(QStringLiteral("project"))));
    }
    IntakeSettings settings;
    if (auto failed = readSender(ctx, *database, parser, settings.supportAddress.address)) {
        return *failed;
    }
    QuarantineService service(*database, settings);
    auto released = service.release(id.value(), project.value()->id, actor.value());
    if (!released) {
        return ctx.failure(released.error().message);
    }
    if (ctx.json()) {
        printJson(
            ctx,
            QJsonObject { { QStringLiteral("id"), id.value() }, { QStringLiteral("ticket"), released->ticketNumber } });
    } else {
        ctx.out << QuarantineCommand::tr("quarantined mail %1 filed as ticket #%2")
                       .arg(id.value())
                       .arg(released->ticketNumber)
                << "\n";
    }
    return ExitOk;
}

int QuarantineCommand::discard(CommandContext& ctx, const QCommandLineParser& parser)
{
    auto id = parseId(parser.positionalArguments().at(2));
    if (!id) {
        return ctx.usageError(id.error().message);
    }
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    QuarantineService service(*database, {});
    if (auto done = service.discard(id.value(), parser.value(QStringLiteral("reason")), actor.value()); !done) {
        return ctx.failure(done.error().message);
    }
    ctx.out << QuarantineCommand::tr("quarantined mail %1 discarded").arg(id.value()) << "\n";
    return ExitOk;
}

namespace {

int ticketRaw(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(2);
    bool ok = false;
    const qint64 messageRow = args.value(1).toLongLong(&ok);
    if (!ok || messageRow <= 0) {
        return ctx.usageError();
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
    auto raw = IntakeStore(*database).rawMessage(ticket->id, messageRow);
    if (!raw) {
        return ctx.failure(raw.error().message);
    }
    return writeBytes(ctx, parser.value(QStringLiteral("output")), raw.value());
}

} // namespace

Subcommand ticketRawSubcommand()
{
    return { .name = QStringLiteral("raw"),
             .synopsis = TicketCommand::tr("Write the original of a mail on a ticket."),
             .options = { { { QStringLiteral("o"), QStringLiteral("output") },
                            QuarantineCommand::tr("Write to FILE instead of standard output."),
                            QStringLiteral("FILE") } },
             .arguments = { StorageSession::ticketArgument(),
                            { QStringLiteral("MESSAGE-ID"), QuarantineCommand::tr("The mail's id on the ticket.") } },
             .handler = ticketRaw,
             .description = QuarantineCommand::tr("Write the original of a mail filed on a ticket.") };
}

} // namespace dd::ctl
