// bench_intake: 10,000 messages from Dovecot on loopback filed into SQLite and into
// PostgreSQL, acknowledgments sent to an SMTP sink (issue 19; figures, not pass/fail).
// Usage: bench_intake [MESSAGES]   (DUTYDESK_BENCH_ENGINES=sqlite or postgresql: one engine;
// DUTYDESK_BENCH_FUNCTIONS=1: where the PostgreSQL filing's server time went, per function)
// Each engine twice: the intake in this process (filing and sending timed apart, CPU per
// thread and of the server backend), then the dutydesk-intake program itself.
// PostgreSQL runs with its default durability (fsync, synchronous commit) and the intake
// logs in as the daemon does (intakeSession).
#include "core/intake/AcknowledgmentSender.h"
#include "core/intake/ImapClient.h"
#include "core/intake/IntakeRunner.h"
#include "core/intake/IntakeService.h"
#include "core/intake/MailboxPoller.h"
#include "core/intake/ProcessMemory.h"
#include "core/intake/SmtpSender.h"
#include "core/schema/SchemaCatalog.h"

#include "bench/ProcessCpu.h"

#include "tests/core/intake/IntakeTestDatabase.h"
#include "tests/support/ImapServer.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/SmtpServer.h"
#include "tests/support/TestPaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace dd;
using namespace dd::bench;

namespace {

// Realistic support mail: new requests from the clients' people, a tenth of them
// follow-ups threaded by In-Reply-To, a few HTML and attachment mails.
QList<QByteArray> mailbox(int count)
{
    static const QStringList senders { QStringLiteral("info@romashka.ru"), QStringLiteral("anna.petrova@romashka.ru"),
                                       QStringLiteral("oleg@romashka.ru") };
    QList<QByteArray> mails;
    for (int i = 0; i < count; ++i) {
        const QString& from = senders.at(i % senders.size());
        QString headers
            = QStringLiteral("Received: from mx.romashka.ru by mail.echo-company.ru; Mon, 30 Nov 2026 "
                             "09:%1:00 +0300\r\nFrom: %2\r\nTo: support@echo-company.ru\r\n"
                             "Subject: Заявка %3: не работает корзина\r\nMessage-ID: <bench-%3@romashka.ru>\r\n"
                             "Date: Mon, 30 Nov 2026 09:%1:00 +0300\r\nMIME-Version: 1.0\r\n")
                  .arg(i % 60, 2, 10, QLatin1Char('0'))
                  .arg(from)
                  .arg(i);
        if (i % 10 == 9) {
            headers += QStringLiteral("In-Reply-To: <bench-%1@romashka.ru>\r\n").arg(i - 1);
        }
        QString body = QStringLiteral("Здравствуйте!\r\n\r\nНа сайте romashka.ru при оформлении заказа %1 корзина "
                                      "пустеет, оплата не проходит. Проверьте, пожалуйста.\r\n")
                           .arg(i)
                           .repeated(6);
        QByteArray mail;
        if (i % 20 == 5) {
            mail = (headers
                    + QStringLiteral("Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                                     "Content-Type: text/html; charset=utf-8\r\n\r\n<p>%1</p>\r\n--b\r\n"
                                     "Content-Type: image/png; name=\"screen.png\"\r\n"
                                     "Content-Transfer-Encoding: base64\r\n\r\n")
                          .arg(body))
                       .toUtf8()
                + QByteArray(6000, 'x').toBase64() + "\r\n--b--\r\n";
        } else {
            mail = (headers + QStringLiteral("Content-Type: text/plain; charset=utf-8\r\n\r\n") + body).toUtf8();
        }
        mails << mail;
    }
    return mails;
}

// The figures count the search index: on PostgreSQL every ticket is in it when the poll
// returns (SearchRefresher). SQLite's index is written by the filing itself.
Status searchIndexHolds(const test::IntakeTestDatabase& db, qint64 tickets)
{
    const qint64 indexed = db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search"));
    if (db.database->isPostgres() && indexed != tickets) {
        return Error {
            QStringLiteral("%1 of %2 tickets in the search index after the poll").arg(indexed).arg(tickets)
        };
    }
    return Done {};
}

// DUTYDESK_BENCH_FUNCTIONS=1: the server times its functions and triggers during the
// filing in this process (track_functions; the timing costs time too, so the speed of such
// a run is not a figure), and the run prints their calls and time per mail.
bool tracksFunctions(const Database& database)
{
    return database.isPostgres() && qEnvironmentVariableIntValue("DUTYDESK_BENCH_FUNCTIONS") != 0;
}

void trackFunctions(const test::IntakeTestDatabase& db, bool on)
{
    QSqlQuery server(db.database->connection());
    const QString setting = on ? QStringLiteral("ALTER SYSTEM SET track_functions = 'all'")
                               : QStringLiteral("ALTER SYSTEM RESET track_functions");
    if (!server.exec(setting) || !server.exec(QStringLiteral("SELECT pg_reload_conf()"))
        || (on && !server.exec(QStringLiteral("SELECT pg_stat_reset()")))) {
        qFatal("cannot time the server's functions: %s", qPrintable(server.lastError().text()));
    }
}

// Read right after the filing, before the acknowledgments are sent.
QStringList functionTimes(const test::IntakeTestDatabase& db, const Database& intake, int count)
{
    // The intake's session sends its counts at its next statement; the refresher's went at its end.
    (void)intake.runScalar(QStringLiteral("SELECT pg_stat_force_next_flush()"));
    (void)intake.runScalar(QStringLiteral("SELECT 1"));
    (void)db.database->runScalar(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
    QStringList lines;
    auto functions = db.database->runRows(QStringLiteral("SELECT funcname, calls, self_time, total_time "
                                                         "FROM pg_stat_user_functions ORDER BY self_time DESC"));
    for (const QVariantList& row : functions ? functions.value() : QList<QVariantList>()) {
        lines << QString::asprintf("%-38s %5.2f calls, %6.3f ms per mail (%6.3f with what it calls)",
                                   qPrintable(row.at(0).toString()), row.at(1).toDouble() / count,
                                   row.at(2).toDouble() / count, row.at(3).toDouble() / count);
    }
    auto tables = db.database->runRows(QStringLiteral("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del "
                                                      "FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd "
                                                      "+ n_tup_del >= ? ORDER BY relname"),
                                       { count / 20 });
    for (const QVariantList& row : tables ? tables.value() : QList<QVariantList>()) {
        lines << QString::asprintf("%-38s %5.2f rows inserted, %5.2f updated, %5.2f deleted per mail",
                                   qPrintable(row.at(0).toString()), row.at(1).toDouble() / count,
                                   row.at(2).toDouble() / count, row.at(3).toDouble() / count);
    }
    if (!functions || !tables) {
        lines << (functions ? tables.error().message : functions.error().message);
    }
    return lines;
}

int fail(const QString& what)
{
    std::fprintf(stderr, "bench_intake: %s\n", qPrintable(what));
    return 1;
}

// The daemon's session as the daemon opens it (app/dutydesk-intake): on PostgreSQL its own
// login with the dutydesk_intake role (grants, row security, server-stamped history);
// asynchronous commits (SQLite: seldom checkpoints); DUTYDESK_BENCH_SYNCHRONOUS_COMMIT=1
// measures without those.
void createIntakeLogin(test::IntakeTestDatabase& db, const QString& login)
{
    QSqlQuery role(db.database->connection());
    if (!role.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login))
        || !role.exec(QStringLiteral("GRANT dutydesk_intake TO %1").arg(login))) {
        qFatal("cannot create the intake's login: %s", qPrintable(role.lastError().text()));
    }
}

std::unique_ptr<Database> intakeSession(test::IntakeTestDatabase& db, const QString& mailerUrl)
{
    if (db.database->isPostgres()) {
        createIntakeLogin(db, QStringLiteral("mailer"));
    }
    Database::Options options;
    options.migrate = false;
    options.installServerClock = false;
    options.asynchronousCommit = qEnvironmentVariableIntValue("DUTYDESK_BENCH_SYNCHRONOUS_COMMIT") == 0;
    auto opened
        = SchemaCatalog::open(DatabaseLocation::parse(mailerUrl.isEmpty() ? db.path() : mailerUrl).value(), options);
    if (!opened) {
        qFatal("cannot log in as the intake: %s", qPrintable(opened.error().message));
    }
    return std::move(opened).value();
}

// Dovecot with `count` mails waiting, and the SMTP sink.
struct MailServers
{
    std::unique_ptr<test::ImapServer> imap;
    std::unique_ptr<test::SmtpServer> smtp;
};

Result<MailServers> startMailServers(int count)
{
    auto imap = test::ImapServer::start();
    if (!imap) {
        return imap.error();
    }
    auto smtp = test::SmtpServer::start();
    if (!smtp) {
        return smtp.error();
    }
    if (auto delivered = imap.value()->deliverMany(mailbox(count)); !delivered) {
        return delivered.error();
    }
    return MailServers { std::move(imap).value(), std::move(smtp).value() };
}

int run(const QString& engine, const QString& url, const QString& mailerUrl, int count)
{
    auto servers = startMailServers(count);
    if (!servers) {
        return fail(servers.error().message);
    }
    const auto& imap = servers->imap;
    const auto& smtp = servers->smtp;
    auto db = test::IntakeTestDatabase::create(url);
    const std::unique_ptr<Database> session = intakeSession(db, mailerUrl);
    const Database& intake = *session;
    IntakeSettings settings;
    settings.supportAddress = { QStringLiteral("support@echo-company.ru"), QStringLiteral("Техподдержка") };
    IntakeService service(intake, settings);
    ImapSettings imapSettings = ImapSettings::fromUrl(imap->url()).value();
    imapSettings.password = imap->password();
    imapSettings.transport.caFile = imap->caFile();
    ImapClient client(imapSettings);
    SmtpSettings smtpSettings = SmtpSettings::fromUrl(smtp->url()).value();
    smtpSettings.transport.requireTls = false;
    SmtpSender relay(smtpSettings);

    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const double threadBefore = cpuSeconds(RUSAGE_THREAD);
    const Schedule scheduleBefore = threadSchedule();
    const double backendBefore = backendCpuSeconds(intake);
    const qint64 postmaster = postmasterOf(intake);
    const qint64 dovecot = dovecotMaster();
    const double serverBefore = serverCpuSeconds(postmaster);
    const double mailServerBefore = serverCpuSeconds(dovecot);
    const bool timesFunctions = tracksFunctions(intake);
    if (timesFunctions) {
        trackFunctions(db, true);
    }
    MailboxPoller poller(service);
    auto polled = poller.poll(client, IntakeRunner::mailboxKey(imapSettings));
    if (!polled) {
        return fail(polled.error().message);
    }
    const double filedSeconds = timer.nsecsElapsed() / 1e9;
    const double filedCpu = cpuSeconds() - cpuBefore; // this process only: SQLite's work, not PostgreSQL's
    const double filingThreadCpu = cpuSeconds(RUSAGE_THREAD) - threadBefore;
    const Schedule schedule = threadSchedule();
    const double waitedForCore = schedule.runnable - scheduleBefore.runnable;
    const double blocked = filedSeconds - (schedule.running - scheduleBefore.running) - waitedForCore;
    const double backendCpu = backendCpuSeconds(intake) - backendBefore;
    const double serverCpu = serverCpuSeconds(postmaster) - serverBefore;
    const double mailServerCpu = serverCpuSeconds(dovecot) - mailServerBefore;
    QStringList functions;
    if (timesFunctions) {
        functions = functionTimes(db, intake, polled->fetched);
        trackFunctions(db, false);
    }
    timer.restart();
    auto sent = AcknowledgmentSender(service.store()).sendAllDue(relay);
    if (!sent) {
        return fail(sent.error().message);
    }
    const double sentSeconds = timer.nsecsElapsed() / 1e9;
    const qint64 tickets = db.count(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    if (auto indexed = searchIndexHolds(db, tickets); !indexed) {
        return fail(indexed.error().message);
    }
    std::printf("%-10s %6d messages filed in %6.2f s = %7.0f messages/s (intake CPU %.2f s = %.0f messages per "
                "CPU-second; %lld tickets, %d follow-ups, %d held); %d acknowledgments sent in %6.2f s = %6.0f/s\n",
                qPrintable(engine), polled->fetched, filedSeconds, polled->fetched / filedSeconds, filedCpu,
                polled->fetched / filedCpu, tickets, polled->messages, polled->quarantined, sent->sent, sentSeconds,
                sent->sent / sentSeconds);
    std::printf("%-10s filing thread CPU %.2f ms per message (the rest of the intake CPU: fetching and parsing), "
                "waiting for a core %.2f ms, blocked %.2f ms (the disk, locks, the server's answers); Dovecot %.2f ms "
                "per message\n",
                qPrintable(engine), 1000 * filingThreadCpu / polled->fetched, 1000 * waitedForCore / polled->fetched,
                1000 * blocked / polled->fetched, 1000 * mailServerCpu / polled->fetched);
    if (intake.isPostgres()) {
        std::printf("%-10s server backend CPU %.2f s = %.2f ms per message; filing CPU in all %.2f ms per message; "
                    "the whole server (every process) %.2f ms per message\n",
                    qPrintable(engine), backendCpu, 1000 * backendCpu / polled->fetched,
                    1000 * (backendCpu + filedCpu) / polled->fetched, 1000 * serverCpu / polled->fetched);
    }
    for (const QString& line : functions) {
        std::printf("%-10s %s\n", qPrintable(engine), qPrintable(line));
    }
    std::fflush(stdout);
    return polled->fetched == count ? 0 : fail(QStringLiteral("only %1 of %2 filed").arg(polled->fetched).arg(count));
}

// The program as it runs in production: `dutydesk-intake --once` (its own process, its
// own logins, its log in a file as journald would keep it) files the same mailbox and
// sends the acknowledgments before it exits, so its figure covers both.
int runDaemon(const QString& engine, const QString& url, const QString& mailerUrl, int count)
{
    auto servers = startMailServers(count);
    if (!servers) {
        return fail(servers.error().message);
    }
    const auto& imap = servers->imap;
    const auto& smtp = servers->smtp;
    auto db = test::IntakeTestDatabase::create(url);
    if (!mailerUrl.isEmpty()) {
        createIntakeLogin(db, QStringLiteral("daemon"));
    }
    QTemporaryDir files;
    QFile password(files.filePath(QStringLiteral("password")));
    if (!password.open(QIODevice::WriteOnly) || password.write(imap->password().toUtf8()) < 0) {
        return fail(QStringLiteral("cannot write the mailbox password file"));
    }
    password.close();
    QProcess daemon;
    // The time on each line: the poll's summary line marks the end of the filing, before
    // the acknowledgments go out.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                       QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{message}"));
    daemon.setProcessEnvironment(environment);
    daemon.setProcessChannelMode(QProcess::MergedChannels);
    daemon.setStandardOutputFile(files.filePath(QStringLiteral("intake.log")));
    QElapsedTimer timer;
    timer.start();
    const QDateTime started = QDateTime::currentDateTime();
    daemon.start(test::programPath(QStringLiteral("dutydesk-intake")),
                 { QStringLiteral("--database"), mailerUrl.isEmpty() ? db.path() : mailerUrl, QStringLiteral("--imap"),
                   imap->url(), QStringLiteral("--smtp"), smtp->url(), QStringLiteral("--from"),
                   QStringLiteral("Техподдержка <support@echo-company.ru>"), QStringLiteral("--password-file"),
                   password.fileName(), QStringLiteral("--ca-file"), imap->caFile(), QStringLiteral("--once") });
    if (!daemon.waitForFinished(-1) || daemon.exitStatus() != QProcess::NormalExit || daemon.exitCode() != 0) {
        QFile log(files.filePath(QStringLiteral("intake.log")));
        const QString tail = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString();
        return fail(QStringLiteral("dutydesk-intake failed (%1): %2").arg(daemon.errorString(), tail));
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    double filedAt = 0;
    QFile log(files.filePath(QStringLiteral("intake.log")));
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd()) {
            const QByteArray line = log.readLine();
            if (line.contains(" read, ") && line.contains(" tickets, ")) {
                const QDateTime at = QDateTime::fromString(QString::fromLatin1(line.left(line.indexOf(' '))),
                                                           QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
                filedAt = started.msecsTo(at) / 1000.0;
            }
        }
    }
    const qint64 tickets = db.count(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    if (auto indexed = searchIndexHolds(db, tickets); !indexed) {
        return fail(indexed.error().message);
    }
    const qint64 sent = db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE status = 'sent'"));
    std::printf("%-10s dutydesk-intake --once: %d messages filed %6.2f s after it started = %7.0f messages/s "
                "(%lld tickets); with %lld acknowledgments sent it exited after %6.2f s\n",
                qPrintable(engine), count, filedAt, filedAt > 0 ? count / filedAt : 0.0, tickets, sent, seconds);
    std::fflush(stdout);
    return sent == count ? 0 : fail(QStringLiteral("only %1 of %2 acknowledged").arg(sent).arg(count));
}

} // namespace

// NOLINTNEXTLINE(bugprone-exception-escape): only Result::value() (std::get) throws, and only unchecked
int main(int argc, char* argv[])
{
    keepFreedMemoryForReuse(); // as dutydesk-intake does: the intake in this process runs as it would there
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("default.info=false")); // one line per mail otherwise
    // ./dev bench passes its arguments to every benchmark: anything but a count is theirs.
    bool given = false;
    const int requested = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt(&given) : 0;
    const int count = given && requested > 0 ? requested : 10000;
    if (qEnvironmentVariableIsEmpty("DUTYDESK_SOURCE_DIR")) {
        qputenv("DUTYDESK_SOURCE_DIR", QByteArray(DUTYDESK_SOURCE_DIR));
    }
    if (qEnvironmentVariableIsEmpty("DUTYDESK_BINARY_DIR")) {
        qputenv("DUTYDESK_BINARY_DIR", QByteArray(DUTYDESK_BINARY_DIR));
    }
    // DUTYDESK_BENCH_ENGINES=postgresql (or sqlite): one engine, for a profile of it.
    const QString engines = qEnvironmentVariable("DUTYDESK_BENCH_ENGINES", QStringLiteral("sqlite,postgresql"));
    int failed = 0;
    if (engines.contains(QLatin1String("sqlite"), Qt::CaseInsensitive)) {
        failed |= run(QStringLiteral("SQLite"), {}, {}, count);
        failed |= runDaemon(QStringLiteral("SQLite"), {}, {}, count);
    }
    if (!engines.contains(QLatin1String("postgresql"), Qt::CaseInsensitive)) {
        return failed;
    }
    // The server's own durability settings, not the test fixture's fsync=off.
    test::PostgresServer::Options durable;
    durable.durable = true;
    auto postgres = test::PostgresServer::start(durable);
    if (!postgres || !postgres.value()->createDatabase(QStringLiteral("bench")).ok()) {
        return fail(postgres ? QStringLiteral("cannot create the database") : postgres.error().message);
    }
    failed |= run(QStringLiteral("PostgreSQL"), postgres.value()->url(QStringLiteral("bench")),
                  postgres.value()->url(QStringLiteral("bench"), QStringLiteral("mailer")), count);
    if (!postgres.value()->createDatabase(QStringLiteral("daemon")).ok()) {
        return fail(QStringLiteral("cannot create the database"));
    }
    failed |= runDaemon(QStringLiteral("PostgreSQL"), postgres.value()->url(QStringLiteral("daemon")),
                        postgres.value()->url(QStringLiteral("daemon"), QStringLiteral("daemon")), count);
    return failed;
}
