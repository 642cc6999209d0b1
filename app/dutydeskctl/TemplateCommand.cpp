#include "TemplateCommand.h"

#include "StorageSession.h"
#include "TicketJson.h"

#include "core/storage/ReplyTemplates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::ctl {

namespace {

QJsonObject templateJson(const ReplyTemplate& item)
{
    return { { QStringLiteral("id"), item.id },
             { QStringLiteral("title"), item.title },
             { QStringLiteral("body"), item.body },
             { QStringLiteral("version"), item.version },
             { QStringLiteral("updated_by"), textOrNull(item.updatedBy) },
             { QStringLiteral("updated_at"), instantJson(item.updatedAt) } };
}

} // namespace

QString TemplateCommand::description() const
{
    return TemplateCommand::tr("List, add and edit the canned answers for replies.");
}

int TemplateCommand::run(CommandContext& ctx)
{
    const QList<QCommandLineOption> texts {
        { QStringLiteral("title"), TemplateCommand::tr("The title."), QStringLiteral("TEXT") },
        { QStringLiteral("text"), TemplateCommand::tr("The answer."), QStringLiteral("TEXT") }
    };
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("list"),
              .synopsis = tr("List the canned answers."),
              .options = { { QStringLiteral("filter"), TemplateCommand::tr("Only those containing every word of TEXT."),
                             QStringLiteral("TEXT") } },
              .handler = list },
            { .name = QStringLiteral("add"),
              .synopsis = tr("Add a canned answer (managers)."),
              .options = texts,
              .actor = true,
              .handler = [](CommandContext& c, const QCommandLineParser& p) { return write(c, p, true); },
              .description
              = TemplateCommand::tr("Add a canned answer. The text may use {client}, {number} and {engineer}.") },
            { .name = QStringLiteral("edit"),
              .synopsis = tr("Change a canned answer (managers)."),
              .options = QList<QCommandLineOption> { { QStringLiteral("expect-version"),
                                                       TemplateCommand::tr("The version you read (required)."),
                                                       QStringLiteral("V") } }
                  + texts,
              .arguments = { { QStringLiteral("ID"), TemplateCommand::tr("The template id.") } },
              .actor = true,
              .handler = [](CommandContext& c, const QCommandLineParser& p) { return write(c, p, false); },
              .description = TemplateCommand::tr("Change a canned answer you have read (--expect-version).") },
        });
}

int TemplateCommand::list(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::open(ctx, code);
    if (!database) {
        return code;
    }
    auto all = ReplyTemplates(*database).all();
    if (!all) {
        return ctx.failure(all.error().message);
    }
    const QList<ReplyTemplate> shown = ReplyTemplates::matching(*all, parser.value(QStringLiteral("filter")));
    if (ctx.json()) {
        QJsonArray array;
        for (const ReplyTemplate& item : shown) {
            array << templateJson(item);
        }
        printJson(ctx, array);
        return ExitOk;
    }
    for (const ReplyTemplate& item : shown) {
        ctx.out << item.id << "  v" << item.version << "  " << item.title << "\n";
        for (const QString& line : item.body.split(QLatin1Char('\n'))) {
            ctx.out << "    " << line << "\n";
        }
    }
    return ExitOk;
}

int TemplateCommand::write(CommandContext& ctx, const QCommandLineParser& parser, bool add)
{
    bool idOk = false;
    bool versionOk = false;
    const qint64 id = parser.positionalArguments().value(2).toLongLong(&idOk);
    // Only edit declares --expect-version.
    const qint64 version = add ? 0 : parser.value(QStringLiteral("expect-version")).toLongLong(&versionOk);
    if (add ? !parser.isSet(QStringLiteral("title")) || !parser.isSet(QStringLiteral("text")) : !idOk || !versionOk) {
        return ctx.usageError();
    }
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    const ReplyTemplates templates(*database);
    auto saved = add
        ? templates.add(parser.value(QStringLiteral("title")), parser.value(QStringLiteral("text")), *actor)
        : templates.edit(id, version, parser.value(QStringLiteral("title")), parser.value(QStringLiteral("text")),
                         *actor);
    if (!saved) {
        return ctx.failure(saved.error().message);
    }
    if (ctx.json()) {
        printJson(ctx, templateJson(*saved));
    } else {
        ctx.out << TemplateCommand::tr("template %1 “%2” saved (version %3)")
                       .arg(saved->id)
                       .arg(saved->title)
                       .arg(saved->version)
                << "\n";
    }
    return ExitOk;
}

} // namespace dd::ctl
