// dutydesk-intake: the headless mail intake (docs/rules.md#intake). Arguments in, core does the rest.
#include "core/intake/ImapClient.h"
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
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <csignal>
#include <cstdio>

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
        return Error { QCoreApplication::translate("dd::intake", "cannot read %1: %2").arg(path, file.errorString()) };
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
        return Error { QCoreApplication::translate("dd::intake",
                                                   "no --password-file, and the keychain cannot be read: %1")
                           .arg(stored.error().message) };
    }
    if (!stored.value()) {
        return Error { QCoreApplication::translate(
                           "dd::intake", "no password for %1: pass --password-file or store it in the keychain")
                           .arg(url) };
    }
    return *stored.value();
}

Result<int> parseInterval(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+)\s*(s|m|h)?$)"));
    const auto match = pattern.match(text.trimmed());
    const int value = match.captured(1).toInt();
    if (!match.hasMatch() || value <= 0) {
        return Error { QCoreApplication::translate("dd::intake",
                                                   "--interval wants a duration like 30s, 5m or 1h, not “%1”")
                           .arg(text) };
    }
    const QString unit = match.captured(2);
    return value * (unit == QLatin1String("h") ? 3600 : unit == QLatin1String("m") ? 60 : 1);
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
    return Error { QCoreApplication::translate(
                       "dd::intake", "--from wants an address, e.g. \"Техподдержка <support@example.org>\", not “%1”")
                       .arg(text) };
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

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dutydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));
    installTranslations(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("dd::intake", "Reads the support mailbox and files every request as a ticket."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("dd::intake", "The Dutydesk database."),
                                      QStringLiteral("PATH|URL"));
    const QCommandLineOption databasePasswordFile(
        QStringLiteral("database-password-file"),
        QCoreApplication::translate("dd::intake", "Read the PostgreSQL password from FILE."), QStringLiteral("FILE"));
    const QCommandLineOption imap(QStringLiteral("imap"),
                                  QCoreApplication::translate("dd::intake", "The support mailbox."),
                                  QStringLiteral("imaps://user@host[:port]/INBOX"));
    const QCommandLineOption smtp(QStringLiteral("smtp"),
                                  QCoreApplication::translate("dd::intake", "The relay for acknowledgments."),
                                  QStringLiteral("smtp[s]://[user@]host[:port]"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("dd::intake", "Sender of the acknowledgments."),
                                  QStringLiteral("\"Name <support@…>\""));
    const QCommandLineOption once(QStringLiteral("once"),
                                  QCoreApplication::translate("dd::intake", "Read the mailbox once and exit."));
    const QCommandLineOption interval(
        QStringLiteral("interval"), QCoreApplication::translate("dd::intake", "Time between two reads (default 30s)."),
        QStringLiteral("DURATION"), QStringLiteral("30s"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate("dd::intake", "Read the mailbox password from FILE instead of the keychain."),
        QStringLiteral("FILE"));
    const QCommandLineOption smtpPasswordFile(
        QStringLiteral("smtp-password-file"),
        QCoreApplication::translate("dd::intake", "Read the SMTP password from FILE (default: the mailbox password)."),
        QStringLiteral("FILE"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("dd::intake", "Trust the mail servers' certificates issued by this CA."),
        QStringLiteral("FILE"));
    const QCommandLineOption newTemplate(
        QStringLiteral("ack-template"),
        QCoreApplication::translate("dd::intake", "Acknowledgment of a new ticket (Subject: line, empty line, body)."),
        QStringLiteral("FILE"));
    const QCommandLineOption messageTemplate(
        QStringLiteral("ack-message-template"),
        QCoreApplication::translate("dd::intake", "Acknowledgment of a message added to a ticket."),
        QStringLiteral("FILE"));
    const QCommandLineOption skipExisting(
        QStringLiteral("skip-existing"),
        QCoreApplication::translate("dd::intake", "On the first run, leave the mail already in the mailbox alone."));
    const QCommandLineOption maxAttachment(
        QStringLiteral("max-attachment-mb"),
        QCoreApplication::translate("dd::intake", "Attachments above this size are not stored (default 10)."),
        QStringLiteral("MB"), QStringLiteral("10"));
    parser.addOptions({ database, databasePasswordFile, imap, smtp, from, once, interval, passwordFile,
                        smtpPasswordFile, caFile, newTemplate, messageTemplate, skipExisting, maxAttachment });
    parser.process(app);

    for (const QCommandLineOption* required : { &database, &imap, &smtp, &from }) {
        if (!parser.isSet(*required)) {
            return fail(QCoreApplication::translate("dd::intake", "--%1 is required; see --help")
                            .arg(required->names().first()),
                        2);
        }
    }
    auto location = DatabaseLocation::parse(parser.value(database));
    auto imapSettings = ImapSettings::fromUrl(parser.value(imap));
    auto smtpSettings = SmtpSettings::fromUrl(parser.value(smtp));
    auto sender = parseFrom(parser.value(from));
    auto seconds = parseInterval(parser.value(interval));
    for (const Error* error : { location ? nullptr : &location.error(), imapSettings ? nullptr : &imapSettings.error(),
                                smtpSettings ? nullptr : &smtpSettings.error(), sender ? nullptr : &sender.error(),
                                seconds ? nullptr : &seconds.error() }) {
        if (error) {
            return fail(error->message, 2);
        }
    }

    IntakeSettings settings;
    settings.supportAddress = sender.value();
    settings.skipExisting = parser.isSet(skipExisting);
    settings.parser.maxAttachmentSize = parser.value(maxAttachment).toLongLong() * 1024 * 1024;
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
    if (parser.isSet(databasePasswordFile)) {
        auto databasePassword = readSecret(parser.value(databasePasswordFile));
        if (!databasePassword) {
            return fail(databasePassword.error().message, 2);
        }
        databaseOptions.password = databasePassword.value();
    } else if (location->isPostgres()) {
        KeychainPasswordProvider::install(); // as the console does; no entry = no password
    }
    auto opened = SchemaCatalog::open(location.value(), databaseOptions);
    if (!opened) {
        return fail(opened.error().message);
    }
    IntakeService service(*opened.value(), settings);
    const ImapSettings& mailboxSettings = imapSettings.value();
    // The key of this mailbox's last UID in the database: user@host[:port]/MAILBOX.
    QString server = mailboxSettings.url.host();
    if (mailboxSettings.url.port() > 0) {
        server += QLatin1Char(':') + QString::number(mailboxSettings.url.port());
    }
    const QString mailbox = QStringLiteral("%1@%2/%3").arg(mailboxSettings.user(), server, mailboxSettings.mailbox());
    ImapClient client(imapSettings.value());
    SmtpSender relay(smtpSettings.value());
    for (;;) {
        auto polled = service.poll(client, mailbox);
        if (polled) {
            if (polled->fetched > 0) {
                qInfo("%s: %d read, %d tickets, %d messages, %d duplicates, %d quarantined", qPrintable(mailbox),
                      polled->fetched, polled->tickets, polled->messages, polled->duplicates, polled->quarantined);
            }
        } else {
            std::fprintf(stderr, "dutydesk-intake: %s\n", qPrintable(polled.error().message));
        }
        auto sent = service.sendDue(relay);
        if (!sent) {
            std::fprintf(stderr, "dutydesk-intake: %s\n", qPrintable(sent.error().message));
        } else {
            for (const QString& error : sent->errors) {
                std::fprintf(stderr, "dutydesk-intake: %s (will retry)\n", qPrintable(error));
            }
        }
        if (parser.isSet(once)) {
            return polled && sent ? 0 : 1;
        }
        QThread::sleep(static_cast<unsigned long>(seconds.value()));
    }
}
