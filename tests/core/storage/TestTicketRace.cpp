#include "tests/support/PostgresServer.h"

#include "core/schema/SchemaCatalog.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"

#include <QTest>

#include <latch>
#include <thread>

using namespace dd;

// Two desktops (two connections, two threads) save the same ticket at the same moment,
// both from the version they read. Exactly one wins; the other is told who changed
// what, and nothing of its change is written (docs/rules.md#shared-database).
class TestTicketRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void racingUpdatesNeverOverwrite();

private:
    std::unique_ptr<test::PostgresServer> m_server;
    DatabaseLocation m_location;
};

namespace {

struct Attempt
{
    bool saved = false;
    QString message;
    TicketConflict conflict;
};

std::unique_ptr<Database> openQuietly(const DatabaseLocation& location)
{
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(location, options);
    return opened ? std::move(opened).value() : nullptr;
}

// Two engineers, a client, a project and one registered ticket to fight over.
void seedRegisteredTicket(Database& database, qint64& ticketId)
{
    const UserRepository users(database);
    for (const auto& [login, name] :
         { std::pair { "a.petrova", "Анна Петрова" }, std::pair { "d.sokolov", "Дмитрий Соколов" } }) {
        QVERIFY(
            users.add(User { 0, QLatin1String(login), QString::fromUtf8(name), {}, true, { Role::Engineer }, 1, {} })
                .ok());
    }
    auto client = ClientRepository(database).add(
        Client { 0, QStringLiteral("ООО «Гонка»"), QStringLiteral("info@race.ru"), {}, 1 });
    QVERIFY(client.ok());
    Project project;
    project.clientId = client->id;
    project.code = QStringLiteral("race");
    project.name = QStringLiteral("Гонка");
    project.tariff = QStringLiteral("standard");
    auto added = ProjectRepository(database).add(project);
    QVERIFY(added.ok());
    const TicketRepository tickets(database);
    Ticket draft;
    draft.projectId = added->id;
    draft.subject = QStringLiteral("Одновременная правка");
    draft.arrived = *database.serverNow();
    auto ticket = tickets.add(draft, Actor {});
    QVERIFY(ticket.ok());
    TicketChange registration { ticket->id, 1, TicketStatus::Registered, {}, {}, {}, {}, {}, {}, {}, {} };
    QVERIFY(tickets.update(registration, Actor {}).ok());
    ticketId = ticket->id;
}

// Both changes saved at the same moment, each from its own thread and connection.
std::array<Attempt, 2> saveAtOnce(const DatabaseLocation& location, const std::array<TicketChange, 2>& changes,
                                  const QStringList& logins)
{
    std::array<Attempt, 2> attempts;
    std::latch ready(2);
    std::latch go(1);
    std::vector<std::thread> threads;
    threads.reserve(2);
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back([&, i] {
            // A Qt SQL connection belongs to the thread that opens it.
            auto own = openQuietly(location);
            const Actor actor = own ? *UserRepository(*own).actorFor(logins[i], true) : Actor {};
            ready.count_down();
            go.wait();
            if (!own) {
                attempts[i].message = QStringLiteral("cannot connect");
                return;
            }
            auto result = TicketRepository(*own).update(changes[i], actor, &attempts[i].conflict);
            attempts[i].saved = result.ok();
            attempts[i].message = result.ok() ? QString() : result.error().message;
        });
    }
    ready.wait();
    go.count_down();
    for (auto& thread : threads) {
        thread.join();
    }
    return attempts;
}

void loserIsToldWhoWon(const Attempt& loser, int winner, qint64 ticketId, qint64 readVersion)
{
    QCOMPARE(loser.conflict.ticketId, ticketId);
    QCOMPARE(loser.conflict.expectedVersion, readVersion);
    QCOMPARE(loser.conflict.currentVersion, readVersion + 1);
    const QString winnerName = winner == 0 ? QStringLiteral("Анна Петрова") : QStringLiteral("Дмитрий Соколов");
    QVERIFY2(loser.message.contains(QStringLiteral("was changed by %1").arg(winnerName)), qPrintable(loser.message));
    QVERIFY2(loser.message.contains(QStringLiteral("your change was not saved")), qPrintable(loser.message));
}

// Only the winner's change is in the row and in the history; then back to registered.
void onlyTheWinnersChangeIsWritten(const TicketRepository& tickets, qint64 ticketId, qint64 readVersion, int winner,
                                   const QStringList& logins)
{
    auto after = tickets.get(ticketId);
    QCOMPARE(after->version, readVersion + 1);
    QCOMPARE(after->status, winner == 0 ? TicketStatus::Waiting : TicketStatus::Resolved);
    const auto events = tickets.events(ticketId, readVersion); // a range-for over *temporary would dangle
    QVERIFY(events.ok());
    for (const TicketEventRecord& event : *events) {
        QCOMPARE(event.actor, logins[winner]);
        QCOMPARE(event.ticketVersion, readVersion + 1);
    }
    // Back to registered for the next round.
    TicketChange reset { ticketId,
                         after->version,
                         winner == 0 ? TicketStatus::Registered : TicketStatus::Reopened,
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {} };
    QVERIFY(tickets.update(reset, Actor {}).ok());
    if (winner == 1) {
        TicketChange again { ticketId, after->version + 1, TicketStatus::Registered, {}, {}, {}, {}, {}, {}, {}, {} };
        QVERIFY(tickets.update(again, Actor {}).ok());
    }
}

} // namespace

void TestTicketRace::initTestCase()
{
    auto started = test::PostgresServer::start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_server = std::move(started).value();
    QVERIFY(m_server->createDatabase(QStringLiteral("race")).ok());
    m_location = *DatabaseLocation::parse(m_server->url(QStringLiteral("race")));
}

void TestTicketRace::racingUpdatesNeverOverwrite()
{
    auto database = openQuietly(m_location);
    QVERIFY(database);
    qint64 ticketId = 0;
    seedRegisteredTicket(*database, ticketId);
    if (QTest::currentTestFailed()) {
        return;
    }
    const TicketRepository tickets(*database);

    const QStringList logins { QStringLiteral("a.petrova"), QStringLiteral("d.sokolov") };
    const int rounds = 15;
    for (int round = 0; round < rounds; ++round) {
        const qint64 readVersion = tickets.get(ticketId)->version;
        // Anna postpones, Dmitry resolves — incompatible changes from the same version.
        std::array<TicketChange, 2> changes;
        changes[0] = TicketChange {
            ticketId, readVersion, TicketStatus::Waiting, WaitingReason::NotEnoughInformation, {}, {}, {}, {}, {},
            {},       {}
        };
        changes[1] = TicketChange { ticketId, readVersion, TicketStatus::Resolved, {}, {}, {}, {}, {}, {}, {}, {} };
        const std::array<Attempt, 2> attempts = saveAtOnce(m_location, changes, logins);
        QVERIFY2(
            attempts[0].saved != attempts[1].saved,
            qPrintable(QStringLiteral("round %1: %2 / %3").arg(round).arg(attempts[0].message, attempts[1].message)));
        const int winner = attempts[0].saved ? 0 : 1;
        loserIsToldWhoWon(attempts[1 - winner], winner, ticketId, readVersion);
        if (QTest::currentTestFailed()) {
            return;
        }
        onlyTheWinnersChangeIsWritten(tickets, ticketId, readVersion, winner, logins);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestTicketRace)
#include "TestTicketRace.moc"
