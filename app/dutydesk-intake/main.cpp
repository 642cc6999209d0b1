// dutydesk-intake: the headless mail intake (docs/rules.md#intake). Arguments in, core does the rest.
#include "core/intake/ImapClient.h"
#include "core/intake/IntakeRunner.h"
#include "core/intake/IntakeService.h"
#include "core/intake/ProcessMemory.h"
#include "core/intake/SmtpSender.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/KeychainPasswordProvider.h"
#include "core/util/CredentialStore.h"
#include "core/util/DatabaseLocation.h"
#include "core/util/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>
#include <functional>
#include <utility>

namespace dd {

// The translation context of the daemon's messages: tr() needs a class.
class IntakeDaemon
{
    Q_DECLARE_TR_FUNCTIONS(dd::IntakeDaemon)
};

} // namespace dd

using namespace dd;

namespace {

int fail(const QString& message, int code = 1)
{
    std::fprintf(stderr, "dutydesk-intake: %s\n", qPrintable(message));
    return code;
}

// A secret from a file (systemd LoadCredential puts one in $CREDENTIALS_DIRECTORY),
// without the trailing newline editors add.
Result<QString> readSecret(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { IntakeDaemon::tr("cannot read %1: %2").arg(path, file.errorString()) };
    }
    QString secret = QString::fromUtf8(file.readAll());
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r'))) {
        secret.chop(1);
    }
    return secret;
}

// The mailbox password: the file when given, else the keychain entry of the mailbox URL
// (`dutydeskctl` and the settings dialog write it there).
Result<QString> mailboxPassword(const QString& file, const QString& url)
{
    if (!file.isEmpty()) {
        return readSecret(file);
    }
    auto stored = CredentialStore().readPassword(CredentialStore::mailboxKey(url));
    if (!stored) {
        return Error {
            IntakeDaemon::tr("no --password-file, and the keychain cannot be read: %1").arg(stored.error().message)
        };
    }
    if (!stored.value()) {
        return Error {
            IntakeDaemon::tr("no password for %1: pass --password-file or store it in the keychain").arg(url)
        };
    }
    return *stored.value();
}

volatile std::sig_atomic_t stopRequested = 0;

void requestStop(int)
{
    stopRequested = 1;
}

// A duration option: "30s", "5m", "1h" or bare seconds, above zero and at most a day.
Result<qint64> parseDuration(const QString& option, const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,6})\s*(s|m|h)?$)"));
    const auto match = pattern.match(text.trimmed());
    const qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 seconds = value * (unit == QLatin1String("h") ? 3600 : unit == QLatin1String("m") ? 60 : 1);
    if (!match.hasMatch() || seconds <= 0 || seconds > 86400) {
        return Error {
            IntakeDaemon::tr("--%1 wants a duration from 1s to 24h like 30s, 5m or 1h, not “%2”").arg(option, text)
        };
    }
    return seconds;
}

// A whole number option within [minimum, maximum].
Result<qint64> parseNumber(const QString& option, const QString& text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        return Error { IntakeDaemon::tr("--%1 wants a whole number from %2 to %3, not “%4”")
                           .arg(option)
                           .arg(minimum)
                           .arg(maximum)
                           .arg(text) };
    }
    return value;
}

// The daemon's database must exist: SQLite's file (and its folder), named in the error.
Status requireExistingFile(const DatabaseLocation& location)
{
    if (location.isPostgres()) {
        return Done {};
    }
    const QFileInfo file(location.sqlitePath);
    if (!file.dir().exists()) {
        return Error { IntakeDaemon::tr("the folder %1 of the database does not exist")
                           .arg(QDir::toNativeSeparators(file.absolutePath())) };
    }
    if (!file.exists()) {
        return Error { IntakeDaemon::tr("the database %1 does not exist; create it with `dutydeskctl migrate` first")
                           .arg(QDir::toNativeSeparators(file.absoluteFilePath())) };
    }
    // Not even SQLite's header (an empty file, a typo'd path to something else): opening
    // it would write one, so it is refused untouched.
    QFile probe(location.sqlitePath);
    if (!probe.open(QIODevice::ReadOnly) || !probe.read(16).startsWith("SQLite format 3")) {
        return Error { IntakeDaemon::tr("%1 has no Dutydesk schema; create it with `dutydeskctl migrate` first")
                           .arg(QDir::toNativeSeparators(file.absoluteFilePath())) };
    }
    return Done {};
}

Result<MailAddress> parseFrom(const QString& text)
{
    static const QRegularExpression named(QStringLiteral(R"(^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$)"));
    if (const auto match = named.match(text); match.hasMatch()) {
        return MailAddress { match.captured(2).toLower(), match.captured(1).remove(QLatin1Char('"')) };
    }
    if (text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char(' '))) {
        return MailAddress { text.trimmed().toLower(), {} };
    }
    return Error {
        IntakeDaemon::tr("--from wants an address, e.g. \"Техподдержка <support@example.org>\", not “%1”").arg(text)
    };
}

// Fault injection for the crash tests: DUTYDESK_INTAKE_CRASH_AT=before-commit:3 kills the
// process (SIGKILL, like kill -9) the third time it reaches that point.
std::function<void(const QString&)> crashHookFromEnvironment()
{
    const QString spec = qEnvironmentVariable("DUTYDESK_INTAKE_CRASH_AT");
    if (spec.isEmpty()) {
        return {};
    }
    const QString point = spec.section(QLatin1Char(':'), 0, 0);
    const int after = std::max(1, spec.section(QLatin1Char(':'), 1, 1).toInt());
    return [point, after, count = 0](const QString& reached) mutable {
        if (reached == point && ++count == after) {
            std::raise(SIGKILL);
        }
    };
}

// Where the daemon reads, sends and files, and with which secrets.
struct ConnectionOptions
{
    QCommandLineOption database { QStringLiteral("database"), IntakeDaemon::tr("The Dutydesk database."),
                                  QStringLiteral("PATH|URL") };
    QCommandLineOption databasePasswordFile { QStringLiteral("database-password-file"),
                                              IntakeDaemon::tr("Read the PostgreSQL password from FILE."),
                                              QStringLiteral("FILE") };
    QCommandLineOption imap { QStringLiteral("imap"), IntakeDaemon::tr("The support mailbox."),
                              QStringLiteral("imaps://user@host[:port]/INBOX") };
    QCommandLineOption smtp { QStringLiteral("smtp"), IntakeDaemon::tr("The relay for acknowledgments."),
                              QStringLiteral("smtp[s]://[user@]host[:port]") };
    QCommandLineOption passwordFile { QStringLiteral("password-file"),
                                      IntakeDaemon::tr("Read the mailbox password from FILE instead of the keychain."),
                                      QStringLiteral("FILE") };
    QCommandLineOption smtpPasswordFile {
        QStringLiteral("smtp-password-file"),
        IntakeDaemon::tr("Read the SMTP password from FILE (default: the mailbox password)."), QStringLiteral("FILE")
    };
    QCommandLineOption caFile { QStringLiteral("ca-file"),
                                IntakeDaemon::tr("Trust the mail servers' certificates issued by this CA."),
                                QStringLiteral("FILE") };
};

// How the daemon files and acknowledges the mail.
struct FilingOptions
{
    QCommandLineOption from { QStringLiteral("from"),
                              IntakeDaemon::tr(
                                  "Sender of the acknowledgments (default: the shared setting mail.support-address)."),
                              QStringLiteral("\"Name <support@…>\"") };
    QCommandLineOption once { QStringLiteral("once"), IntakeDaemon::tr("Read the mailbox once and exit.") };
    QCommandLineOption interval { QStringLiteral("interval"), IntakeDaemon::tr("Time between two reads (default 30s)."),
                                  QStringLiteral("DURATION"), QStringLiteral("30s") };
    QCommandLineOption newTemplate {
        QStringLiteral("ack-template"),
        IntakeDaemon::tr("Acknowledgment of a new ticket (Subject: line, empty line, body)."), QStringLiteral("FILE")
    };
    QCommandLineOption messageTemplate { QStringLiteral("ack-message-template"),
                                         IntakeDaemon::tr("Acknowledgment of a message added to a ticket."),
                                         QStringLiteral("FILE") };
    QCommandLineOption skipExisting { QStringLiteral("skip-existing"),
                                      IntakeDaemon::tr(
                                          "On the first run, leave the mail already in the mailbox alone.") };
    QCommandLineOption maxAttachment {
        QStringLiteral("max-attachment-mb"),
        IntakeDaemon::tr(
            "Attachments above this size are not stored (default: the shared setting mail.max-attachment-mb)."),
        QStringLiteral("MB"), QStringLiteral("10")
    };
    QCommandLineOption ackInterval {
        QStringLiteral("ack-interval"),
        IntakeDaemon::tr("At most one acknowledgment per sender and ticket this often (default: the shared setting "
                         "mail.ack-interval; the loop guard)."),
        QStringLiteral("DURATION"), QStringLiteral("1h")
    };
    QCommandLineOption batchSize {
        QStringLiteral("batch-size"),
        IntakeDaemon::tr("Mailbox UIDs listed per request (default and most %1).").arg(ImapClient::maxListing),
        QStringLiteral("N"), QString::number(ImapClient::maxListing)
    };
    QCommandLineOption spamd { QStringLiteral("spamd"),
                               IntakeDaemon::tr("Ask this SpamAssassin daemon about every mail before filing it."),
                               QStringLiteral("HOST[:PORT]") };
    QCommandLineOption escalation {
        QStringLiteral("escalation-address"),
        IntakeDaemon::tr("The head of support's address: a mail to it about a ticket escalates the ticket "
                         "(default: the shared setting mail.head-of-support-address)."),
        QStringLiteral("ADDRESS")
    };
};

// The daemon's command line.
struct IntakeOptions : ConnectionOptions, FilingOptions
{
    QList<QCommandLineOption> all() const
    {
        return { database,
                 databasePasswordFile,
                 imap,
                 smtp,
                 from,
                 once,
                 interval,
                 passwordFile,
                 smtpPasswordFile,
                 caFile,
                 newTemplate,
                 messageTemplate,
                 skipExisting,
                 maxAttachment,
                 ackInterval,
                 batchSize,
                 spamd,
                 escalation };
    }
};

// What the command line says the daemon does; an error in it is a usage error (exit 2).
struct DaemonConfig
{
    DatabaseLocation location;
    Database::Options databaseOptions;
    ImapSettings imap;
    SmtpSettings smtp;
    IntakeSettings settings;
    IntakeOverrides overrides;
    qint64 intervalSeconds = 30;
    qint64 batch = ImapClient::maxListing;
};

// The required options and the values with a syntax of their own.
Status readAddressesAndNumbers(const QCommandLineParser& parser, const IntakeOptions& o, DaemonConfig& config)
{
    for (const QCommandLineOption* required : { &o.database, &o.imap, &o.smtp }) {
        if (!parser.isSet(*required)) {
            return Error { IntakeDaemon::tr("--%1 is required; see --help").arg(required->names().first()) };
        }
    }
    auto location = DatabaseLocation::parse(parser.value(o.database));
    auto imapSettings = ImapSettings::fromUrl(parser.value(o.imap));
    auto smtpSettings = SmtpSettings::fromUrl(parser.value(o.smtp));
    auto sender = parser.isSet(o.from) ? parseFrom(parser.value(o.from)) : Result<MailAddress>(MailAddress {});
    auto seconds = parseDuration(QStringLiteral("interval"), parser.value(o.interval));
    auto ackSeconds = parseDuration(QStringLiteral("ack-interval"), parser.value(o.ackInterval));
    auto attachmentMb = parseNumber(QStringLiteral("max-attachment-mb"), parser.value(o.maxAttachment), 1, 4096);
    auto batch = parseNumber(QStringLiteral("batch-size"), parser.value(o.batchSize), 1, ImapClient::maxListing);
    for (const Error* error : { location ? nullptr : &location.error(), imapSettings ? nullptr : &imapSettings.error(),
                                smtpSettings ? nullptr : &smtpSettings.error(), sender ? nullptr : &sender.error(),
                                seconds ? nullptr : &seconds.error(), ackSeconds ? nullptr : &ackSeconds.error(),
                                attachmentMb ? nullptr : &attachmentMb.error(), batch ? nullptr : &batch.error() }) {
        if (error) {
            return *error;
        }
    }
    config.location = location.value();
    config.imap = imapSettings.value();
    config.smtp = smtpSettings.value();
    config.settings.supportAddress = sender.value();
    config.settings.parser.maxAttachmentSize = attachmentMb.value() * 1024 * 1024;
    config.settings.acknowledgmentIntervalSeconds = static_cast<int>(ackSeconds.value());
    config.intervalSeconds = seconds.value();
    config.batch = batch.value();
    return Done {};
}

// --spamd, --escalation-address and the acknowledgment templates. --from,
// --escalation-address, --ack-interval, --max-attachment-mb and --ack-template override the
// shared settings for this daemon; without them it reads the database's.
Status readIntakeSettings(const QCommandLineParser& parser, const IntakeOptions& o, DaemonConfig& config)
{
    IntakeSettings& settings = config.settings;
    config.overrides.supportAddress = parser.isSet(o.from);
    config.overrides.escalationAddress = parser.isSet(o.escalation);
    config.overrides.acknowledgmentInterval = parser.isSet(o.ackInterval);
    config.overrides.maxAttachmentSize = parser.isSet(o.maxAttachment);
    config.overrides.newTicketTemplate = parser.isSet(o.newTemplate);
    settings.skipExisting = parser.isSet(o.skipExisting);
    if (parser.isSet(o.spamd)) {
        auto check = SpamCheck::fromAddress(parser.value(o.spamd));
        if (!check) {
            return check.error();
        }
        settings.spamd = check.value();
    }
    if (parser.isSet(o.escalation)) {
        auto head = parseFrom(parser.value(o.escalation));
        if (!head) {
            return head.error();
        }
        settings.escalationAddress = head->address;
    }
    settings.checkpoint = crashHookFromEnvironment();
    for (const auto& [option, target] : { std::pair { &o.newTemplate, &settings.newTicket },
                                          std::pair { &o.messageTemplate, &settings.clientMessage } }) {
        if (parser.isSet(*option)) {
            auto loaded = AcknowledgmentTemplate::fromFile(parser.value(*option));
            if (!loaded) {
                return loaded.error();
            }
            *target = loaded.value();
        }
    }
    return Done {};
}

// The mailbox's, the relay's and the database's passwords and the CA file.
Status readSecrets(const QCommandLineParser& parser, const IntakeOptions& o, DaemonConfig& config)
{
    auto password = mailboxPassword(parser.value(o.passwordFile), parser.value(o.imap));
    if (!password) {
        return password.error();
    }
    config.imap.password = password.value();
    config.imap.transport.caFile = parser.value(o.caFile);
    config.smtp.transport.caFile = parser.value(o.caFile);
    config.smtp.password = password.value();
    if (parser.isSet(o.smtpPasswordFile)) {
        auto smtpPassword = readSecret(parser.value(o.smtpPasswordFile));
        if (!smtpPassword) {
            return smtpPassword.error();
        }
        config.smtp.password = smtpPassword.value();
    }
    // One commit per mail: not waiting for each to reach the server's disk is what lets
    // PostgreSQL file hundreds a second (docs/mail-intake.md#speed).
    config.databaseOptions.asynchronousCommit = true;
    if (parser.isSet(o.databasePasswordFile)) {
        auto databasePassword = readSecret(parser.value(o.databasePasswordFile));
        if (!databasePassword) {
            return databasePassword.error();
        }
        config.databaseOptions.password = databasePassword.value();
    } else if (config.location.isPostgres()) {
        KeychainPasswordProvider::install(); // as the console does; no entry = no password
    }
    return Done {};
}

// Opens the daemon's database, which must already hold a Dutydesk schema (then migrated).
std::function<Result<std::unique_ptr<Database>>()> databaseOpener(const DatabaseLocation& location,
                                                                  const Database::Options& databaseOptions)
{
    return [location, databaseOptions]() -> Result<std::unique_ptr<Database>> {
        Database::Options options = databaseOptions;
        options.migrate = false;
        auto opened = SchemaCatalog::open(location, options);
        if (!opened) {
            return opened.error();
        }
        auto version = opened.value()->schemaVersion();
        if (!version || version.value() <= 0) {
            return Error { IntakeDaemon::tr("%1 has no Dutydesk schema; create it with `dutydeskctl migrate` first")
                               .arg(location.displayName()) };
        }
        if (auto migrated = opened.value()->migrate(); !migrated) {
            return migrated.error();
        }
        return opened;
    };
}

} // namespace

// NOLINTNEXTLINE(bugprone-exception-escape): only Result::value() (std::get) throws, and only unchecked
int main(int argc, char* argv[])
{
    keepFreedMemoryForReuse();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dutydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));
    installTranslations(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        IntakeDaemon::tr("Reads the support mailbox and files every request as a ticket."));
    parser.addHelpOption();
    parser.addVersionOption();
    const IntakeOptions options;
    parser.addOptions(options.all());
    parser.process(app);

    DaemonConfig config;
    for (const auto read : { &readAddressesAndNumbers, &readIntakeSettings, &readSecrets }) {
        if (auto done = read(parser, options, config); !done) {
            return fail(done.error().message, 2);
        }
    }
    // The daemon files into an existing Dutydesk database and never creates one: a typo
    // in a path must not start an empty database that nobody looks at.
    if (auto exists = requireExistingFile(config.location); !exists) {
        return fail(exists.error().message, 2);
    }
    const auto openDatabase = databaseOpener(config.location, config.databaseOptions);
    // A database without a schema is a configuration error, not an outage: refuse now.
    if (auto first = openDatabase(); !first) {
        if (!config.location.isPostgres()) {
            return fail(first.error().message, 2);
        }
        std::fprintf(stderr, "dutydesk-intake: %s\n", qPrintable(first.error().message)); // retried below
    }

    IntakeRunner::Config runnerConfig {
        config.settings, config.overrides, config.imap, config.smtp, static_cast<int>(config.batch), 30
    };
    IntakeRunner runner(std::move(runnerConfig), openDatabase,
                        [](const QString& line) { std::fprintf(stderr, "dutydesk-intake: %s\n", qPrintable(line)); });
    if (parser.isSet(options.once)) {
        return runner.cycle() ? 0 : 1;
    }
    std::signal(SIGTERM, &requestStop);
    std::signal(SIGINT, &requestStop);
    runner.run(static_cast<int>(config.intervalSeconds), [] { return stopRequested != 0; });
    return 0;
}
