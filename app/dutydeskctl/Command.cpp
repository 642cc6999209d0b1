#include "Command.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

void CommandContext::addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption({ databaseOptionName,
                       CommandContext::tr("Database: a SQLite file or postgresql://user@host:port/db."),
                       QStringLiteral("PATH|URL") });
    parser.addOption({ jsonOptionName, CommandContext::tr("Print machine-readable JSON.") });
    parser.addHelpOption();
}

std::optional<int> CommandContext::parse(QCommandLineParser& parser, const QStringList& args)
{
    // QCommandLineParser treats the first element as the program name.
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("dutydeskctl"));
    if (!parser.parse(withProgram)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        return ExitOk;
    }
    if (parser.optionNames().contains(databaseOptionName) && parser.isSet(databaseOptionName)) {
        m_database = parser.value(databaseOptionName);
    }
    if (parser.optionNames().contains(jsonOptionName) && parser.isSet(jsonOptionName)) {
        m_json = true;
    }
    return std::nullopt;
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

int dispatchSubcommand(CommandContext& ctx, const QString& group, const std::vector<Subcommand>& table)
{
    const QString sub = ctx.arguments.value(1);
    for (const Subcommand& subcommand : table) {
        if (subcommand.name == sub) {
            return subcommand.handler(ctx);
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

} // namespace dd::ctl
