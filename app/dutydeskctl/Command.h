#pragma once

#include "core/util/DatabaseLocation.h"
#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dd::ctl {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What every command gets: its arguments (the command name first), the common options
// and the streams. Output goes to `out`; errors are one line on `err`.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::CommandContext)

public:
    CommandContext(QStringList arguments, QTextStream& out, QTextStream& err);

    QStringList arguments; // e.g. {"sla", "deadline", "--level", "standard"}
    QTextStream& out;
    QTextStream& err;

    // --database and --json, which every subcommand takes so they work after the command
    // name too.
    static QList<QCommandLineOption> commonOptions();
    // Takes --database and --json from a parsed subcommand line.
    void takeCommonOptions(const QCommandLineParser& parser);

    bool json() const { return m_json; }
    // The database given with --database (before or after the command), else the
    // user's default SQLite file.
    Result<DatabaseLocation> database() const;

    int usageError(const QString& message);
    // "usage: dutydeskctl GROUP SUB ARGS [OPTIONS]" of the running subcommand, made from its table entry.
    int usageError();
    void setUsage(const QString& usage) { m_usage = usage; }
    int failure(const QString& message);

    void setGlobal(const QString& database, bool json);
    // The language given with --lang, empty when none was: files meant for other programs
    // (the monthly CSV) keep their English codes unless a language is asked for.
    QString language() const { return m_language; }
    void setLanguage(const QString& language) { m_language = language; }

private:
    QString m_database;
    bool m_json = false;
    QString m_language;
    QString m_usage;
};

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // `ctx.arguments` starts with this command's name.
    virtual int run(CommandContext& ctx) = 0;
};

std::vector<std::unique_ptr<Command>> allCommands();

// Indented JSON on standard output: the --json form of every command.
void printJson(CommandContext& ctx, const QJsonValue& value);

// A positional argument of a subcommand: its word in the usage line and its line in --help.
struct Argument
{
    QString name; // "TICKET"
    QString description;
    bool optional = false; // [NAME]; optional arguments come last
};

// One subcommand of a command group ("sla deadline"), the one place it is declared: its word,
// its line in the group's help, its options and positional arguments, whether it takes --as,
// and what runs it. Dispatch builds the parser from the entry (adding --database, --json and
// --help), parses, answers --help and wrong arguments, and gives the handler the parsed parser,
// whose positional arguments start with the command words ("sla", "deadline").
struct Subcommand
{
    using Handler = std::function<int(CommandContext&, const QCommandLineParser&)>;

    QString name;
    QString synopsis;
    QList<QCommandLineOption> options = {};
    QList<Argument> arguments = {};
    bool actor = false; // takes --as LOGIN
    Handler handler = {};
    // --help's text; the synopsis when empty.
    QString description = {};
};

// A command group's table: runs the subcommand `ctx.arguments[1]` names. Without one (exit 2)
// or with --help (exit 0) prints the group's help made from the table; an unknown word is a
// usage error (exit 2).
int dispatchSubcommand(CommandContext& ctx, const QString& group, const std::vector<Subcommand>& table);
// A command without subcommands ("version", "demo"): the entry's name is the command's.
int runSingleCommand(CommandContext& ctx, const Subcommand& entry);

} // namespace dd::ctl
