// dutydesk-intake: the headless mail intake (docs/rules.md#intake). Arguments in, core does the rest.
#include "core/intake/ImapClient.h"
#include "core/intake/IntakeRunner.h"
#include "core/intake/IntakeService.h"
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

} // namespace

// NOLINTNEXTLINE(bugprone-exception-escape): only Result::value() (std::get) throws, and only unchecked
int main(int argc, char* argv[])
{
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
    const QCommandLineOption database(QStringLiteral("database"), IntakeDaemon::tr("The Dutydesk database."),
                                      QStringLiteral("PATH|URL"));
    const QCommandLineOption databasePasswordFile(QStringLiteral("database-password-file"),
                                                  IntakeDaemon::tr("Read the PostgreSQL password from FILE."),
                                                  QStringLiteral("FILE"));
    const QCommandLineOption imap(QStringLiteral("imap"), IntakeDaemon::tr("The support mailbox."),
                                  QStringLiteral("imaps://user@host[:port]/INBOX"));
    const QCommandLineOption smtp(QStringLiteral("smtp"), IntakeDaemon::tr("The relay for acknowledgments."),
                                  QStringLiteral("smtp[s]://[user@]host[:port]"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        IntakeDaemon::tr("Sender of the acknowledgments (default: the shared setting mail.support-address)."),
        QStringLiteral("\"Name <support@…>\""));
    const QCommandLineOption once(QStringLiteral("once"), IntakeDaemon::tr("Read the mailbox once and exit."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      IntakeDaemon::tr("Time between two reads (default 30s)."),
                                      QStringLiteral("DURATION"), QStringLiteral("30s"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        IntakeDaemon::tr("Read the mailbox password from FILE instead of the keychain."), QStringLiteral("FILE"));
    const QCommandLineOption smtpPasswordFile(
        QStringLiteral("smtp-password-file"),
        IntakeDaemon::tr("Read the SMTP password from FILE (default: the mailbox password)."), QStringLiteral("FILE"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    IntakeDaemon::tr("Trust the mail servers' certificates issued by this CA."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption newTemplate(
        QStringLiteral("ack-template"),
        IntakeDaemon::tr("Acknowledgment of a new ticket (Subject: line, empty line, body)."), QStringLiteral("FILE"));
    const QCommandLineOption messageTemplate(QStringLiteral("ack-message-template"),
                                             IntakeDaemon::tr("Acknowledgment of a message added to a ticket."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption skipExisting(
        QStringLiteral("skip-existing"),
        IntakeDaemon::tr("On the first run, leave the mail already in the mailbox alone."));
    const QCommandLineOption maxAttachment(
        QStringLiteral("max-attachment-mb"),
        IntakeDaemon::tr(
            "Attachments above this size are not stored (default: the shared setting mail.max-attachment-mb)."),
        QStringLiteral("MB"), QStringLiteral("10"));
    const QCommandLineOption ackInterval(
        QStringLiteral("ack-interval"),
        IntakeDaemon::tr("At most one acknowledgment per sender and ticket this often (default: the shared setting "
                         "mail.ack-interval; the loop guard)."),
        QStringLiteral("DURATION"), QStringLiteral("1h"));
    const QCommandLineOption batchSize(
        QStringLiteral("batch-size"),
        IntakeDaemon::tr("Mailbox UIDs listed per request (default and most %1).").arg(ImapClient::maxListing),
        QStringLiteral("N"), QString::number(ImapClient::maxListing));
    const QCommandLineOption spamd(QStringLiteral("spamd"),
                                   IntakeDaemon::tr("Ask this SpamAssassin daemon about every mail before filing it."),
                                   QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption escalation(
        QStringLiteral("escalation-address"),
        IntakeDaemon::tr("The head of support's address: a mail to it about a ticket escalates the ticket "
                         "(default: the shared setting mail.head-of-support-address)."),
        QStringLiteral("ADDRESS"));
    parser.addOptions({ database, databasePasswordFile, imap, smtp, from, once, interval, passwordFile,
                        smtpPasswordFile, caFile, newTemplate, messageTemplate, skipExisting, maxAttachment,
                        ackInterval, batchSize, spamd, escalation });
    parser.process(app);

    // --from, --escalation-address, --ack-interval, --max-attachment-mb and --ack-template
    // override the shared settings for this daemon; without them it reads the database's.
    for (const QCommandLineOption* required : { &database, &imap, &smtp }) {
        if (!parser.isSet(*required)) {
            return fail(IntakeDaemon::tr("--%1 is required; see --help").arg(required->names().first()), 2);
        }
    }
    auto location = DatabaseLocation::parse(parser.value(database));
    auto imapSettings = ImapSettings::fromUrl(parser.value(imap));
    auto smtpSettings = SmtpSettings::fromUrl(parser.value(smtp));
    auto sender = parser.isSet(from) ? parseFrom(parser.value(from)) : Result<MailAddress>(MailAddress {});
    auto seconds = parseDuration(QStringLiteral("interval"), parser.value(interval));
    auto ackSeconds = parseDuration(QStringLiteral("ack-interval"), parser.value(ackInterval));
    auto attachmentMb = parseNumber(QStringLiteral("max-attachment-mb"), parser.value(maxAttachment), 1, 4096);
    auto batch = parseNumber(QStringLiteral("batch-size"), parser.value(batchSize), 1, ImapClient::maxListing);
    for (const Error* error : { location ? nullptr : &location.error(), imapSettings ? nullptr : &imapSettings.error(),
                                smtpSettings ? nullptr : &smtpSettings.error(), sender ? nullptr : &sender.error(),
                                seconds ? nullptr : &seconds.error(), ackSeconds ? nullptr : &ackSeconds.error(),
                                attachmentMb ? nullptr : &attachmentMb.error(), batch ? nullptr : &batch.error() }) {
        if (error) {
            return fail(error->message, 2);
        }
    }

    IntakeSettings settings;
    settings.supportAddress = sender.value();
    IntakeOverrides overrides;
    overrides.supportAddress = parser.isSet(from);
    overrides.escalationAddress = parser.isSet(escalation);
    overrides.acknowledgmentInterval = parser.isSet(ackInterval);
    overrides.maxAttachmentSize = parser.isSet(maxAttachment);
    overrides.newTicketTemplate = parser.isSet(newTemplate);
    settings.skipExisting = parser.isSet(skipExisting);
    settings.parser.maxAttachmentSize = attachmentMb.value() * 1024 * 1024;
    settings.acknowledgmentIntervalSeconds = static_cast<int>(ackSeconds.value());
    if (parser.isSet(spamd)) {
        auto check = SpamCheck::fromAddress(parser.value(spamd));
        if (!check) {
            return fail(check.error().message, 2);
        }
        settings.spamd = check.value();
    }
    if (parser.isSet(escalation)) {
        auto head = parseFrom(parser.value(escalation));
        if (!head) {
            return fail(head.error().message, 2);
        }
        settings.escalationAddress = head->address;
    }
    settings.checkpoint = crashHookFromEnvironment();
    if (parser.isSet(newTemplate)) {
        auto loaded = AcknowledgmentTemplate::fromFile(parser.value(newTemplate));
        if (!loaded) {
            return fail(loaded.error().message, 2);
        }
        settings.newTicket = loaded.value();
    }
    if (parser.isSet(messageTemplate)) {
        auto loaded = AcknowledgmentTemplate::fromFile(parser.value(messageTemplate));
        if (!loaded) {
            return fail(loaded.error().message, 2);
        }
        settings.clientMessage = loaded.value();
    }

    auto password = mailboxPassword(parser.value(passwordFile), parser.value(imap));
    if (!password) {
        return fail(password.error().message, 2);
    }
    imapSettings.value().password = password.value();
    imapSettings.value().transport.caFile = parser.value(caFile);
    smtpSettings.value().transport.caFile = parser.value(caFile);
    if (parser.isSet(smtpPasswordFile)) {
        auto smtpPassword = readSecret(parser.value(smtpPasswordFile));
        if (!smtpPassword) {
            return fail(smtpPassword.error().message, 2);
        }
        smtpSettings.value().password = smtpPassword.value();
    } else {
        smtpSettings.value().password = password.value();
    }

    Database::Options databaseOptions;
    // One commit per mail: not waiting for each to reach the server's disk is what lets
    // PostgreSQL file hundreds a second (docs/mail-intake.md#speed).
    databaseOptions.asynchronousCommit = true;
    if (parser.isSet(databasePasswordFile)) {
        auto databasePassword = readSecret(parser.value(databasePasswordFile));
        if (!databasePassword) {
            return fail(databasePassword.error().message, 2);
        }
        databaseOptions.password = databasePassword.value();
    } else if (location->isPostgres()) {
        KeychainPasswordProvider::install(); // as the console does; no entry = no password
    }
    // The daemon files into an existing Dutydesk database and never creates one: a typo
    // in a path must not start an empty database that nobody looks at.
    if (auto exists = requireExistingFile(location.value()); !exists) {
        return fail(exists.error().message, 2);
    }
    const DatabaseLocation databaseLocation = location.value();
    auto openDatabase = [databaseLocation, databaseOptions]() -> Result<std::unique_ptr<Database>> {
        Database::Options options = databaseOptions;
        options.migrate = false;
        auto opened = SchemaCatalog::open(databaseLocation, options);
        if (!opened) {
            return opened.error();
        }
        auto version = opened.value()->schemaVersion();
        if (!version || version.value() <= 0) {
            return Error { IntakeDaemon::tr("%1 has no Dutydesk schema; create it with `dutydeskctl migrate` first")
                               .arg(databaseLocation.displayName()) };
        }
        if (auto migrated = opened.value()->migrate(); !migrated) {
            return migrated.error();
        }
        return opened;
    };
    // A database without a schema is a configuration error, not an outage: refuse now.
    if (auto first = openDatabase(); !first) {
        if (!location->isPostgres()) {
            return fail(first.error().message, 2);
        }
        std::fprintf(stderr, "dutydesk-intake: %s\n", qPrintable(first.error().message)); // retried below
    }

    IntakeRunner::Config config {
        settings, overrides, imapSettings.value(), smtpSettings.value(), static_cast<int>(batch.value()), 30
    };
    IntakeRunner runner(std::move(config), openDatabase,
                        [](const QString& line) { std::fprintf(stderr, "dutydesk-intake: %s\n", qPrintable(line)); });
    if (parser.isSet(once)) {
        return runner.cycle() ? 0 : 1;
    }
    std::signal(SIGTERM, &requestStop);
    std::signal(SIGINT, &requestStop);
    runner.run(static_cast<int>(seconds.value()), [] { return stopRequested != 0; });
    return 0;
}
