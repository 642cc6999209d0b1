#include "core/schema/SchemaCatalog.h"
#include "core/storage/ChangeTrackingMigration.h"
#include "core/storage/Database.h"
#include "core/sync/SqliteChangeWatcher.h"
#include "tests/support/TestRows.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

std::unique_ptr<Database> openFile(const QString& path)
{
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(path), options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace

// SQLite has no NOTIFY: triggers fill change_log and watchers poll PRAGMA data_version.
class TestSqliteChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reportsInsertUpdateDeleteWithIdAndVersion();
    void readsNothingWhenNothingChanged();
    void reportsChangesOfItsOwnProcess();
    void startsAfterTheExistingLog();
    void logPrunesItselfAndGapAsksForResync();
    void historyIsAppendOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_writer;
    qint64 m_projectId = 0;
};

void TestSqliteChangeWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_writer = openFile(m_dir->filePath(QStringLiteral("dutydesk.sqlite")));
    QVERIFY(m_writer);
    auto client = test::insertClient(*m_writer, QStringLiteral("Ромашка"));
    QVERIFY(client.ok());
    auto project = test::insertProject(*m_writer, *client, QStringLiteral("romashka"));
    QVERIFY(project.ok());
    m_projectId = *project;
}

void TestSqliteChangeWatcher::cleanup()
{
    m_writer.reset();
    m_dir.reset();
}

void TestSqliteChangeWatcher::reportsInsertUpdateDeleteWithIdAndVersion()
{
    SqliteChangeWatcher watcher(m_writer->location());
    watcher.setInterval(std::chrono::milliseconds(20));
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QVERIFY(watcher.start().ok());

    // A second connection, as another process would have.
    auto other = openFile(m_writer->location().sqlitePath);
    QVERIFY(other);
    auto ticket = test::insertTicket(*other, m_projectId, QStringLiteral("Не работает корзина"));
    QVERIFY(ticket.ok());
    QTRY_COMPARE(changed.count(), 1);
    auto change = changed.takeFirst().at(0).value<RowChange>();
    QCOMPARE(change.table, QStringLiteral("tickets"));
    QCOMPARE(change.id, *ticket);
    QCOMPARE(change.version, 1);
    QCOMPARE(change.operation, QStringLiteral("insert"));

    auto version = test::touchTicket(*other, *ticket, QStringLiteral("Не работает корзина в Safari"));
    QVERIFY(version.ok());
    QTRY_COMPARE(changed.count(), 1);
    change = changed.takeFirst().at(0).value<RowChange>();
    QCOMPARE(change.operation, QStringLiteral("update"));
    QCOMPARE(change.version, 2);

    // A settings row has a text key: id 0 tells the watcher to reload that table.
    QVERIFY(other->run(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'y', 0)")).ok());
    QTRY_COMPARE(changed.count(), 1);
    change = changed.takeFirst().at(0).value<RowChange>();
    QCOMPARE(change.table, QStringLiteral("settings"));
    QCOMPARE(change.id, 0);

    QVERIFY(other->run(QStringLiteral("DELETE FROM tickets WHERE id = ?"), { *ticket }).ok());
    QTRY_COMPARE(changed.count(), 1);
    change = changed.takeFirst().at(0).value<RowChange>();
    QCOMPARE(change.operation, QStringLiteral("delete"));
    QCOMPARE(change.id, *ticket);
}

void TestSqliteChangeWatcher::readsNothingWhenNothingChanged()
{
    SqliteChangeWatcher watcher(m_writer->location());
    QVERIFY(watcher.start().ok());
    watcher.stop();
    // data_version did not move, so the log is not even read.
    auto polled = watcher.poll();
    QVERIFY(polled.ok());
    QVERIFY(!*polled);
    QVERIFY(test::insertTicket(*m_writer, m_projectId, QStringLiteral("x")).ok());
    polled = watcher.poll();
    QVERIFY(polled.ok());
    QVERIFY(*polled);
    polled = watcher.poll();
    QVERIFY(polled.ok());
    QVERIFY(!*polled);
}

void TestSqliteChangeWatcher::reportsChangesOfItsOwnProcess()
{
    // The watcher reads through a connection of its own, so the writer's connection
    // (the same process) counts as "another connection" for data_version.
    SqliteChangeWatcher watcher(m_writer->location());
    watcher.setInterval(std::chrono::milliseconds(20));
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QVERIFY(watcher.start().ok());
    auto ticket = test::insertTicket(*m_writer, m_projectId, QStringLiteral("own"));
    QVERIFY(ticket.ok());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<RowChange>().id, *ticket);
}

void TestSqliteChangeWatcher::startsAfterTheExistingLog()
{
    for (int i = 0; i < 3; ++i) {
        QVERIFY(test::insertTicket(*m_writer, m_projectId, QStringLiteral("old %1").arg(i)).ok());
    }
    SqliteChangeWatcher watcher(m_writer->location());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QVERIFY(watcher.start().ok());
    watcher.stop();
    auto ticket = test::insertTicket(*m_writer, m_projectId, QStringLiteral("new"));
    QVERIFY(watcher.poll().ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<RowChange>().id, *ticket);
}

void TestSqliteChangeWatcher::logPrunesItselfAndGapAsksForResync()
{
    SqliteChangeWatcher watcher(m_writer->location());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSignalSpy resync(&watcher, &ChangeWatcher::resyncNeeded);
    QVERIFY(watcher.start().ok());
    watcher.stop(); // a suspended laptop
    auto ticket = test::insertTicket(*m_writer, m_projectId, QStringLiteral("busy"));
    QVERIFY(ticket.ok());
    const int writes = ChangeTrackingMigration::keptLogRows + 1000;
    QVERIFY(m_writer->begin().ok());
    for (int i = 0; i < writes; ++i) {
        QVERIFY(test::touchTicket(*m_writer, *ticket, QStringLiteral("edit %1").arg(i)).ok());
    }
    QVERIFY(m_writer->commit().ok());
    auto rows = m_writer->run(QStringLiteral("SELECT COUNT(*) FROM change_log"));
    QVERIFY(rows.ok() && rows.value().next());
    QVERIFY2(rows.value().value(0).toInt() < ChangeTrackingMigration::keptLogRows + 500,
             qPrintable(rows.value().value(0).toString()));

    QVERIFY(watcher.poll().ok());
    QCOMPARE(resync.count(), 1);
    // What is still in the log is reported, ending with the latest version.
    QVERIFY(changed.count() > 0);
    QCOMPARE(changed.last().at(0).value<RowChange>().version, qint64(writes + 1));
}

void TestSqliteChangeWatcher::historyIsAppendOnly()
{
    auto ticket = test::insertTicket(*m_writer, m_projectId, QStringLiteral("history"));
    QVERIFY(ticket.ok());
    QVERIFY(m_writer
                ->run(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, recorded_at, type, ticket_version) "
                                     "VALUES (?, 0, 0, 'arrived', 1)"),
                      { *ticket })
                .ok());
    auto updated = m_writer->run(QStringLiteral("UPDATE ticket_events SET type = 'resolved'"));
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(QStringLiteral("append-only")), qPrintable(updated.error().message));
    auto deleted = m_writer->run(QStringLiteral("DELETE FROM ticket_events"));
    QVERIFY(!deleted.ok());
    QVERIFY(deleted.error().message.contains(QStringLiteral("append-only")));
    auto count = m_writer->run(QStringLiteral("SELECT COUNT(*), MIN(type) FROM ticket_events"));
    QVERIFY(count.ok() && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 1);
    QCOMPARE(count.value().value(1).toString(), QStringLiteral("arrived"));
}

QTEST_GUILESS_MAIN(TestSqliteChangeWatcher)
#include "TestSqliteChangeWatcher.moc"
