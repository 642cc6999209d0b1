#include "core/util/DurationText.h"

#include <QTest>

using namespace dd;

// The one duration syntax of the CLI and the Administration window (4h, 90m, 1h30m).
class TestDurationText : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void formatsBack_data();
    void formatsBack();
};

void TestDurationText::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("hours") << "4h" << qint64(4 * 3600);
    QTest::newRow("minutes past an hour") << "90m" << qint64(90 * 60);
    QTest::newRow("hours and minutes") << "1h30m" << qint64(5400);
    QTest::newRow("seconds") << "45s" << qint64(45);
    QTest::newRow("all three units") << "2h15m30s" << qint64(2 * 3600 + 15 * 60 + 30);
    QTest::newRow("surrounding spaces") << " 8h " << qint64(8 * 3600);
    QTest::newRow("several days of working hours") << "40h" << qint64(40 * 3600);
}

void TestDurationText::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = parseDurationText(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, seconds);
}

void TestDurationText::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("bare number") << "90";
    QTest::newRow("zero") << "0h";
    QTest::newRow("units out of order") << "30m1h";
    QTest::newRow("unit twice") << "1h1h";
    QTest::newRow("unknown unit") << "2d";
    QTest::newRow("negative") << "-1h";
    QTest::newRow("decimal") << "1.5h";
}

void TestDurationText::refuses()
{
    QFETCH(QString, text);
    const auto parsed = parseDurationText(text);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(u"1h30m"));
}

void TestDurationText::formatsBack_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole hours") << qint64(4 * 3600) << "4h";
    QTest::newRow("hour and a half") << qint64(5400) << "1h30m";
    QTest::newRow("minutes only") << qint64(15 * 60) << "15m";
    QTest::newRow("seconds kept") << qint64(3601) << "1h1s";
    QTest::newRow("zero") << qint64(0) << "0m";
}

void TestDurationText::formatsBack()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(durationText(seconds), text);
    if (seconds > 0) {
        QCOMPARE(*parseDurationText(text), seconds);
    }
}

QTEST_GUILESS_MAIN(TestDurationText)
#include "TestDurationText.moc"
