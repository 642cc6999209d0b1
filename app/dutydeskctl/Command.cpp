#include "Command.h"

#include "StorageSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dd::ctl {

namespace {
const QString databaseOptionName = QStringLiteral("database");
const QString jsonOptionName = QStringLiteral("json");
} // namespace

CommandContext::CommandContext(QStringList arguments, QTextStream& out, QTextStream& err)
    : arguments(std::move(arguments))
    , out(out)
    , err(err)
{ }

QList<QCommandLineOption> CommandContext::commonOptions()
{
    return { { databaseOptionName, CommandContext::tr("Database: a SQLite file or postgresql://user@host:port/db."),
               QStringLiteral("PATH|URL") },
             { jsonOptionName, CommandContext::tr("Print machine-readable JSON.") } };
}

void CommandContext::takeCommonOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(databaseOptionName)) {
        m_database = parser.value(databaseOptionName);
    }
    if (parser.isSet(jsonOptionName)) {
        m_json = true;
    }
}

Result<DatabaseLocation> CommandContext::database() const
{
    if (m_database.isEmpty()) {
        return DatabaseLocation::defaultLocation();
    }
    return DatabaseLocation::parse(m_database);
}

int CommandContext::usageError(const QString& message)
{
    err << "dutydeskctl: " << message << Qt::endl;
    return ExitUsage;
}

int CommandContext::usageError()
{
    return usageError(CommandContext::tr("usage: %1").arg(m_usage));
}

int CommandContext::failure(const QString& message)
{
    err << "dutydeskctl: " << message << Qt::endl;
    return ExitFailure;
}

void CommandContext::setGlobal(const QString& database, bool json)
{
    m_database = database;
    m_json = json;
}

void printJson(CommandContext& ctx, const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    ctx.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

namespace {

// The option as --help and the usage line show it: its longest name, "--" or "-" before it.
QString optionFlag(const QCommandLineOption& option)
{
    QString longest;
    for (const QString& name : option.names()) {
        if (name.size() > longest.size()) {
            longest = name;
        }
    }
    return (longest.size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) + longest;
}

QString optionSyntax(const QCommandLineOption& option)
{
    QString flags;
    for (const QString& name : option.names()) {
        flags += (flags.isEmpty() ? QString() : QStringLiteral(", "))
            + (name.size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) + name;
    }
    return option.valueName().isEmpty() ? flags : flags + QLatin1Char(' ') + option.valueName();
}

QString argumentSyntax(const Argument& argument)
{
    return argument.optional ? QLatin1Char('[') + argument.name + QLatin1Char(']') : argument.name;
}

// Everything the entry's parser knows, in the order --help lists it: the subcommand's own
// options, --as, the common ones.
QList<QCommandLineOption> entryOptions(const Subcommand& entry)
{
    QList<QCommandLineOption> options = entry.options;
    if (entry.actor) {
        options << StorageSession::actorOption();
    }
    return options + CommandContext::commonOptions();
}

// "dutydeskctl worklog add TICKET [--from T1] … [--json]": the arguments first, so an error
// about a missing one reads "… add TICKET".
QString usageLine(const QString& words, const Subcommand& entry)
{
    QStringList parts { QStringLiteral("dutydeskctl"), words };
    for (const Argument& argument : entry.arguments) {
        parts << argumentSyntax(argument);
    }
    for (const QCommandLineOption& option : entryOptions(entry)) {
        const QString value = option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + option.valueName();
        parts << QLatin1Char('[') + optionFlag(option) + value + QLatin1Char(']');
    }
    return parts.join(QLatin1Char(' '));
}

void printTable(QTextStream& out, const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    for (const auto& [left, right] : rows) {
        out << "  " << left.leftJustified(width + 2) << right << "\n";
    }
}

void printHelp(QTextStream& out, const QString& words, const Subcommand& entry, const QCommandLineOption& help)
{
    out << CommandContext::tr("Usage: %1").arg(usageLine(words, entry)) << "\n\n"
        << (entry.description.isEmpty() ? entry.synopsis : entry.description) << "\n";
    if (!entry.arguments.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const Argument& argument : entry.arguments) {
            rows.append({ argumentSyntax(argument), argument.description });
        }
        out << "\n" << CommandContext::tr("Arguments:") << "\n";
        printTable(out, rows);
    }
    QList<std::pair<QString, QString>> rows;
    const QList<QCommandLineOption> options = entryOptions(entry) << help;
    for (const QCommandLineOption& option : options) {
        rows.append({ optionSyntax(option), option.description() });
    }
    out << "\n" << CommandContext::tr("Options:") << "\n";
    printTable(out, rows);
    out.flush();
}

// Parses `ctx.arguments` (`skip` command words first) with the parser the entry describes and
// runs its handler, or answers --help or a wrong argument itself.
int runEntry(CommandContext& ctx, const QString& words, const Subcommand& entry, qsizetype skip)
{
    QCommandLineParser parser;
    parser.addOptions(entryOptions(entry));
    const QCommandLineOption help = parser.addHelpOption();
    // QCommandLineParser treats the first element as the program name.
    if (!parser.parse(QStringList { QStringLiteral("dutydeskctl") } + ctx.arguments)) {
        return ctx.usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        printHelp(ctx.out, words, entry, help);
        return ExitOk;
    }
    ctx.takeCommonOptions(parser);
    ctx.setUsage(usageLine(words, entry));
    const qsizetype given = parser.positionalArguments().size() - skip;
    const auto required = std::count_if(entry.arguments.cbegin(), entry.arguments.cend(),
                                        [](const Argument& a) { return !a.optional; });
    if (given < required) {
        return ctx.usageError();
    }
    if (given > entry.arguments.size()) {
        return ctx.usageError(CommandContext::tr("unexpected argument “%1”")
                                  .arg(parser.positionalArguments().at(skip + entry.arguments.size())));
    }
    return entry.handler(ctx, parser);
}

} // namespace

int dispatchSubcommand(CommandContext& ctx, const QString& group, const std::vector<Subcommand>& table)
{
    const QString sub = ctx.arguments.value(1);
    for (const Subcommand& subcommand : table) {
        if (subcommand.name == sub) {
            return runEntry(ctx, group + QLatin1Char(' ') + sub, subcommand, 2);
        }
    }
    const bool wantsHelp = sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h");
    if (!wantsHelp) {
        return ctx.usageError(CommandContext::tr("unknown command “%1 %2”; see dutydeskctl %1 --help").arg(group, sub));
    }
    ctx.out << CommandContext::tr("Usage: dutydeskctl %1 COMMAND [OPTIONS]").arg(group) << "\n\n"
            << CommandContext::tr("Commands:") << "\n";
    for (const Subcommand& subcommand : table) {
        ctx.out << "  " << subcommand.name.leftJustified(14) << subcommand.synopsis << "\n";
    }
    ctx.out.flush();
    return sub.isEmpty() ? ExitUsage : ExitOk;
}

int runSingleCommand(CommandContext& ctx, const Subcommand& entry)
{
    return runEntry(ctx, entry.name, entry, 1);
}

} // namespace dd::ctl
