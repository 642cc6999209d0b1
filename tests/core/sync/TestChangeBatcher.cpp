#include "core/sync/ChangeBatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace dd;

class TestChangeBatcher : public QObject
{
    Q_OBJECT

private slots:
    void burstBecomesOneRefetchPerTable();
    void keylessTablesAskForAReload();
    void windowStartsAtTheFirstChange();
};

namespace {

RowChange change(const QString& table, qint64 id, qint64 version = 1)
{
    return RowChange { table, id, version, QStringLiteral("update"), false };
}

} // namespace

void TestChangeBatcher::burstBecomesOneRefetchPerTable()
{
    ChangeBatcher batcher;
    QSignalSpy rows(&batcher, &ChangeBatcher::rowsChanged);
    for (int version = 1; version <= 100; ++version) {
        batcher.add(change(QStringLiteral("tickets"), 7, version));
        batcher.add(change(QStringLiteral("tickets"), 3, version));
    }
    batcher.add(change(QStringLiteral("projects"), 2));
    QCOMPARE(rows.count(), 0);
    QTRY_COMPARE(rows.count(), 2);
    QHash<QString, QList<qint64>> byTable;
    for (const auto& arguments : rows) {
        byTable.insert(arguments.at(0).toString(), arguments.at(1).value<QList<qint64>>());
    }
    QCOMPARE(byTable.value(QStringLiteral("tickets")), (QList<qint64> { 3, 7 }));
    QCOMPARE(byTable.value(QStringLiteral("projects")), (QList<qint64> { 2 }));
    // Nothing left over.
    batcher.flush();
    QCOMPARE(rows.count(), 2);
}

void TestChangeBatcher::keylessTablesAskForAReload()
{
    ChangeBatcher batcher;
    QSignalSpy rows(&batcher, &ChangeBatcher::rowsChanged);
    QSignalSpy tables(&batcher, &ChangeBatcher::tableChanged);
    batcher.add(change(QStringLiteral("settings"), 0));
    batcher.add(change(QStringLiteral("settings"), 0));
    batcher.flush();
    QCOMPARE(tables.count(), 1);
    QCOMPARE(tables.at(0).at(0).toString(), QStringLiteral("settings"));
    QCOMPARE(rows.count(), 0);
}

void TestChangeBatcher::windowStartsAtTheFirstChange()
{
    // A stepped time source: the window is proven without waiting on the wall clock.
    qint64 now = 1000;
    ChangeBatcher batcher;
    batcher.setTimeSource([&now] { return now; });
    batcher.setWindow(std::chrono::milliseconds(200));
    QSignalSpy rows(&batcher, &ChangeBatcher::rowsChanged);
    batcher.flushIfDue(); // nothing pending: nothing to say
    QCOMPARE(rows.count(), 0);
    QVERIFY(!batcher.isPending());

    batcher.add(change(QStringLiteral("tickets"), 1));
    QVERIFY(batcher.isPending());
    now += 100;
    batcher.flushIfDue();
    QCOMPARE(rows.count(), 0);
    // A change inside the window joins the pending refetch and does not extend it.
    batcher.add(change(QStringLiteral("tickets"), 2));
    now += 99;
    batcher.flushIfDue();
    QCOMPARE(rows.count(), 0);
    now += 1; // 200 ms after the first change
    batcher.flushIfDue();
    QCOMPARE(rows.count(), 1);
    QCOMPARE(rows.at(0).at(1).value<QList<qint64>>(), (QList<qint64> { 1, 2 }));
    QVERIFY(!batcher.isPending());

    // The next change opens a new window from its own time.
    now += 1000;
    batcher.add(change(QStringLiteral("tickets"), 3));
    now += 199;
    batcher.flushIfDue();
    QCOMPARE(rows.count(), 1);
    now += 1;
    batcher.flushIfDue();
    QCOMPARE(rows.count(), 2);
    QCOMPARE(rows.at(1).at(1).value<QList<qint64>>(), (QList<qint64> { 3 }));
}

QTEST_GUILESS_MAIN(TestChangeBatcher)
#include "TestChangeBatcher.moc"
