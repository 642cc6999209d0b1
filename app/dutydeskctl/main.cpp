#include "Command.h"
#include "ReportCommand.h"

#include "core/storage/KeychainPasswordProvider.h"
#include "core/util/Translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace dd::ctl;

namespace {

void printUsage(QTextStream& out, const std::vector<std::unique_ptr<Command>>& commands)
{
    out << CommandContext::tr("Usage: dutydeskctl [--database PATH|URL] [--json] [--lang ru|en] "
                              "COMMAND [OPTIONS]")
        << "\n\n"
        << CommandContext::tr("The scriptable face of the Dutydesk support console.") << "\n\n"
        << CommandContext::tr("Commands:") << "\n";
    for (const auto& command : commands) {
        out << "  " << command->name().leftJustified(14) << command->description() << "\n";
    }
    out << "\n" << CommandContext::tr("Run “dutydeskctl COMMAND --help” for a command's options.") << "\n";
}

// Runs the command `words` names, with the global options already read.
int runCommand(const QStringList& words, const QCommandLineParser& parser, const QString& language, QTextStream& out,
               QTextStream& err)
{
    CommandContext context(words, out, err);
    context.setGlobal(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("json")));
    context.setLanguage(language);
    for (const auto& command : allCommands()) {
        if (command->name() == words.first()) {
            const int code = command->run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "dutydeskctl: " << CommandContext::tr("unknown command “%1”; see dutydeskctl --help").arg(words.first())
        << Qt::endl;
    return ExitUsage;
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dutydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options stop at the first word that is not an option: that is the command.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("ru|en"));
    const QCommandLineOption helpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption versionOption(QStringLiteral("version"));
    parser.addOptions({ { QStringLiteral("database"), QString(), QStringLiteral("PATH|URL") },
                        QCommandLineOption(QStringLiteral("json")),
                        langOption,
                        helpOption,
                        versionOption });

    if (!parser.parse(QCoreApplication::arguments())) {
        dd::installTranslations(QString());
        err << "dutydeskctl: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    const QString language = parser.value(langOption);
    if (!language.isEmpty() && !dd::isSupportedLanguage(language)) {
        err << "dutydeskctl: " << CommandContext::tr("unsupported language “%1” (use ru or en)").arg(language)
            << Qt::endl;
        return ExitUsage;
    }
    dd::installTranslations(language);
    // Passwords of a shared database come from the system keychain (docs/rules.md#shared-database).
    dd::KeychainPasswordProvider::install();

    if (parser.isSet(versionOption)) {
        out << "dutydeskctl " << DUTYDESK_VERSION << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(helpOption)) {
        printUsage(out, allCommands());
        return ExitOk;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << "dutydeskctl: " << CommandContext::tr("no command given; see dutydeskctl --help") << Qt::endl;
        return ExitUsage;
    }
    return runCommand(parser.positionalArguments(), parser, language, out, err);
}
