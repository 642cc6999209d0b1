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
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("PATH|URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("ru|en"));
    const QCommandLineOption helpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption versionOption(QStringLiteral("version"));
    parser.addOptions({ databaseOption, jsonOption, langOption, helpOption, versionOption });

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

    const auto commands = allCommands();
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(versionOption)) {
        out << "dutydeskctl " << DUTYDESK_VERSION << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(helpOption)) {
        printUsage(out, commands);
        return ExitOk;
    }
    if (words.isEmpty()) {
        err << "dutydeskctl: " << CommandContext::tr("no command given; see dutydeskctl --help") << Qt::endl;
        return ExitUsage;
    }

    CommandContext context(words, out, err);
    context.setGlobal(parser.value(databaseOption), parser.isSet(jsonOption));
    context.setLanguage(language);
    for (const auto& command : commands) {
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
