#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "core/sync/SqliteChangeWatcher.h"
#include "tests/support/TestRows.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// A desktop refetches only the rows the watcher names (docs/rules.md#shared-database: no polling of whole
// tables): TicketRepository::byIds returns them at the announced version.
class TestChangeRefetch : public QObject
{
    Q_OBJECT

private slots:
    void refetchesOnlyTheChangedTickets();
    void largeBatchesAreSplit();

private:
    // A fresh database in `dir` with one client and its project "shop"; nullptr when
    // either cannot be made.
    static std::unique_ptr<Database> shopDatabase(const QTemporaryDir& dir, qint64& projectId);
};

std::unique_ptr<Database> TestChangeRefetch::shopDatabase(const QTemporaryDir& dir, qint64& projectId)
{
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(dir.filePath(QStringLiteral("d.sqlite"))), options);
    if (!opened) {
        return nullptr;
    }
    auto client = test::insertClient(*opened.value(), QStringLiteral("Ромашка"));
    auto project = client ? test::insertProject(*opened.value(), *client, QStringLiteral("shop")) : client;
    if (!project) {
        return nullptr;
    }
    projectId = *project;
    return std::move(opened).value();
}

void TestChangeRefetch::refetchesOnlyTheChangedTickets()
{
    QTemporaryDir dir;
    qint64 project = 0;
    const auto opened = shopDatabase(dir, project);
    QVERIFY(opened);
    Database& database = *opened;
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        auto ticket = test::insertTicket(database, project, QStringLiteral("ticket %1").arg(i));
        QVERIFY(ticket.ok());
        ids << *ticket;
    }

    SqliteChangeWatcher watcher(database.location());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QVERIFY(watcher.start().ok());
    watcher.stop();
    QVERIFY(test::touchTicket(database, ids[1], QStringLiteral("edited")).ok());
    QVERIFY(test::touchTicket(database, ids[3], QStringLiteral("edited")).ok());
    QVERIFY(database.run(QStringLiteral("DELETE FROM tickets WHERE id = ?"), { ids[4] }).ok());
    QVERIFY(watcher.poll().ok());

    QList<qint64> toFetch;
    QHash<qint64, qint64> announced;
    for (const auto& arguments : changed) {
        const auto change = arguments.at(0).value<RowChange>();
        QCOMPARE(change.table, QStringLiteral("tickets"));
        toFetch << change.id;
        announced.insert(change.id, change.version);
    }
    QCOMPARE(QSet<qint64>(toFetch.cbegin(), toFetch.cend()), (QSet<qint64> { ids[1], ids[3], ids[4] }));

    auto fetched = TicketRepository(database).byIds(toFetch);
    QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().message));
    QCOMPARE(fetched->size(), 2); // the deleted one is gone
    for (const Ticket& ticket : *fetched) {
        QCOMPARE(ticket.subject, QStringLiteral("edited"));
        QCOMPARE(ticket.version, announced.value(ticket.id));
    }
    QVERIFY(TicketRepository(database).byIds({}).value().isEmpty());
}

void TestChangeRefetch::largeBatchesAreSplit()
{
    QTemporaryDir dir;
    qint64 project = 0;
    const auto opened = shopDatabase(dir, project);
    QVERIFY(opened);
    Database& database = *opened;
    QList<qint64> ids;
    QVERIFY(database.begin().ok());
    for (int i = 0; i < 1200; ++i) {
        auto ticket = test::insertTicket(database, project, QStringLiteral("t"));
        QVERIFY(ticket.ok());
        ids << *ticket;
    }
    QVERIFY(database.commit().ok());
    ids << 999999; // no such ticket
    auto fetched = TicketRepository(database).byIds(ids);
    QVERIFY(fetched.ok());
    QCOMPARE(fetched->size(), 1200);
}

QTEST_GUILESS_MAIN(TestChangeRefetch)
#include "TestChangeRefetch.moc"
