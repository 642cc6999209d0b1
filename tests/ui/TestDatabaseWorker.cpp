#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "tests/support/TestRows.h"
#include "ui/common/DatabaseWorker.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace dd;

// The worker the console's services read on (ui/common/DatabaseWorker): its own thread
// and connection, one retry on a fresh connection, nothing runs once it stopped.
class TestDatabaseWorker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsOnItsOwnThreadAndConnection();
    void retriesOnceOnAFreshConnection();
    void runsNothingOnceStopped();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDatabaseWorker::init()
{
    QVERIFY(m_dir.isValid());
    Database::Options options;
    options.installServerClock = false;
    auto opened
        = SchemaCatalog::open(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("worker.sqlite"))), options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    m_db = std::move(opened).value();
}

void TestDatabaseWorker::readsOnItsOwnThreadAndConnection()
{
    QVERIFY(test::insertClient(*m_db, QStringLiteral("ООО «Ромашка»")).ok());
    DatabaseWorker worker(*m_db, QStringLiteral("test-worker"));
    QSemaphore done;
    QThread* thread = nullptr;
    const Database* connection = nullptr;
    qint64 clients = -1;
    worker.post([&] {
        thread = QThread::currentThread();
        auto read = worker.withRetry<qint64>([&](const Database& database) -> Result<qint64> {
            connection = &database;
            auto query = database.run(QStringLiteral("SELECT COUNT(*) FROM clients"));
            if (!query) {
                return query.error();
            }
            return query.value().next() ? query.value().value(0).toLongLong() : 0;
        });
        clients = read ? *read : -1;
        done.release();
    });
    QVERIFY(done.tryAcquire(1, 10000));
    QVERIFY(thread != QThread::currentThread());
    QCOMPARE(thread->objectName(), QStringLiteral("test-worker"));
    QVERIFY(connection != nullptr && connection != m_db.get());
    QCOMPARE(clients, 1); // it sees what the session's connection wrote
}

void TestDatabaseWorker::retriesOnceOnAFreshConnection()
{
    DatabaseWorker worker(*m_db, QStringLiteral("test-worker"));
    QSemaphore done;
    int attempts = 0;
    const Database* first = nullptr;
    const Database* second = nullptr;
    bool recovered = false;
    bool gaveUp = false;
    worker.post([&] {
        // A read that fails once (the server restarted, say) succeeds on a new connection.
        auto once = worker.withRetry<int>([&](const Database& database) -> Result<int> {
            (++attempts == 1 ? first : second) = &database;
            return attempts == 1 ? Result<int>(Error { QStringLiteral("connection lost") }) : Result<int>(7);
        });
        recovered = once.ok() && *once == 7;
        // One that keeps failing is reported after the second try.
        int tries = 0;
        auto always = worker.withRetry<int>([&](const Database&) -> Result<int> {
            ++tries;
            return Error { QStringLiteral("still down") };
        });
        gaveUp = !always.ok() && always.error().message == QStringLiteral("still down") && tries == 2;
        done.release();
    });
    QVERIFY(done.tryAcquire(1, 10000));
    QCOMPARE(attempts, 2);
    QVERIFY(recovered);
    QVERIFY(gaveUp);
    QVERIFY(first != nullptr && second != nullptr);
}

void TestDatabaseWorker::runsNothingOnceStopped()
{
    DatabaseWorker worker(*m_db, QStringLiteral("test-worker"));
    std::atomic<int> ran { 0 };
    QSemaphore started;
    QSemaphore release;
    // The work in progress ends; what waits behind it when stop() begins never runs.
    worker.post([&] {
        started.release();
        release.acquire();
        ++ran;
    });
    worker.post([&] { ++ran; });
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(!worker.stopping());
    std::thread stopper([&] { worker.stop(); });
    QTRY_VERIFY(worker.stopping());
    release.release();
    stopper.join();
    QCOMPARE(ran.load(), 1);
    worker.post([&] { ++ran; }); // dropped
    worker.stop(); // twice is harmless
    QCOMPARE(ran.load(), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "TestDatabaseWorker.moc"
