#include "core/sla/QueueOrder.h"

#include <QTest>

using namespace dd;

// docs/rules.md#tickets: emergencies first (by deadline), then by arrival, first in first out.
class TestQueueOrder : public QObject
{
    Q_OBJECT

private slots:
    void orders_data();
    void orders();
    void isAStrictOrder();
};

void TestQueueOrder::orders_data()
{
    QTest::addColumn<bool>("aEmergency");
    QTest::addColumn<qint64>("aDeadline");
    QTest::addColumn<qint64>("aArrived");
    QTest::addColumn<bool>("bEmergency");
    QTest::addColumn<qint64>("bDeadline");
    QTest::addColumn<qint64>("bArrived");
    QTest::addColumn<bool>("aFirst");
    QTest::newRow("emergency before an older standard")
        << true << qint64(5000) << qint64(900) << false << qint64(1000) << qint64(100) << true;
    QTest::newRow("emergencies by deadline, not arrival")
        << true << qint64(7000) << qint64(100) << true << qint64(6000) << qint64(900) << false;
    QTest::newRow("emergency without a running clock after one with")
        << true << qint64(0) << qint64(100) << true << qint64(9000) << qint64(900) << false;
    QTest::newRow("standard first in, first out")
        << false << qint64(9000) << qint64(100) << false << qint64(1000) << qint64(200) << true;
}

void TestQueueOrder::orders()
{
    QFETCH(bool, aEmergency);
    QFETCH(qint64, aDeadline);
    QFETCH(qint64, aArrived);
    QFETCH(bool, bEmergency);
    QFETCH(qint64, bDeadline);
    QFETCH(qint64, bArrived);
    QFETCH(bool, aFirst);
    const QueueOrderKey a { aEmergency, aDeadline, aArrived, 1 };
    const QueueOrderKey b { bEmergency, bDeadline, bArrived, 2 };
    QCOMPARE(queueBefore(a, b), aFirst);
    QCOMPARE(queueBefore(b, a), !aFirst);
}

void TestQueueOrder::isAStrictOrder()
{
    const QueueOrderKey a { false, 0, 100, 7 };
    const QueueOrderKey b { false, 0, 100, 8 };
    QVERIFY(!queueBefore(a, a));
    QVERIFY(queueBefore(a, b)); // the number breaks a tie
    QVERIFY(!queueBefore(b, a));
}

QTEST_GUILESS_MAIN(TestQueueOrder)
#include "TestQueueOrder.moc"
