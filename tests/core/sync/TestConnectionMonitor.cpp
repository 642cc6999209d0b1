#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/sync/ChangeWatcher.h"
#include "core/sync/ConnectionMonitor.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestRows.h"

#include <QSignalSpy>
#include <QTest>

using namespace dd;

// Outages: the server goes away (PostgresServer::stop) and comes back (restart).
class TestConnectionMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writeDuringOutageIsRefusedClearly();
    void heartbeatNoticesLossWithoutAStatement();
    void backoffDoublesUpToTheCap();
    void reconnectsAndListensAgain();
    void refusedStatementIsNotALoss();
    void sqliteIsAlwaysConnected();

private:
    std::unique_ptr<Database> open();

    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<Database> m_database;
    qint64 m_projectId = 0;
};

std::unique_ptr<Database> TestConnectionMonitor::open()
{
    auto opened = m_server->open(QStringLiteral("support"));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestConnectionMonitor::init()
{
    auto server = test::PostgresServer::startWithDatabase(QStringLiteral("support"));
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();
    m_database = open();
    QVERIFY(m_database);
    auto client = test::insertClient(*m_database, QStringLiteral("Ромашка"));
    QVERIFY(client.ok());
    auto project = test::insertProject(*m_database, *client, QStringLiteral("romashka"));
    QVERIFY(project.ok());
    m_projectId = *project;
}

void TestConnectionMonitor::cleanup()
{
    m_database.reset();
    m_server.reset();
}

void TestConnectionMonitor::writeDuringOutageIsRefusedClearly()
{
    ConnectionMonitor::Options options;
    options.heartbeat = std::chrono::milliseconds(0);
    options.firstRetry = std::chrono::milliseconds(100);
    ConnectionMonitor monitor(*m_database, options);
    QSignalSpy lost(&monitor, &ConnectionMonitor::connectionLost);
    QVERIFY(m_server->stop().ok());

    // The first write after the loss is the one that notices it: it must say that
    // nothing was saved, not a driver message.
    auto ticket = test::insertTicket(*m_database, m_projectId, QStringLiteral("typed during the outage"));
    QVERIFY(!ticket.ok());
    QVERIFY2(ticket.error().message.contains(QStringLiteral("unreachable"))
                 && ticket.error().message.contains(QStringLiteral("nothing was saved")),
             qPrintable(ticket.error().message));
    QCOMPARE(lost.count(), 1);
    QVERIFY(monitor.state() != ConnectionMonitor::State::Connected);
    QVERIFY(!m_database->isReachable());

    // Every later write is refused up front, and so is a transaction.
    auto again = test::insertTicket(*m_database, m_projectId, QStringLiteral("second try"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("nothing was saved")));
    auto begun = m_database->begin();
    QVERIFY(!begun.ok());
    QVERIFY(begun.error().message.contains(QStringLiteral("nothing was saved")));
    QVERIFY2(monitor.message().contains(QStringLiteral("unreachable")), qPrintable(monitor.message()));

    // Back: the monitor reconnects by itself and the refused write can be made again.
    QVERIFY(m_server->restart().ok());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Connected, 15000);
    QVERIFY(m_database->isReachable());
    auto saved = test::insertTicket(*m_database, m_projectId, QStringLiteral("typed during the outage"));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    auto count = m_database->run(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = ?"),
                                 { QStringLiteral("typed during the outage") });
    QVERIFY(count.ok() && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 1);
}

void TestConnectionMonitor::heartbeatNoticesLossWithoutAStatement()
{
    ConnectionMonitor::Options options;
    options.heartbeat = std::chrono::milliseconds(100);
    options.firstRetry = std::chrono::milliseconds(100);
    ConnectionMonitor monitor(*m_database, options);
    QSignalSpy states(&monitor, &ConnectionMonitor::stateChanged);
    QVERIFY(m_server->stop().ok());
    QTRY_VERIFY(monitor.state() != ConnectionMonitor::State::Connected);
    QVERIFY(!states.isEmpty());
    QVERIFY(states.first().at(1).toString().contains(QStringLiteral("unreachable")));
}

void TestConnectionMonitor::backoffDoublesUpToTheCap()
{
    ConnectionMonitor::Options options;
    options.heartbeat = std::chrono::milliseconds(0);
    options.firstRetry = std::chrono::milliseconds(50);
    options.maxRetry = std::chrono::milliseconds(200);
    ConnectionMonitor monitor(*m_database, options);
    // Each wait is announced (Lost) when it starts.
    QList<qint64> waits;
    connect(&monitor, &ConnectionMonitor::stateChanged, this, [&](ConnectionMonitor::State state) {
        if (state == ConnectionMonitor::State::Lost) {
            waits << qint64(monitor.retryDelay().count());
        }
    });
    QVERIFY(m_server->stop().ok());
    QVERIFY(!monitor.check());
    QTRY_VERIFY_WITH_TIMEOUT(waits.size() >= 5, 15000);
    QCOMPARE(waits.mid(0, 5), (QList<qint64> { 50, 100, 200, 200, 200 }));
    QVERIFY(monitor.failedAttempts() >= 4);
    QVERIFY(monitor.state() != ConnectionMonitor::State::Connected);
}

void TestConnectionMonitor::reconnectsAndListensAgain()
{
    ConnectionMonitor::Options options;
    options.heartbeat = std::chrono::milliseconds(100);
    options.firstRetry = std::chrono::milliseconds(100);
    ConnectionMonitor monitor(*m_database, options);
    auto watcher = ChangeWatcher::create(*m_database);
    watcher->follow(monitor);
    QSignalSpy changed(watcher.get(), &ChangeWatcher::changed);
    QSignalSpy resync(watcher.get(), &ChangeWatcher::resyncNeeded);
    QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);
    QVERIFY(watcher->start().ok());

    QVERIFY(m_server->stop().ok());
    QTRY_VERIFY(monitor.state() != ConnectionMonitor::State::Connected);
    QVERIFY(m_server->restart().ok());
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 15000);
    // Whatever was announced while down is lost: the watcher asks for a reload.
    QCOMPARE(resync.count(), 1);
    QVERIFY(watcher->isActive());

    // And it listens again: a change from another desktop arrives.
    auto other = open();
    QVERIFY(other);
    auto ticket = test::insertTicket(*other, m_projectId, QStringLiteral("after the outage"));
    QVERIFY(ticket.ok());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<RowChange>().id, *ticket);
}

void TestConnectionMonitor::refusedStatementIsNotALoss()
{
    ConnectionMonitor::Options options;
    options.heartbeat = std::chrono::milliseconds(0);
    ConnectionMonitor monitor(*m_database, options);
    QSignalSpy lost(&monitor, &ConnectionMonitor::connectionLost);
    // The server answers with its own error (a CHECK constraint; then an aborted
    // transaction): it is there, so nothing is marked lost.
    auto refused = m_database->run(QStringLiteral("UPDATE projects SET status = 'frobnicated'"));
    QVERIFY(!refused.ok());
    QVERIFY2(!refused.error().message.contains(QStringLiteral("unreachable")), qPrintable(refused.error().message));
    QVERIFY(m_database->begin().ok());
    QVERIFY(!m_database->run(QStringLiteral("SELECT 1 / 0")).ok());
    QVERIFY(!m_database->run(QStringLiteral("SELECT 1")).ok());
    QVERIFY(monitor.check());
    m_database->rollback();
    QCOMPARE(lost.count(), 0);
    QCOMPARE(monitor.state(), ConnectionMonitor::State::Connected);
    QVERIFY(m_database->isReachable());
}

void TestConnectionMonitor::sqliteIsAlwaysConnected()
{
    QTemporaryDir dir;
    Database::Options options;
    options.installServerClock = false;
    auto sqlite = SchemaCatalog::open(*DatabaseLocation::parse(dir.filePath(QStringLiteral("d.sqlite"))), options);
    QVERIFY(sqlite.ok());
    ConnectionMonitor monitor(*sqlite.value());
    QVERIFY(monitor.check());
    QVERIFY(!sqlite.value()->run(QStringLiteral("SELECT * FROM no_such_table")).ok());
    QCOMPARE(monitor.state(), ConnectionMonitor::State::Connected);
}

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "TestConnectionMonitor.moc"
