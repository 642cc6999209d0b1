#include "core/storage/Database.h"
#include "core/sync/ChangeWatcher.h"
#include "core/sync/PostgresChangeWatcher.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestRows.h"

#include <QSignalSpy>
#include <QTest>

using namespace dd;

// LISTEN/NOTIFY: a commit on one connection reaches the others, with the row's id and
// version, and nothing is announced for a rolled-back change.
class TestPostgresChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void announcesCommittedChanges();
    void ownChangesAreMarked();
    void rollbackAnnouncesNothing();
    void stopEndsAnnouncements();

private:
    std::unique_ptr<Database> open();

    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<Database> m_watching;
    std::unique_ptr<Database> m_writing;
    qint64 m_projectId = 0;
};

std::unique_ptr<Database> TestPostgresChangeWatcher::open()
{
    auto opened = m_server->open(QStringLiteral("support"));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestPostgresChangeWatcher::initTestCase()
{
    auto server = test::PostgresServer::startWithDatabase(QStringLiteral("support"));
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();
    m_writing = open();
    QVERIFY(m_writing);
    m_watching = open();
    QVERIFY(m_watching);
    auto client = test::insertClient(*m_writing, QStringLiteral("Ромашка"));
    QVERIFY(client.ok());
    auto project = test::insertProject(*m_writing, *client, QStringLiteral("romashka"));
    QVERIFY(project.ok());
    m_projectId = *project;
}

void TestPostgresChangeWatcher::cleanupTestCase()
{
    m_watching.reset();
    m_writing.reset();
    m_server.reset();
}

void TestPostgresChangeWatcher::announcesCommittedChanges()
{
    auto watcher = ChangeWatcher::create(*m_watching);
    QVERIFY(qobject_cast<PostgresChangeWatcher*>(watcher.get()));
    QSignalSpy changed(watcher.get(), &ChangeWatcher::changed);
    QVERIFY(watcher->start().ok());
    QVERIFY(watcher->isActive());

    auto ticket = test::insertTicket(*m_writing, m_projectId, QStringLiteral("Не работает корзина"));
    QVERIFY(ticket.ok());
    QTRY_COMPARE(changed.count(), 1);
    auto change = changed.takeFirst().at(0).value<RowChange>();
    QCOMPARE(change.table, QStringLiteral("tickets"));
    QCOMPARE(change.operation, QStringLiteral("insert"));
    QCOMPARE(change.id, *ticket);
    QCOMPARE(change.version, 1);
    QVERIFY(!change.ownSession);

    auto version = test::touchTicket(*m_writing, *ticket, QStringLiteral("Не работает корзина в Safari"));
    QVERIFY(version.ok());
    QTRY_COMPARE(changed.count(), 1);
    change = changed.takeFirst().at(0).value<RowChange>();
    QCOMPARE(change.operation, QStringLiteral("update"));
    QCOMPARE(change.version, *version);

    QVERIFY(m_writing->run(QStringLiteral("UPDATE settings SET value = 'y' WHERE key = 'none'")).ok());
    QVERIFY(m_writing->run(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', 0)")).ok());
    QTRY_COMPARE(changed.count(), 1);
    change = changed.takeFirst().at(0).value<RowChange>();
    QCOMPARE(change.table, QStringLiteral("settings"));
    QCOMPARE(change.id, 0);
    QCOMPARE(change.version, 1);

    QVERIFY(m_writing->run(QStringLiteral("DELETE FROM tickets WHERE id = ?"), { *ticket }).ok());
    QTRY_COMPARE(changed.count(), 1);
    change = changed.takeFirst().at(0).value<RowChange>();
    QCOMPARE(change.operation, QStringLiteral("delete"));
    QCOMPARE(change.id, *ticket);
}

void TestPostgresChangeWatcher::ownChangesAreMarked()
{
    auto watcher = ChangeWatcher::create(*m_watching);
    QSignalSpy changed(watcher.get(), &ChangeWatcher::changed);
    QVERIFY(watcher->start().ok());
    auto ticket = test::insertTicket(*m_watching, m_projectId, QStringLiteral("own"));
    QVERIFY(ticket.ok());
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<RowChange>().ownSession);
}

void TestPostgresChangeWatcher::rollbackAnnouncesNothing()
{
    auto watcher = ChangeWatcher::create(*m_watching);
    QSignalSpy changed(watcher.get(), &ChangeWatcher::changed);
    QVERIFY(watcher->start().ok());
    QVERIFY(m_writing->begin().ok());
    QVERIFY(test::insertTicket(*m_writing, m_projectId, QStringLiteral("never")).ok());
    m_writing->rollback();
    auto ticket = test::insertTicket(*m_writing, m_projectId, QStringLiteral("kept"));
    QVERIFY(ticket.ok());
    QTRY_COMPARE(changed.count(), 1);
    QTest::qWait(100);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<RowChange>().id, *ticket);
}

void TestPostgresChangeWatcher::stopEndsAnnouncements()
{
    auto watcher = ChangeWatcher::create(*m_watching);
    QSignalSpy changed(watcher.get(), &ChangeWatcher::changed);
    QVERIFY(watcher->start().ok());
    watcher->stop();
    QVERIFY(!watcher->isActive());
    QVERIFY(test::insertTicket(*m_writing, m_projectId, QStringLiteral("unheard")).ok());
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestPostgresChangeWatcher)
#include "TestPostgresChangeWatcher.moc"
