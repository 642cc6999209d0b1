// The storage suite, compiled twice: TestStorageSqlite (temporary files) and
// TestStoragePostgres (a throwaway server, DUTYDESK_TEST_POSTGRES), so both engines
// are held to the same behaviour.
#include "tests/support/EngineDatabases.h"
#include "tests/support/PostgresServer.h"

#include "core/demo/DemoData.h"
#include "core/domain/TicketFlow.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/Schema.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"
#include "core/storage/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationsAreIdempotent();
    void serverClockIsInstalled();
    void usersClientsProjects();
    void ticketAddRecordsArrival();
    void updateRecordsHistoryInOneVersion();
    void refusedTransitionWritesNothing();
    void staleUpdateIsRefusedWithWhoChangedWhat();
    void deadlineFromTheHistory();
    void demoDataHasRealHistories();

private:
    // A fresh, migrated database for one test.
    std::unique_ptr<Database> freshDatabase(const QString& name);
    // The same database again, as a second desktop would open it.
    std::unique_ptr<Database> reopen(const Database& database);
    // Users, a client and a project; returns the project id.
    qint64 seedProject(const Database& database);

    test::EngineDatabases m_databases;
};

void TestStorage::initTestCase()
{
    const Status started = m_databases.startBuiltEngine();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

std::unique_ptr<Database> TestStorage::freshDatabase(const QString& name)
{
    return m_databases.fresh(name);
}

std::unique_ptr<Database> TestStorage::reopen(const Database& database)
{
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(database.location(), options);
    return opened ? std::move(opened).value() : nullptr;
}

qint64 TestStorage::seedProject(const Database& database)
{
    const UserRepository users(database);
    User anna;
    anna.login = QStringLiteral("a.petrova");
    anna.fullName = QStringLiteral("Анна Петрова");
    anna.roles = { Role::Engineer };
    User dmitry = anna;
    dmitry.login = QStringLiteral("d.sokolov");
    dmitry.fullName = QStringLiteral("Дмитрий Соколов");
    User marina = anna;
    marina.login = QStringLiteral("m.volkova");
    marina.fullName = QStringLiteral("Марина Волкова");
    marina.roles = { Role::AccountManager };
    for (const User& user : { anna, dmitry, marina }) {
        if (!users.add(user)) {
            return 0;
        }
    }
    Client client;
    client.name = QStringLiteral("ООО «Рыболов»");
    client.officialEmail = QStringLiteral("info@rybolov-shop.ru");
    auto addedClient = ClientRepository(database).add(client);
    if (!addedClient) {
        return 0;
    }
    Project project;
    project.clientId = addedClient->id;
    project.code = QStringLiteral("rybolov");
    project.name = QStringLiteral("Интернет-магазин «Рыболов»");
    project.tariff = QStringLiteral("standard");
    project.accountManagerId = (*users.findByLogin(QStringLiteral("m.volkova")))->id;
    auto added = ProjectRepository(database).add(project);
    return added ? added->id : 0;
}

void TestStorage::migrationsAreIdempotent()
{
    auto database = freshDatabase(QStringLiteral("Migrations"));
    QVERIFY(database);
    QCOMPARE(*database->schemaVersion(), Schema::latestVersion());
    QVERIFY(Schema::latestVersion() >= 1);
    // Applying again, and connecting again, changes nothing.
    QVERIFY(database->migrate().ok());
    auto second = reopen(*database);
    QVERIFY(second);
    QCOMPARE(*second->schemaVersion(), Schema::latestVersion());
    auto rows = database->run(QStringLiteral("SELECT COUNT(*), MIN(version), MAX(version) FROM schema_migrations"));
    QVERIFY(rows.ok());
    QVERIFY(rows.value().next());
    QCOMPARE(rows.value().value(0).toInt(), int(Schema::migrations().size()));
    QCOMPARE(rows.value().value(1).toInt(), 1);
    // The seeded SLA policy is there exactly once.
    auto policies = database->run(QStringLiteral("SELECT COUNT(*) FROM sla_policies WHERE tariff = ?"),
                                  { QStringLiteral("standard") });
    QVERIFY(policies.ok() && policies.value().next());
    QCOMPARE(policies.value().value(0).toInt(), 3);
}

void TestStorage::serverClockIsInstalled()
{
    auto database = freshDatabase(QStringLiteral("Clock"));
    QVERIFY(database);
    QVERIFY(database->installServerClock().ok());
    auto server = database->serverNow();
    QVERIFY(server.ok());
    const qint64 skew = qAbs(Clock::current().nowUtc().msecsTo(*server));
    Clock::install(nullptr);
    QVERIFY2(skew < 2000, qPrintable(QString::number(skew)));
}

void TestStorage::usersClientsProjects()
{
    auto database = freshDatabase(QStringLiteral("People"));
    QVERIFY(database);
    const qint64 projectId = seedProject(*database);
    QVERIFY(projectId > 0);
    const UserRepository users(*database);
    User twice;
    twice.login = QStringLiteral("a.petrova");
    twice.roles = { Role::Tester };
    QVERIFY(!users.add(twice).ok());
    User multi;
    multi.login = QStringLiteral("s.kuznetsov");
    multi.roles = { Role::HeadOfSupport, Role::Engineer };
    QVERIFY(users.add(multi).ok());
    auto found = users.findByLogin(QStringLiteral("s.kuznetsov"));
    QVERIFY(found.ok() && found->has_value());
    QVERIFY((*found)->hasRole(Role::HeadOfSupport) && (*found)->hasRole(Role::Engineer));
    QVERIFY(!(*found)->hasRole(Role::Admin));
    QVERIFY(!users.add(User { 0, QStringLiteral("Bad Login"), {}, {}, true, { Role::Engineer }, 1, {} }).ok());

    const ClientRepository clients(*database);
    Client shop;
    shop.name = QStringLiteral("ООО «Мир посуды»");
    shop.officialEmail = QStringLiteral("Shop@Mir-Posudy.ru");
    shop.trusted << TrustedAddress { QStringLiteral("buh@mir-posudy.ru"), QStringLiteral("Галина Орлова") };
    QVERIFY(clients.add(shop).ok());
    auto bySender = clients.findBySender(QStringLiteral("BUH@mir-posudy.ru"));
    QVERIFY(bySender.ok() && bySender->has_value());
    QCOMPARE((*bySender)->name, shop.name);
    QVERIFY(clients.findBySender(QStringLiteral("shop@mir-posudy.ru"))->has_value());
    QVERIFY(!clients.findBySender(QStringLiteral("stranger@example.org"))->has_value());

    const ProjectRepository projects(*database);
    auto project = projects.find(QStringLiteral("rybolov"));
    QVERIFY(project.ok() && project->has_value());
    QCOMPARE((*project)->id, projectId);
    QCOMPARE((*project)->clientName, QStringLiteral("ООО «Рыболов»"));
    QCOMPARE((*project)->testingIntervalMonths, 2);
    Project unknownTariff = **project;
    unknownTariff.code = QStringLiteral("other");
    unknownTariff.tariff = QStringLiteral("gold");
    auto refused = projects.add(unknownTariff);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("gold")));
}

void TestStorage::ticketAddRecordsArrival()
{
    auto database = freshDatabase(QStringLiteral("TicketAdd"));
    QVERIFY(database);
    const qint64 projectId = seedProject(*database);
    QVERIFY(projectId > 0);
    const TicketRepository tickets(*database);
    Ticket draft;
    draft.projectId = projectId;
    draft.subject = QStringLiteral("Не проходит оплата картой");
    draft.channel = Channel::Phone;
    draft.level = QStringLiteral("emergency");
    draft.category = QStringLiteral("payment-broken");
    draft.arrived = *parseInstant(QStringLiteral("2026-03-03T10:05:00"));
    const Actor marina { 0, QStringLiteral("m.volkova"), {} };
    auto first = tickets.add(draft, marina);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->number, 1);
    QCOMPARE(first->version, 1);
    QCOMPARE(first->status, TicketStatus::New);
    QCOMPARE(first->arrived, draft.arrived);
    QCOMPARE(first->projectCode, QStringLiteral("rybolov"));
    auto second = tickets.add(draft, marina);
    QVERIFY(second.ok());
    QCOMPARE(second->number, 2);
    auto history = tickets.events(first->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    const TicketEventRecord& arrival = history->first();
    QCOMPARE(arrival.type, QStringLiteral("arrived"));
    QCOMPARE(arrival.at, draft.arrived);
    QCOMPARE(arrival.ticketVersion, 1);
    QCOMPARE(arrival.actor, QStringLiteral("m.volkova"));
    QCOMPARE(arrival.data.value("level").toString(), QStringLiteral("emergency"));
    // Recorded by the server's clock, not the arrival time.
    QVERIFY(qAbs(arrival.recordedAt.secsTo(*database->serverNow())) < 60);
    QVERIFY(!tickets.get(9999).ok());
}

void TestStorage::updateRecordsHistoryInOneVersion()
{
    auto database = freshDatabase(QStringLiteral("TicketUpdate"));
    QVERIFY(database);
    const qint64 projectId = seedProject(*database);
    const TicketRepository tickets(*database);
    const UserRepository users(*database);
    const Actor anna = *users.actorFor(QStringLiteral("a.petrova"), true);
    Ticket draft;
    draft.projectId = projectId;
    draft.subject = QStringLiteral("Поправить вёрстку");
    draft.arrived = *database->serverNow();
    auto ticket = tickets.add(draft, anna);
    QVERIFY(ticket.ok());

    TicketChange change;
    change.ticketId = ticket->id;
    change.expectedVersion = 1;
    change.status = TicketStatus::Registered;
    change.assigneeId = anna.userId;
    change.level = QStringLiteral("urgent");
    auto updated = tickets.update(change, anna);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QCOMPARE(updated->version, 2);
    QCOMPARE(updated->status, TicketStatus::Registered);
    QCOMPARE(updated->assigneeLogin, QStringLiteral("a.petrova"));
    QCOMPARE(updated->level, QStringLiteral("urgent"));
    auto newer = tickets.events(ticket->id, 1);
    QVERIFY(newer.ok());
    QStringList types;
    for (const TicketEventRecord& event : *newer) {
        types << event.type;
        QCOMPARE(event.ticketVersion, 2);
        QCOMPARE(event.actorName, QStringLiteral("Анна Петрова"));
    }
    QCOMPARE(types, QStringList({ "registered", "level-changed", "assigned" }));

    TicketChange wait;
    wait.ticketId = ticket->id;
    wait.expectedVersion = 2;
    wait.status = TicketStatus::Waiting;
    wait.waitingReason = WaitingReason::NotEnoughInformation;
    auto waiting = tickets.update(wait, anna);
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->waitingReason, std::optional(WaitingReason::NotEnoughInformation));
    QCOMPARE(waiting->version, 3);
}

void TestStorage::refusedTransitionWritesNothing()
{
    auto database = freshDatabase(QStringLiteral("Refused"));
    QVERIFY(database);
    const qint64 projectId = seedProject(*database);
    const TicketRepository tickets(*database);
    Ticket draft;
    draft.projectId = projectId;
    draft.subject = QStringLiteral("Вопрос");
    draft.arrived = *database->serverNow();
    auto ticket = tickets.add(draft, Actor {});
    QVERIFY(ticket.ok());
    TicketChange change;
    change.ticketId = ticket->id;
    change.expectedVersion = 1;
    change.status = TicketStatus::Resolved; // new cannot be resolved without registration
    change.level = QStringLiteral("emergency");
    auto refused = tickets.update(change, Actor {});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("new")));
    auto after = tickets.get(ticket->id);
    QCOMPARE(after->version, 1);
    QCOMPARE(after->level, QStringLiteral("standard"));
    QCOMPARE(tickets.events(ticket->id)->size(), 1);
}

void TestStorage::staleUpdateIsRefusedWithWhoChangedWhat()
{
    auto first = freshDatabase(QStringLiteral("Stale"));
    QVERIFY(first);
    const qint64 projectId = seedProject(*first);
    auto second = reopen(*first); // another desktop
    QVERIFY(second);
    const Actor anna = *UserRepository(*first).actorFor(QStringLiteral("a.petrova"), true);
    const Actor dmitry = *UserRepository(*second).actorFor(QStringLiteral("d.sokolov"), true);
    Ticket draft;
    draft.projectId = projectId;
    draft.subject = QStringLiteral("Не работает фильтр");
    draft.arrived = *first->serverNow();
    auto ticket = TicketRepository(*first).add(draft, anna);
    QVERIFY(ticket.ok());

    // Both read version 1; Anna saves first.
    TicketChange annas;
    annas.ticketId = ticket->id;
    annas.expectedVersion = 1;
    annas.status = TicketStatus::Registered;
    QVERIFY(TicketRepository(*first).update(annas, anna).ok());
    TicketChange dmitrys;
    dmitrys.ticketId = ticket->id;
    dmitrys.expectedVersion = 1;
    dmitrys.status = TicketStatus::OutOfScope;
    dmitrys.comment = QStringLiteral("не наш вопрос");
    TicketConflict conflict;
    auto stale = TicketRepository(*second).update(dmitrys, dmitry, &conflict);
    QVERIFY(!stale.ok());
    const QString message = stale.error().message;
    QVERIFY2(message.contains(QStringLiteral("ticket #1 was changed by Анна Петрова at")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("status new → in work")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("your change was not saved")), qPrintable(message));
    QCOMPARE(conflict.ticketId, ticket->id);
    QCOMPARE(conflict.expectedVersion, 1);
    QCOMPARE(conflict.currentVersion, 2);
    QCOMPARE(conflict.newerEvents.size(), 1);
    // Nothing of Dmitry's change was written.
    auto after = TicketRepository(*first).get(ticket->id);
    QCOMPARE(after->status, TicketStatus::Registered);
    QCOMPARE(after->version, 2);
    // Held in a variable: a range-for over *temporary would dangle.
    const auto events = TicketRepository(*first).events(ticket->id);
    QVERIFY(events.ok());
    for (const TicketEventRecord& event : *events) {
        QVERIFY(event.actor != QStringLiteral("d.sokolov"));
    }
    // Re-read and retry: now it goes through.
    dmitrys.expectedVersion = after->version;
    auto retried = TicketRepository(*second).update(dmitrys, dmitry);
    QVERIFY(retried.ok());
    QCOMPARE(retried->status, TicketStatus::OutOfScope);
}

void TestStorage::deadlineFromTheHistory()
{
    auto database = freshDatabase(QStringLiteral("Deadline"));
    QVERIFY(database);
    const qint64 projectId = seedProject(*database);
    const TicketRepository tickets(*database);
    Ticket draft;
    draft.projectId = projectId;
    draft.subject = QStringLiteral("Заменить баннер");
    // Monday 2026-03-02 10:00 Moscow, standard: 6 h on Monday + 2 h on Tuesday.
    draft.arrived = *parseInstant(QStringLiteral("2026-03-02T10:00:00"));
    auto ticket = tickets.add(draft, Actor {});
    QVERIFY(ticket.ok());
    auto sla = TicketSla::load(*database);
    QVERIFY2(sla.ok(), qPrintable(sla.ok() ? QString() : sla.error().message));
    const QDateTime monday = *parseInstant(QStringLiteral("2026-03-02T11:00:00"));
    TicketSlaSummary summary = (*sla)->summarize(*ticket, *tickets.events(ticket->id), monday);
    QVERIFY(summary.deadline.has_value());
    QCOMPARE(formatMoscowIso(*summary.deadline), QStringLiteral("2026-03-03T10:00:00+03:00"));
    QCOMPARE(summary.state, QStringLiteral("ok"));
    QCOMPARE(summary.clock, QStringLiteral("reaction"));
    const QDateTime late = *parseInstant(QStringLiteral("2026-03-03T12:00:00"));
    QCOMPARE((*sla)->summarize(*ticket, *tickets.events(ticket->id), late).state, QStringLiteral("breached"));
}

void TestStorage::demoDataHasRealHistories()
{
    auto database = freshDatabase(QStringLiteral("Demo"));
    QVERIFY(database);
    // A fixed instant instead of the server's clock: which clocks a waiting ticket has
    // paused depends on the time of day the histories lead up to.
    const QDateTime now(QDate(2026, 3, 4), QTime(16, 0), Qt::UTC); // a Wednesday, 19:00 in Moscow
    DemoOptions options;
    options.tickets = 400;
    options.now = now;
    auto report = DemoData::generate(*database, options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->tickets, 400);
    QVERIFY(report->users >= 6 && report->projects >= 10);
    QVERIFY(report->events > 400 * 2);
    // A second run into the same database is refused.
    QVERIFY(!DemoData::generate(*database, options).ok());

    const TicketRepository tickets(*database);
    auto all = tickets.list({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 400);
    auto histories = tickets.eventsOf({});
    auto sla = TicketSla::load(*database);
    QVERIFY(histories.ok() && sla.ok());
    QSet<QString> statuses;
    QSet<QString> states;
    int emergencies = 0;
    for (const Ticket& ticket : *all) {
        statuses << toSlug(ticket.status);
        emergencies += ticket.level == QLatin1String("emergency") ? 1 : 0;
        const QList<TicketEventRecord> history = histories->value(ticket.id);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().type, QStringLiteral("arrived"));
        QCOMPARE(history.last().ticketVersion, ticket.version);
        QVERIFY(ticket.arrived <= now);
        QVERIFY(history.last().at <= now);
        states << (*sla)->summarize(ticket, history, now).state;
    }
    for (const char* expected : { "new", "registered", "waiting", "closed" }) {
        QVERIFY2(statuses.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(emergencies > 10);
    QVERIFY2(states.contains(QStringLiteral("breached")), qPrintable(QStringList(states.values()).join(',')));
    QVERIFY(states.contains(QStringLiteral("met")));
    QVERIFY2(states.contains(QStringLiteral("paused")), qPrintable(QStringList(states.values()).join(',')));
    // A new ticket continues the numbering.
    Ticket draft;
    draft.projectId = all->first().projectId;
    draft.subject = QStringLiteral("После демо");
    draft.arrived = now;
    auto added = tickets.add(draft, Actor {});
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    QCOMPARE(added->number, 401);
    // ensureDemoData leaves a filled database alone.
    QVERIFY(ensureDemoData(*database).ok());
    QCOMPARE(tickets.list({})->size(), 401);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "TestStorage.moc"
