// SQLite's write-ahead log copied into the database beside a writer (WalCheckpointer,
// docs/mail-intake.md#checkpoints): the copies happen on the checkpointer's own
// connection, the log stays within the writer's bound, and nothing written is lost.
#include "core/storage/Database.h"
#include "core/storage/WalCheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copiesTheLogBesideTheWriter();
    void keepsTheLogWithinTheWritersBound();
    void stopsWithTheCopyInHand();

private:
    // `count` transactions of one row of `bytes` each, as a backlog's filing commits them.
    void write(int count, int bytes);
    qint64 fileSize(const QString& suffix = {}) const { return QFileInfo(m_path + suffix).size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_writer;
};

void TestWalCheckpointer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("log.sqlite"));
    Database::Options options;
    options.migrate = false;
    options.installServerClock = false;
    options.asynchronousCommit = true; // the intake's session: the writer checkpoints every 10,000 pages
    auto opened = Database::open(*DatabaseLocation::parse(m_path), options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_writer = std::move(opened).value();
    QVERIFY(m_writer->runRows(QStringLiteral("CREATE TABLE mail (id INTEGER PRIMARY KEY, body BLOB)")).ok());
}

void TestWalCheckpointer::cleanup()
{
    m_writer.reset();
    m_dir.reset();
}

void TestWalCheckpointer::write(int count, int bytes)
{
    for (int i = 0; i < count; ++i) {
        Transaction transaction(*m_writer);
        QVERIFY(transaction.started().ok());
        QVERIFY(m_writer->runRows(QStringLiteral("INSERT INTO mail (body) VALUES (randomblob(?))"), { bytes }).ok());
        QVERIFY(transaction.commit().ok());
    }
}

void TestWalCheckpointer::copiesTheLogBesideTheWriter()
{
    // The writer never checkpoints here: what reaches the database file is the checkpointer's copy.
    QVERIFY(m_writer->runRows(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
    write(1, 100);
    const qint64 before = fileSize();
    WalCheckpointer checkpointer(*m_writer);
    write(100, 20000); // 2 MB in the log
    QTRY_VERIFY_WITH_TIMEOUT(fileSize() > before + 2000000, 10000);
    QVERIFY(checkpointer.copies() > 0);
    checkpointer.stop();
    QVERIFY2(checkpointer.failure().isEmpty(), qPrintable(checkpointer.failure()));
    // Without it the log keeps growing and the file stays as it was.
    QVERIFY(m_writer->runRows(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    const qint64 copied = fileSize();
    write(100, 20000);
    QTest::qWait(200);
    QCOMPARE(fileSize(), copied);
}

void TestWalCheckpointer::keepsTheLogWithinTheWritersBound()
{
    // 200 pages of 4 KiB: 25 times that is written while the checkpointer copies.
    QVERIFY(m_writer->runRows(QStringLiteral("PRAGMA wal_autocheckpoint = 200")).ok());
    WalCheckpointer checkpointer(*m_writer);
    write(400, 50000);
    checkpointer.stop();
    QVERIFY2(checkpointer.failure().isEmpty(), qPrintable(checkpointer.failure()));
    // The writer's checkpoint, busy now and then while a copy runs, restarts the log a
    // commit or two later: it grows a little past the bound, never with the backlog.
    QVERIFY2(fileSize(QStringLiteral("-wal")) < 5 * 1024 * 1024,
             qPrintable(QString::number(fileSize(QStringLiteral("-wal")))));
    QCOMPARE(m_writer->runScalar(QStringLiteral("SELECT COUNT(*) FROM mail")).value().toInt(), 400);
}

void TestWalCheckpointer::stopsWithTheCopyInHand()
{
    auto checkpointer = std::make_unique<WalCheckpointer>(*m_writer);
    write(50, 20000);
    checkpointer.reset(); // joins its thread
    m_writer.reset();
    // Every commit is there, in a sound file, for the next connection.
    Database::Options options;
    options.migrate = false;
    options.installServerClock = false;
    auto reopened = Database::open(*DatabaseLocation::parse(m_path), options);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->runScalar(QStringLiteral("SELECT COUNT(*) FROM mail")).value().toInt(), 50);
    QCOMPARE(reopened.value()->runScalar(QStringLiteral("PRAGMA integrity_check")).value().toString(),
             QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
