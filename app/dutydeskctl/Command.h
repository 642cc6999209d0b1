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

    // Adds --database and --json to a subcommand's parser, so they work after the
    // command name too.
    static void addCommonOptions(QCommandLineParser& parser);
    // Parses `args` (the command words first) with `parser`. Returns the exit code when
    // the command is already done: ExitUsage after printing a one-line error for a wrong
    // argument, ExitOk after printing --help. Use: if (auto done = ctx.parse(p, a)) return *done;
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& args);

    bool json() const { return m_json; }
    // The database given with --database (before or after the command), else the
    // user's default SQLite file.
    Result<DatabaseLocation> database() const;

    int usageError(const QString& message);
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

// One subcommand of a command group ("sla deadline"): its word, its line in the group's
// help, and what runs it (which parses its own options, so `sla deadline --help` lists them).
struct Subcommand
{
    QString name;
    QString synopsis;
    std::function<int(CommandContext&)> handler;
};

// A command group's table: runs the subcommand `ctx.arguments[1]` names. Without one (exit 2)
// or with --help (exit 0) prints the group's help made from the table; an unknown word is a
// usage error (exit 2).
int dispatchSubcommand(CommandContext& ctx, const QString& group, const std::vector<Subcommand>& table);

} // namespace dd::ctl
