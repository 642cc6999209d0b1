#include "core/billing/WorkLogRepository.h"
#include "core/schema/SchemaCatalog.h"
#include "core/sla/TicketClocks.h"
#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSearch.h"
#include "core/storage/TicketSla.h"
#include "core/util/DatabaseLocation.h"
#include "core/util/MoscowTime.h"

#ifdef DUTYDESK_TEST_POSTGRES
#include "tests/support/PostgresServer.h"
#endif

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dd;

namespace {

// Monday 2 March 2026, a working day of the shipped calendar (Moscow time).
const QDateTime arrival = QDateTime(QDate(2026, 3, 2), QTime(10, 0), moscowZone()).toUTC();

qint64 epoch(const QDateTime& instant)
{
    return instant.toSecsSinceEpoch();
}

// One ticket of the first release as version 1 wrote it.
struct FirstReleaseTicket
{
    qint64 number;
    QString subject;
    QString status;
    QVariant waitingReason;
    QStringList events; // type at minutes after arrival
};

// The engineer, the client, its project, and the ticket counter past the two tickets.
Status seedPeopleAndProject(const Database& database, qint64 at)
{
    const QList<std::pair<QString, QVariantList>> statements {
        { QStringLiteral("INSERT INTO users (login, full_name, email, created_at) VALUES ('ivanova', "
                         "'Ирина Иванова', 'ivanova@agency.test', ?)"),
          { at } },
        { QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (1, 'engineer')"), {} },
        { QStringLiteral("INSERT INTO clients (name, official_email, created_at) VALUES ('Ромашка', "
                         "'office@romashka.test', ?)"),
          { at } },
        { QStringLiteral("INSERT INTO projects (client_id, code, name, tariff, created_at) VALUES (1, "
                         "'romashka', 'Интернет-магазин «Ромашка»', 'standard', ?)"),
          { at } },
        { QStringLiteral("UPDATE counters SET value = 2 WHERE name = 'ticket-number'"), {} },
    };
    for (const auto& [sql, values] : statements) {
        if (auto done = database.run(sql, values); !done) {
            return done.error();
        }
    }
    return Done {};
}

// A ticket and its history in one transaction: later versions require a ticket's
// history to be written with it.
Status seedTicket(const Database& database, const FirstReleaseTicket& row, qint64 at)
{
    Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started();
    }
    if (auto inserted = database.run(
            QStringLiteral("INSERT INTO tickets (number, project_id, subject, description, channel, arrived_at, "
                           "level, status, waiting_reason, assignee_id, created_at, updated_at, version) "
                           "VALUES (?, 1, ?, 'Клиент пишет: не оформляется заказ.', 'email', ?, 'standard', ?, "
                           "?, 1, ?, ?, ?)"),
            { row.number, row.subject, at, row.status, row.waitingReason, at, at, qint64(row.events.size()) });
        !inserted) {
        return inserted.error();
    }
    qint64 version = 0;
    for (const QString& event : row.events) {
        const QStringList parts = event.split(QLatin1Char('@'));
        const qint64 when = at + parts.at(1).toLongLong() * 60;
        const QString data = parts.at(0) == QLatin1String("arrived") ? QStringLiteral(R"({"level":"standard"})")
                                                                     : QStringLiteral("{}");
        if (auto done = database.run(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, recorded_at, actor_id, "
                                                    "actor, type, data, ticket_version) "
                                                    "VALUES (?, ?, ?, 1, 'ivanova', ?, ?, ?)"),
                                     { row.number, when, when, parts.at(0), data, ++version });
            !done) {
            return done.error();
        }
    }
    if (auto message = database.run(
            QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, message_id, sender, subject, body, "
                           "received_at) VALUES (?, 'in', 'email', ?, 'buyer@romashka.test', ?, "
                           "'Корзина пустая после обновления страницы', ?)"),
            { row.number, QStringLiteral("<%1@romashka.test>").arg(row.number), row.subject, at });
        !message) {
        return message.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    return Done {};
}

// Rows of every kind the first release could hold, written in the columns of version 1 so
// that they are valid at whatever version the database stands. The database is fresh, so
// the generated ids are 1, 2, … in the order written.
Status seedFirstReleaseRows(const Database& database)
{
    const qint64 at = epoch(arrival);
    if (auto seeded = seedPeopleAndProject(database, at); !seeded) {
        return seeded;
    }
    const QList<FirstReleaseTicket> tickets {
        { 1,
          QStringLiteral("Не работает корзина в мобильной версии"),
          QStringLiteral("registered"),
          QVariant(),
          { QStringLiteral("arrived@0"), QStringLiteral("registered@20"), QStringLiteral("reply@60") } },
        { 2,
          QStringLiteral("Поправить текст на странице доставки"),
          QStringLiteral("waiting"),
          QStringLiteral("not-enough-information"),
          { QStringLiteral("arrived@0"), QStringLiteral("registered@30"), QStringLiteral("waiting-started@40") } },
    };
    for (const FirstReleaseTicket& row : tickets) {
        if (auto seeded = seedTicket(database, row, at); !seeded) {
            return seeded;
        }
    }
    if (auto logged = database.run(QStringLiteral("INSERT INTO work_log (ticket_id, user_id, started_at, finished_at, "
                                                  "note, created_at) VALUES (1, 1, ?, ?, 'Разбор корзины', ?)"),
                                   { at + 3600, at + 3600 + 5400, at + 9000 });
        !logged) {
        return logged.error();
    }
    return Done {};
}

} // namespace

// A database of every released schema version, with data in it, upgrades to the current
// one and keeps working: the tickets, their clocks, search, the work log, new tickets.
class TestSchemaUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradesFromEveryVersion_data();
    void upgradesFromEveryVersion();
#ifdef DUTYDESK_TEST_POSTGRES
    void staffLoginsLeaveTheUpgradeToTheOwner();
#endif

private:
    std::unique_ptr<Database> openEmpty(int index);
    // upgradesFromEveryVersion's checks on the upgraded database.
    static void oldRowsAreReadToday(const TicketRepository& tickets, Ticket* firstTicket,
                                    QList<TicketEventRecord>* firstHistory);
    static void oldClocksAreComputed(const Database& database, const TicketRepository& tickets,
                                     const QList<TicketEventRecord>& firstHistory);
    static void searchAndWorkLogCoverOldRows(const Database& database);
    static void newTicketsFollowTheOldOnes(const TicketRepository& tickets, const Ticket& first);

    QTemporaryDir m_dir;
#ifdef DUTYDESK_TEST_POSTGRES
    std::unique_ptr<test::PostgresServer> m_server;
#endif
};

void TestSchemaUpgrade::initTestCase()
{
    SchemaCatalog::registerAll();
    QVERIFY(Schema::latestVersion() >= 10);
#ifdef DUTYDESK_TEST_POSTGRES
    auto server = test::PostgresServer::start();
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();
#endif
}

std::unique_ptr<Database> TestSchemaUpgrade::openEmpty(int index)
{
    Database::Options options;
    options.migrate = false;
    options.installServerClock = false;
#ifdef DUTYDESK_TEST_POSTGRES
    const QString name = QStringLiteral("upgrade%1").arg(index);
    if (!m_server->createDatabase(name).ok()) {
        return nullptr;
    }
    auto location = DatabaseLocation::parse(m_server->url(name));
#else
    auto location = DatabaseLocation::parse(m_dir.filePath(QStringLiteral("upgrade%1.sqlite").arg(index)));
#endif
    if (!location) {
        return nullptr;
    }
    auto opened = SchemaCatalog::open(*location, options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestSchemaUpgrade::upgradesFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 1; version < Schema::latestVersion(); ++version) {
        QTest::addRow("from version %d", version) << version;
    }
}

void TestSchemaUpgrade::upgradesFromEveryVersion()
{
    QFETCH(int, from);
    auto database = openEmpty(from);
    QVERIFY(database);
    const Status partial = Schema::migrate(*database, from);
    QVERIFY2(partial.ok(), qPrintable(partial.ok() ? QString() : partial.error().message));
    QCOMPARE(*Schema::currentVersion(*database), from);
    const Status seeded = seedFirstReleaseRows(*database);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));

    const Status upgraded = Schema::migrate(*database);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
    QCOMPARE(*Schema::currentVersion(*database), Schema::latestVersion());

    const TicketRepository tickets(*database);
    Ticket first;
    QList<TicketEventRecord> firstHistory;
    oldRowsAreReadToday(tickets, &first, &firstHistory);
    if (QTest::currentTestFailed()) {
        return;
    }
    oldClocksAreComputed(*database, tickets, firstHistory);
    if (QTest::currentTestFailed()) {
        return;
    }
    searchAndWorkLogCoverOldRows(*database);
    if (QTest::currentTestFailed()) {
        return;
    }
    newTicketsFollowTheOldOnes(tickets, first);
}

// The rows are all there and read through today's repositories.
void TestSchemaUpgrade::oldRowsAreReadToday(const TicketRepository& tickets, Ticket* firstTicket,
                                            QList<TicketEventRecord>* firstHistory)
{
    auto first = tickets.get(1);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->subject, QStringLiteral("Не работает корзина в мобильной версии"));
    QCOMPARE(first->projectCode, QStringLiteral("romashka"));
    auto waiting = tickets.get(2);
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->status, TicketStatus::Waiting);
    auto history = tickets.events(1);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    *firstTicket = *first;
    *firstHistory = *history;
}

void TestSchemaUpgrade::oldClocksAreComputed(const Database& database, const TicketRepository& tickets,
                                             const QList<TicketEventRecord>& firstHistory)
{
    // Their clocks: the reply 60 minutes after arrival met the reaction; the waiting ticket's
    // resolution clock is paused.
    auto sla = TicketSla::load(database);
    QVERIFY2(sla.ok(), qPrintable(sla.ok() ? QString() : sla.error().message));
    const std::vector<TicketEvent> events = TicketSla::clockEvents(firstHistory);
    const auto clocks
        = computeTicketClocks((*sla)->engine(), events, QStringLiteral("standard"), epoch(arrival) + 7 * 24 * 3600);
    QVERIFY(!clocks.empty());
    QCOMPARE(clocks.front().kind, ClockKind::Reaction);
    QCOMPARE(clocks.front().state, ClockState::Met);
    auto waitingHistory = tickets.events(2);
    QVERIFY(waitingHistory.ok());
    const auto waitingClocks = computeTicketClocks((*sla)->engine(), TicketSla::clockEvents(*waitingHistory),
                                                   QStringLiteral("standard"), epoch(arrival) + 24 * 3600);
    const auto resolution = std::find_if(waitingClocks.begin(), waitingClocks.end(),
                                         [](const TicketClock& clock) { return clock.kind == ClockKind::Resolution; });
    QVERIFY(resolution != waitingClocks.end());
    QVERIFY(resolution->paused);
}

void TestSchemaUpgrade::searchAndWorkLogCoverOldRows(const Database& database)
{
    // Search covers rows written before the index existed.
    auto found = TicketSearch(database).find(QStringLiteral("корзина"));
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    QVERIFY2(found->contains(1), "a ticket written before the search index is found");

    auto logged = WorkLogRepository(database).forTicket(1);
    QVERIFY(logged.ok());
    QCOMPARE(logged->size(), 1);
    QCOMPARE(logged->first().note, QStringLiteral("Разбор корзины"));
}

void TestSchemaUpgrade::newTicketsFollowTheOldOnes(const TicketRepository& tickets, const Ticket& first)
{
    // And the database takes new tickets after the old ones.
    Ticket draft = first;
    draft.id = 0;
    draft.number = 0;
    draft.subject = QStringLiteral("После обновления: новая заявка");
    draft.status = TicketStatus::New;
    draft.waitingReason.reset();
    draft.arrived = arrival.addDays(2);
    auto added = tickets.add(draft, Actor { 1, QStringLiteral("ivanova"), {} });
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    QCOMPARE(added->number, qint64(3));
}

#ifdef DUTYDESK_TEST_POSTGRES
// Migrations run as the owner: a staff login that meets an older schema says who must
// update it, and changes nothing (no "permission denied for schema public").
void TestSchemaUpgrade::staffLoginsLeaveTheUpgradeToTheOwner()
{
    auto database = openEmpty(1000);
    QVERIFY(database);
    const int older = Schema::latestVersion() - 1;
    QVERIFY(Schema::migrate(*database, older).ok());
    QSqlQuery role(database->connection());
    QVERIFY(role.exec(QStringLiteral("CREATE ROLE clerk LOGIN")));
    QVERIFY(role.exec(QStringLiteral("GRANT dutydesk_engineer TO clerk")));
    Database::Options options;
    options.installServerClock = false;
    const auto opened = SchemaCatalog::open(
        *DatabaseLocation::parse(m_server->url(QStringLiteral("upgrade1000"), QStringLiteral("clerk"))), options);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("dutydeskctl migrate")),
             qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QString::number(older)), qPrintable(opened.error().message));
    QCOMPARE(*Schema::currentVersion(*database), older);
}
#endif

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "TestSchemaUpgrade.moc"
