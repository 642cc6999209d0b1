// The intake files a new ticket on PostgreSQL in one round trip (dutydesk_file_ticket,
// IntakeFilingMigration) and statement by statement on SQLite: the same mails must leave
// the same rows on both engines (docs/mail-intake.md#speed).
#include "core/intake/IntakeService.h"
#include "core/intake/IntakeStore.h"
#include "core/intake/SearchRefresher.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/TicketSearch.h"

#include "tests/core/intake/IntakeTestDatabase.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace dd;

namespace {

QByteArray load(const QString& name)
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/core/intake/data/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(name));
    }
    return file.readAll();
}

// A client's answer threaded by In-Reply-To onto the ticket of <attach-1@romashka.ru>.
QByteArray followUp()
{
    return QByteArrayLiteral("From: Anna <anna.petrova@romashka.ru>\r\nTo: support@echo-company.ru\r\n"
                             "Subject: Re: Screenshots\r\nMessage-ID: <follow-1@romashka.ru>\r\n"
                             "In-Reply-To: <attach-1@romashka.ru>\r\nDate: Wed, 25 Nov 2026 10:20:00 +0300\r\n"
                             "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
        + QStringLiteral("Ещё один снимок экрана не нужен, ошибка та же.\r\n").toUtf8();
}

// The rows a mail leaves, each as one line, with what the engines legitimately differ in
// left out: the acknowledgment's generated Message-ID, date and send time, and who wrote
// the history (the server stamps the login on PostgreSQL).
const QStringList dumps {
    QStringLiteral("SELECT t.id, t.number, p.code, t.subject, t.description, t.steps_to_reproduce, t.page_url, "
                   "t.channel, t.arrived_at, t.category, t.level, t.status, t.version, t.escalated "
                   "FROM tickets t JOIN projects p ON p.id = t.project_id ORDER BY t.id"),
    QStringLiteral("SELECT id, ticket_id, type, at, data, ticket_version FROM ticket_events ORDER BY id"),
    QStringLiteral("SELECT id, ticket_id, direction, channel, CASE WHEN direction = 'in' THEN message_id END, sender, "
                   "recipients, subject, body, CASE WHEN direction = 'in' THEN received_at END, quarantined, "
                   "quarantine_reason, acknowledgment FROM messages ORDER BY id"),
    QStringLiteral("SELECT message_row_id, raw_sha256, content_sha256, size_bytes, compressed, damage "
                   "FROM message_raw ORDER BY message_row_id"),
    QStringLiteral("SELECT id, message_id, ticket_id, file_name, mime_type, size_bytes, content FROM attachments "
                   "ORDER BY id"),
    // Acknowledgments are queued as drafts (migration 25): no content until they are sent.
    QStringLiteral("SELECT id, ticket_id, message_row_id, envelope_from, recipient, status, attempts, "
                   "length(content), CASE WHEN draft IS NULL THEN 0 ELSE 1 END FROM outgoing_mail ORDER BY id"),
    QStringLiteral("SELECT mailbox, uid_validity, uid, raw_sha256, outcome, message_row_id, ticket_id, detail "
                   "FROM intake_log ORDER BY uid"),
    QStringLiteral(
        "SELECT reason, detail, sender, subject, raw_sha256, status, spam_score FROM quarantine ORDER BY id"),
    QStringLiteral("SELECT mailbox, uid_validity, last_uid FROM mailbox_state ORDER BY mailbox"),
};

QStringList rowsOf(const Database& database)
{
    QStringList lines;
    for (const QString& sql : dumps) {
        auto query = database.run(sql);
        if (!query) {
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.error().message));
        }
        while (query.value().next()) {
            QStringList columns;
            for (int column = 0; column < query.value().record().count(); ++column) {
                const QVariant value = query.value().value(column);
                // Blobs by their hash: one line stays readable in a failure message.
                columns
                    << (value.metaType().id() == QMetaType::QByteArray ? QString::fromLatin1(
                            QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256).toHex().left(16))
                            : value.isNull() ? QStringLiteral("NULL")
                                             : value.toString());
            }
            lines << sql.section(QStringLiteral(" FROM "), 1).section(QLatin1Char(' '), 0, 0) + QStringLiteral(": ")
                    + columns.join(QStringLiteral(" | "));
        }
    }
    return lines;
}

QString synchronousCommit(const Database& database)
{
    auto value = database.runScalar(QStringLiteral("SELECT current_setting('synchronous_commit')"));
    return value ? value->toString() : value.error().message;
}

QStringList fileAll(const Database& database)
{
    IntakeSettings settings;
    settings.supportAddress = { QStringLiteral("support@echo-company.ru"), QStringLiteral("Техподдержка") };
    settings.parser.maxAttachmentSize = 512;
    IntakeService service(database, settings);
    const QDateTime arrived(QDate(2026, 11, 25), QTime(7, 15, 30), QTimeZone::utc());
    const QList<QByteArray> mails { load(QStringLiteral("attachments.eml")),
                                    load(QStringLiteral("windows-1251.eml")),
                                    load(QStringLiteral("multipart-no-boundary.eml")),
                                    followUp(),
                                    load(QStringLiteral("html-only.eml")),
                                    load(QStringLiteral("attachments.eml")) };
    QStringList outcomes;
    qint64 uid = 0;
    for (const QByteArray& raw : mails) {
        auto outcome = service.process(QStringLiteral("support@mail/INBOX"), 77, ++uid, arrived, raw);
        outcomes << (outcome ? outcome->outcome : outcome.error().message);
    }
    return outcomes;
}

// The intake's filing queues its tickets for the search index (migration 20); the refresh
// beside it (SearchRefresher) writes each ticket's row once, with every row the mails left
// but the acknowledgments: the mail written after the ticket, and a later answer.
void searchIndexIsRefreshedBesideTheFiling(const test::IntakeTestDatabase& owner, const Database& mailer)
{
    const QString indexed
        = QStringLiteral("SELECT COUNT(*) FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id WHERE t.number = ? "
                         "AND s.document @@ plainto_tsquery('russian', ?)");
    QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search")), 0);
    QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search_pending")), 3);
    // The queue is the owner's functions' alone.
    QVERIFY(!mailer.runScalar(QStringLiteral("SELECT COUNT(*) FROM ticket_search_pending")).ok());
    QVERIFY(!mailer.runScalar(QStringLiteral("DELETE FROM ticket_search_pending")).ok());

    QCOMPARE(SearchRefresher::refreshBatch(mailer, 2).value(), 2);
    QVERIFY(SearchRefresher::drain(mailer).ok());
    QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search_pending")), 0);
    QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search")), 3);
    QCOMPARE(owner.count(indexed, { 2, QStringLiteral("оплата картой") }), 1);
    // The acknowledgment is not: its words are in every ticket's (migration 23).
    QCOMPARE(owner.count(indexed, { 2, QStringLiteral("зарегистрировано") }), 0);
    QCOMPARE(owner.count(indexed, { 1, QStringLiteral("снимок экрана") }), 1);
    QCOMPARE(owner.count(indexed, { 3, QStringLiteral("снимок экрана") }), 0);
    // Written once per ticket: three new rows, none rewritten (per row written it would
    // be nine more, per transaction one more for the answer filed later).
    QVERIFY(mailer.runScalar(QStringLiteral("SELECT pg_stat_force_next_flush()")).ok());
    QVERIFY(mailer.runScalar(QStringLiteral("SELECT 1")).ok());
    QCOMPARE(owner.count(QStringLiteral("SELECT n_tup_ins * 100 + n_tup_upd FROM pg_stat_user_tables "
                                        "WHERE relname = 'ticket_search'")),
             300);
}

// The daemon's session: its own login with the intake role, opened as app/dutydesk-intake does.
std::unique_ptr<Database> mailerSession(const test::PostgresServer& postgres, const test::IntakeTestDatabase& owner,
                                        const QString& database)
{
    QSqlQuery role(owner.database->connection());
    if (!role.exec(QStringLiteral("CREATE ROLE mailer LOGIN"))
        || !role.exec(QStringLiteral("GRANT dutydesk_intake TO mailer"))) {
        qFatal("cannot create the intake's login: %s", qPrintable(role.lastError().text()));
    }
    Database::Options options;
    options.migrate = false;
    options.installServerClock = false;
    options.asynchronousCommit = true; // as app/dutydesk-intake opens it
    auto mailer = SchemaCatalog::open(DatabaseLocation::parse(postgres.url(database, QStringLiteral("mailer"))).value(),
                                      options);
    if (!mailer) {
        qFatal("cannot log in as the intake: %s", qPrintable(mailer.error().message));
    }
    return std::move(mailer).value();
}

// A new request with a word of its own, or an answer on request `answering` with another.
QByteArray bulkMail(int number, int answering = -1)
{
    QByteArray mail = QStringLiteral("From: Anna <anna.petrova@romashka.ru>\r\nTo: support@echo-company.ru\r\n"
                                     "Message-ID: <bulk-%1@romashka.ru>\r\nDate: Wed, 25 Nov 2026 10:20:00 +0300\r\n")
                          .arg(number)
                          .toUtf8();
    if (answering >= 0) {
        mail += QStringLiteral("Subject: Re: Заявка %1\r\nIn-Reply-To: <bulk-%1@romashka.ru>\r\n")
                    .arg(answering)
                    .toUtf8();
    } else {
        mail += QStringLiteral("Subject: Заявка %1\r\n").arg(number).toUtf8();
    }
    return mail
        + QStringLiteral("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                         "Страница не открывается, код marker%1.\r\n")
              .arg(number)
              .toUtf8();
}

// Every ticket's row of the index as the owner's own refresh at its commit writes it.
QStringList documents(const Database& database)
{
    QStringList rows;
    auto query = database.run(QStringLiteral("SELECT ticket_id, document::text FROM ticket_search ORDER BY ticket_id"));
    while (query && query.value().next()) {
        rows << query.value().value(0).toString() + QLatin1Char(' ') + query.value().value(1).toString();
    }
    return rows;
}

} // namespace

class TestIntakeEngines : public QObject
{
    Q_OBJECT

private slots:
    void sameRowsOnBothEngines();
    void searchIsRefreshedBesideTheFiling();
    void searchBacklogIsReadByKey();
    void sqliteIntakeSessionCheckpointsSeldom();
};

void TestIntakeEngines::sameRowsOnBothEngines()
{
    const test::IntakeTestDatabase sqlite = test::IntakeTestDatabase::create();
    const QStringList sqliteOutcomes = fileAll(*sqlite.database);
    QCOMPARE(sqliteOutcomes,
             QStringList({ QStringLiteral("ticket"), QStringLiteral("ticket"), QStringLiteral("ticket"),
                           QStringLiteral("message"), QStringLiteral("quarantined"), QStringLiteral("duplicate") }));
    // The acknowledgments are marked and left out of the search index (migration 22); the mails are found.
    QCOMPARE(sqlite.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE acknowledgment = 1")),
             3); // one per new ticket
    const TicketSearch search(*sqlite.database);
    QVERIFY(search.find(QStringLiteral("зарегистрировано")).value().isEmpty());
    QVERIFY(!search.find(QStringLiteral("оплата картой")).value().isEmpty());

    // The server's own durability settings, so that the intake's session setting shows.
    test::PostgresServer::Options durable;
    durable.durable = true;
    auto postgres = test::PostgresServer::start(durable);
    QVERIFY2(postgres.ok(), qPrintable(postgres.ok() ? QString() : postgres.error().message));
    QVERIFY((*postgres)->createDatabase(QStringLiteral("engines")).ok());
    {
        const test::IntakeTestDatabase owner
            = test::IntakeTestDatabase::create((*postgres)->url(QStringLiteral("engines")));
        // Filed as the daemon files: its own login, with the intake role's grants and row security.
        const std::unique_ptr<Database> mailer = mailerSession(**postgres, owner, QStringLiteral("engines"));
        QCOMPARE(fileAll(*mailer), sqliteOutcomes);
        // Commits do not wait for the disk in the intake's session only, also after a reconnect;
        // before mail goes out, everything committed is flushed (SET LOCAL: the session stays as it was).
        QCOMPARE(synchronousCommit(*mailer), QStringLiteral("off"));
        QCOMPARE(synchronousCommit(*owner.database), QStringLiteral("on"));
        QVERIFY(IntakeStore(*mailer).makeDurable(1).ok());
        QVERIFY(mailer->reconnect().ok());
        QCOMPARE(synchronousCommit(*mailer), QStringLiteral("off"));

        const QStringList expected = rowsOf(*sqlite.database);
        const QStringList actual = rowsOf(*owner.database);
        for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
            QCOMPARE(actual.at(i), expected.at(i));
        }
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(expected.size() > 20); // tickets, events, messages, originals, attachments, log
        // The server, not the client, says who filed it.
        QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE actor <> 'mailer'")), 0);
        QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events")), 4);
        QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE length(content) = 0 "
                                            "AND draft IS NOT NULL")),
                 3); // one per new ticket, as on SQLite
        // The daemon reads them composed.
        const auto queued = IntakeStore(*mailer).outgoing();
        QVERIFY(queued.ok());
        for (const OutgoingMailRow& mail : queued.value()) {
            QVERIFY2(mail.content.contains("Auto-Submitted: auto-replied\r\n"), mail.content.constData());
        }
        searchIndexIsRefreshedBesideTheFiling(owner, *mailer);
    }
}

// The refresh runs in its thread on a session of its own while the filing goes on: every
// ticket is found, with the answers filed to it while its row was being refreshed.
void TestIntakeEngines::searchIsRefreshedBesideTheFiling()
{
    auto postgres = test::PostgresServer::start();
    QVERIFY2(postgres.ok(), qPrintable(postgres.ok() ? QString() : postgres.error().message));
    QVERIFY((*postgres)->createDatabase(QStringLiteral("beside")).ok());
    const test::IntakeTestDatabase owner = test::IntakeTestDatabase::create((*postgres)->url(QStringLiteral("beside")));
    const std::unique_ptr<Database> mailer = mailerSession(**postgres, owner, QStringLiteral("beside"));

    IntakeSettings settings;
    settings.supportAddress = { QStringLiteral("support@echo-company.ru"), QStringLiteral("Техподдержка") };
    IntakeService service(*mailer, settings);
    const QDateTime arrived(QDate(2026, 11, 25), QTime(7, 15, 30), QTimeZone::utc());
    SearchRefresher refresher(*mailer);
    constexpr int requests = 60;
    qint64 uid = 0;
    for (int number = 0; number < requests; ++number) {
        auto filed = service.process(QStringLiteral("support@mail/INBOX"), 1, ++uid, arrived, bulkMail(number));
        QVERIFY2(filed && filed->outcome == QLatin1String("ticket"),
                 qPrintable(filed ? filed->outcome : filed.error().message));
        if (number % 3 == 2) { // an answer on a ticket filed a moment before, maybe in the refresh's hands
            auto answered = service.process(QStringLiteral("support@mail/INBOX"), 1, ++uid, arrived,
                                            bulkMail(requests + number, number - 1));
            QVERIFY2(answered && answered->outcome == QLatin1String("message"),
                     qPrintable(answered ? answered->outcome : answered.error().message));
        }
    }
    QTRY_VERIFY2_WITH_TIMEOUT(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search_pending")) == 0,
                              qPrintable(refresher.failure()), 20000);
    refresher.stop();
    QVERIFY2(refresher.failure().isEmpty(), qPrintable(refresher.failure()));
    QVERIFY(refresher.refreshed() >= requests);
    QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search")), requests);
    const QString found = QStringLiteral("SELECT COUNT(*) FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id "
                                         "WHERE s.document @@ plainto_tsquery('russian', ?)");
    QCOMPARE(owner.count(found, { QStringLiteral("marker%1").arg(requests + 2) }), 1);
    QCOMPARE(owner.count(found, { QStringLiteral("marker%1").arg(requests + requests - 1) }), 1);

    // Nothing was left out: the owner's own refresh of every ticket writes the same rows.
    const QStringList beside = documents(*owner.database);
    QSqlQuery touch(owner.database->connection());
    QVERIFY(touch.exec(QStringLiteral("UPDATE tickets SET subject = subject")));
    QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search_pending")), 0);
    const QStringList fresh = documents(*owner.database);
    QCOMPARE(fresh.size(), requests);
    QCOMPARE(beside, fresh);
}

// The refresh's plans are kept for its session, which begins on a small table: a batch of
// a backlog must still read its tickets by key, not scan them all (migration 21).
void TestIntakeEngines::searchBacklogIsReadByKey()
{
    auto postgres = test::PostgresServer::start();
    QVERIFY2(postgres.ok(), qPrintable(postgres.ok() ? QString() : postgres.error().message));
    QVERIFY((*postgres)->createDatabase(QStringLiteral("backlog")).ok());
    const test::IntakeTestDatabase owner
        = test::IntakeTestDatabase::create((*postgres)->url(QStringLiteral("backlog")));
    const std::unique_ptr<Database> mailer = mailerSession(**postgres, owner, QStringLiteral("backlog"));
    auto refresher = SchemaCatalog::open(mailer->location(), mailer->sessionOptions());
    QVERIFY2(refresher.ok(), qPrintable(refresher.ok() ? QString() : refresher.error().message));

    IntakeSettings settings;
    settings.supportAddress = { QStringLiteral("support@echo-company.ru"), QStringLiteral("Техподдержка") };
    IntakeService service(*mailer, settings);
    const QDateTime arrived(QDate(2026, 11, 25), QTime(7, 15, 30), QTimeZone::utc());
    qint64 uid = 0;
    const auto fileRequests = [&](int count) {
        for (int i = 0; i < count; ++i) {
            const int number = int(uid);
            auto filed = service.process(QStringLiteral("support@mail/INBOX"), 1, ++uid, arrived, bulkMail(number));
            QVERIFY2(filed && filed->outcome == QLatin1String("ticket"),
                     qPrintable(filed ? filed->outcome : filed.error().message));
        }
    };
    fileRequests(8); // the session's plans are made on a table of a few pages
    QCOMPARE(SearchRefresher::refreshBatch(*refresher.value(), 32).value(), 8);
    fileRequests(60);
    Transaction batch(*refresher.value());
    QVERIFY(batch.started().ok());
    QCOMPARE(SearchRefresher::refreshBatch(*refresher.value(), 32).value(), 32);
    // Sequential scans of the tickets in this transaction (the server's own count).
    auto scans = refresher.value()->runScalar(
        QStringLiteral("SELECT pg_stat_get_xact_numscans(CAST('public.tickets' AS regclass))"));
    QVERIFY2(scans.ok(), qPrintable(scans.ok() ? QString() : scans.error().message));
    QCOMPARE(scans->toInt(), 0);
    QVERIFY(batch.commit().ok());
    QVERIFY(SearchRefresher::drain(*refresher.value()).ok());
    QCOMPARE(owner.count(QStringLiteral("SELECT COUNT(*) FROM ticket_search")), 68);
}

// SQLite: the intake's session (asynchronous commits, as app/dutydesk-intake opens it)
// checkpoints every 10,000 pages; before mail goes out one commit syncs the log.
void TestIntakeEngines::sqliteIntakeSessionCheckpointsSeldom()
{
    const test::IntakeTestDatabase sqlite = test::IntakeTestDatabase::create();
    Database::Options options;
    options.migrate = false;
    options.installServerClock = false;
    options.asynchronousCommit = true;
    auto intake = SchemaCatalog::open(DatabaseLocation::parse(sqlite.path()).value(), options);
    QVERIFY2(intake.ok(), qPrintable(intake.ok() ? QString() : intake.error().message));
    const auto pragma = [](const Database& database, const QString& name) {
        auto value = database.runScalar(QStringLiteral("PRAGMA %1").arg(name));
        return value ? value->toInt() : -1;
    };
    QCOMPARE(pragma(*intake.value(), QStringLiteral("wal_autocheckpoint")), 10000);
    QCOMPARE(pragma(*sqlite.database, QStringLiteral("wal_autocheckpoint")), 1000);
    QCOMPARE(fileAll(*intake.value()).size(), 6);
    QVERIFY(IntakeStore(*intake.value()).makeDurable(1).ok());
    QCOMPARE(pragma(*intake.value(), QStringLiteral("synchronous")), 1); // NORMAL again
    QVERIFY(intake.value()->reconnect().ok());
    QCOMPARE(pragma(*intake.value(), QStringLiteral("wal_autocheckpoint")), 10000);
}

QTEST_GUILESS_MAIN(TestIntakeEngines)
#include "TestIntakeEngines.moc"
