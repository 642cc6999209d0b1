#include "core/demo/DemoData.h"
#include "core/demo/DemoRegressionRuns.h"

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoTicketWriter.h"
#include "core/domain/TicketEventRecord.h"
#include "core/storage/ChangeTrackingMigration.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace dd {

namespace {

Result<qint64> countRows(const Database& database, const QString& table)
{
    auto query = database.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    if (!query) {
        return query.error();
    }
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

Result<DemoStaff> addPeople(const Database& database, DemoReport& report)
{
    const UserRepository users(database);
    DemoStaff staff;
    for (const DemoCatalog::Person& person : DemoCatalog::people()) {
        User user;
        user.login = QString::fromUtf8(person.login);
        user.fullName = QString::fromUtf8(person.fullName);
        user.email = user.login + QStringLiteral("@dutydesk.example");
        for (const QString& slug : person.roles) {
            user.roles << *roleFromSlug(slug);
        }
        auto added = users.add(user);
        if (!added) {
            return added.error();
        }
        ++report.users;
        const DemoPerson entry { added->id, added->login };
        if (added->hasRole(Role::Engineer)) {
            staff.engineers << entry;
        }
        if (added->hasRole(Role::AccountManager)) {
            staff.accountManagers << entry;
        }
        if (added->hasRole(Role::Programmer)) {
            staff.programmers << entry;
        }
        if (added->hasRole(Role::Tester)) {
            staff.testers << entry;
        }
    }
    return staff;
}

Result<QList<DemoProjectRef>> addClientsAndProjects(const Database& database, const DemoStaff& staff,
                                                    const QDateTime& now, DemoReport& report)
{
    const ClientRepository clients(database);
    const ProjectRepository projects(database);
    QList<DemoProjectRef> refs;
    int index = 0;
    for (const DemoCatalog::DemoClient& demoClient : DemoCatalog::clients()) {
        Client client;
        client.name = QString::fromUtf8(demoClient.name);
        client.officialEmail = QString::fromUtf8(demoClient.email);
        client.trusted << TrustedAddress { QString::fromUtf8(demoClient.trustedEmail),
                                           QString::fromUtf8(demoClient.trustedPerson) };
        auto addedClient = clients.add(client);
        if (!addedClient) {
            return addedClient.error();
        }
        ++report.clients;
        for (const DemoCatalog::DemoProject& demoProject : demoClient.projects) {
            Project project;
            project.clientId = addedClient->id;
            project.code = QString::fromUtf8(demoProject.code);
            project.name = QString::fromUtf8(demoProject.name);
            project.shortName = QString::fromUtf8(demoProject.shortName);
            project.siteUrls << QString::fromUtf8(demoProject.site);
            project.tariff = QString::fromUtf8(demoProject.tariff);
            project.accountManagerId = staff.accountManagers.at(index % staff.accountManagers.size()).id;
            project.programmerId = staff.programmers.at(index % staff.programmers.size()).id;
            project.testerId = staff.testers.at(index % staff.testers.size()).id;
            project.startDate = now.date().addMonths(-6 - 5 * index);
            auto added = projects.add(project);
            if (!added) {
                return added.error();
            }
            ++report.projects;
            const DemoPerson& manager = staff.accountManagers.at(index % staff.accountManagers.size());
            refs << DemoProjectRef { added->id, added->siteUrls.value(0), manager.id, manager.login };
            ++index;
        }
    }
    return refs;
}

// Identity columns on PostgreSQL do not notice explicit ids; move them past the rows.
Status syncSequences(const Database& database)
{
    if (!database.isPostgres()) {
        return Done {};
    }
    for (const char* table : { "tickets", "ticket_events" }) {
        auto done = database.run(
            QStringLiteral(
                "SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), "
                "false)")
                .arg(QLatin1String(table)));
        if (!done) {
            return done.error();
        }
    }
    return Done {};
}

// The first of the tables demo data fills that holds rows already; empty when none does.
// Demo data goes into an empty database only.
Result<QString> tableWithData(const Database& database)
{
    for (const QString& table : { QStringLiteral("users"), QStringLiteral("tickets") }) {
        auto rows = countRows(database, table);
        if (!rows) {
            return rows.error();
        }
        if (*rows > 0) {
            return table;
        }
    }
    return QString();
}

Status addRatesAndDemoMark(const Database& database)
{
    // Hourly rates, so the demo's monthly reports carry amounts (2 500 ₽ and 3 500 ₽).
    for (const auto& [tariff, kopecks] :
         { std::pair { QStringLiteral("standard"), 250000 }, std::pair { QStringLiteral("premium"), 350000 } }) {
        if (auto rated = database.run(QStringLiteral("UPDATE tariffs SET hourly_rate_kopecks = ? WHERE code = ?"),
                                      { kopecks, tariff });
            !rated) {
            return rated.error();
        }
    }
    // Marks the file as the demo: the console says DEMO over it, so nobody takes its
    // clients for real ones (a counter row: no schema change, no shared setting).
    if (auto marked = database.run(QStringLiteral("INSERT INTO counters (name, value) VALUES ('demo-data', 1)"));
        !marked) {
        return marked.error();
    }
    return Done {};
}

} // namespace

// A bulk load on SQLite: a page cache big enough that pages are not spilled one by
// one, no per-row change-log entries for the two big tables (nobody can be watching a
// database that was empty a moment ago), and — around the transaction — a rollback
// journal instead of the WAL, so each page is written once rather than to the WAL and
// again at the checkpoint (the database was empty: the journal holds next to nothing).
class SqliteBulkLoad
{
public:
    explicit SqliteBulkLoad(const Database& database)
        : m_database(database)
    { }

    // Outside a transaction: SQLite changes the journal mode only then.
    Status setWal(bool wal)
    {
        if (m_database.isPostgres()) {
            return Done {};
        }
        QSqlQuery query(m_database.connection());
        if (!query.exec(wal ? QStringLiteral("PRAGMA journal_mode = WAL")
                            : QStringLiteral("PRAGMA journal_mode = DELETE"))) {
            return Database::sqlError(query);
        }
        return Done {};
    }

    Status begin()
    {
        if (m_database.isPostgres()) {
            return Done {};
        }
#ifdef __GLIBC__
        // Measured: with glibc's default 128 KiB trim threshold the heap top is given
        // back and refaulted thousands of times during the load — a third of its time
        // in the kernel. Keep the memory until the load is done.
        mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("PRAGMA cache_size = -262144"))) {
            return Database::sqlError(query);
        }
        for (const QString& table : bulkTables()) {
            for (const char* operation : { "insert", "update", "delete" }) {
                // DDL; SQLite cannot prepare a DROP with bound names.
                if (!query.exec(
                        QStringLiteral("DROP TRIGGER IF EXISTS %1_changed_%2").arg(table, QLatin1String(operation)))) {
                    return Database::sqlError(query);
                }
            }
        }
        return Done {};
    }

    Status end()
    {
        if (m_database.isPostgres()) {
            return Done {};
        }
        QSqlQuery query(m_database.connection());
        for (const TrackedTable& tracked : ChangeTrackingMigration::trackedTables()) {
            if (!bulkTables().contains(tracked.table)) {
                continue;
            }
            for (const QString& statement : ChangeTrackingMigration::sqliteTriggers(tracked)) {
                if (!query.exec(statement)) {
                    return Database::sqlError(query);
                }
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA cache_size = -2000"))) {
            return Database::sqlError(query);
        }
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
#endif
        return Done {};
    }

private:
    static QStringList bulkTables()
    {
        return { QStringLiteral("tickets"), QStringLiteral("ticket_events") };
    }

    const Database& m_database;
};

Result<DemoReport> DemoData::generate(const Database& database, const DemoOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    if (options.tickets < 0 || options.weeks < 1) {
        return Error { DemoData::tr("the number of tickets must not be negative, the number of weeks positive") };
    }
    auto filled = tableWithData(database);
    if (!filled) {
        return filled.error();
    }
    if (!filled->isEmpty()) {
        return Error {
            DemoData::tr("the database already holds data (%1); demo data goes into an empty database").arg(*filled)
        };
    }
    auto now = options.now ? Result<QDateTime>(*options.now) : database.serverNow();
    if (!now) {
        return now.error();
    }
    DemoReport report;
    auto staff = addPeople(database, report);
    if (!staff) {
        return staff.error();
    }
    auto projects = addClientsAndProjects(database, *staff, *now, report);
    if (!projects) {
        return projects.error();
    }

    SqliteBulkLoad bulk(database);
    if (auto journal = bulk.setWal(false); !journal) {
        return journal.error();
    }
    auto loaded = load(database, bulk, *staff, *projects, options, toEpoch(*now));
    if (auto journal = bulk.setWal(true); !journal) {
        return journal.error();
    }
    if (!loaded) {
        return loaded.error();
    }
    if (auto runs = addDemoTestingRuns(database, toEpoch(*now)); !runs) {
        return runs.error();
    }
    if (auto finished = addRatesAndDemoMark(database); !finished) {
        return finished.error();
    }
    report.tickets = options.tickets;
    report.events = *loaded;
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<qint64> DemoData::load(const Database& database, SqliteBulkLoad& bulk, const DemoStaff& staff,
                              const QList<DemoProjectRef>& projects, const DemoOptions& options, qint64 nowEpoch)
{
    Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    if (auto begun = bulk.begin(); !begun) {
        return begun.error();
    }
    DemoTicketWriter writer(database, staff, projects, options.seed);
    if (auto prepared = writer.prepare(); !prepared) {
        return prepared.error();
    }
    const qint64 spanStart = nowEpoch - qint64(options.weeks) * 7 * 86400;
    for (int i = 0; i < options.tickets; ++i) {
        if (auto written = writer.write(i + 1, spanStart, nowEpoch); !written) {
            return written.error();
        }
    }
    if (auto counted = database.run(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'ticket-number'"),
                                    { qint64(options.tickets) });
        !counted) {
        return counted.error();
    }
    if (auto synced = syncSequences(database); !synced) {
        return synced.error();
    }
    if (auto ended = bulk.end(); !ended) {
        return ended.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return writer.eventsWritten();
}

Status ensureDemoData(const Database& database)
{
    auto filled = tableWithData(database);
    if (!filled) {
        return filled.error();
    }
    if (!filled->isEmpty()) {
        return Done {};
    }
    auto generated = DemoData::generate(database, DemoOptions {});
    if (!generated) {
        return generated.error();
    }
    return Done {};
}

Result<bool> isDemoDatabase(const Database& database)
{
    auto marked = database.runScalar(QStringLiteral("SELECT COUNT(*) FROM counters WHERE name = 'demo-data'"));
    if (!marked) {
        return marked.error();
    }
    return marked->toLongLong() > 0;
}

} // namespace dd
