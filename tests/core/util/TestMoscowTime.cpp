#include "core/util/MoscowTime.h"

#include <QTest>

using namespace dd;

class TestMoscowTime : public QObject
{
    Q_OBJECT

private slots:
    void parsesInstants_data();
    void parsesInstants();
    void refusesMalformedInput_data();
    void refusesMalformedInput();
    void formatsInMoscowWhateverTheDesktopZone();
};

void TestMoscowTime::parsesInstants_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("utc");
    QTest::newRow("no offset means Moscow") << "2026-03-03T10:00:00"
                                            << "2026-03-03T07:00:00Z";
    QTest::newRow("no seconds") << "2026-03-03T10:00"
                                << "2026-03-03T07:00:00Z";
    QTest::newRow("space separator") << "2026-03-03 10:00:00"
                                     << "2026-03-03T07:00:00Z";
    QTest::newRow("Z") << "2026-03-03T10:00:00Z"
                       << "2026-03-03T10:00:00Z";
    QTest::newRow("Omsk offset") << "2026-03-03T16:00:00+06:00"
                                 << "2026-03-03T10:00:00Z";
    QTest::newRow("negative offset") << "2026-03-03T05:00:00-05:00"
                                     << "2026-03-03T10:00:00Z";
    QTest::newRow("surrounding blanks") << "  2026-03-03T10:00:00+03:00\n"
                                        << "2026-03-03T07:00:00Z";
}

void TestMoscowTime::parsesInstants()
{
    QFETCH(QString, input);
    QFETCH(QString, utc);
    const auto parsed = parseInstant(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->toString(Qt::ISODate), utc);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestMoscowTime::refusesMalformedInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("date only") << "2026-03-03";
    QTest::newRow("words") << "tomorrow";
    QTest::newRow("month 13") << "2026-13-03T10:00:00";
    QTest::newRow("February 30") << "2026-02-30T10:00:00";
    QTest::newRow("hour 25") << "2026-03-03T25:00:00";
    QTest::newRow("trailing garbage") << "2026-03-03T10:00:00+03:00x";
}

void TestMoscowTime::refusesMalformedInput()
{
    QFETCH(QString, input);
    const auto parsed = parseInstant(input);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestMoscowTime::formatsInMoscowWhateverTheDesktopZone()
{
    // The test runs with TZ=Asia/Omsk (UTC+6); Moscow is UTC+3.
    const QDateTime utc(QDate(2026, 3, 3), QTime(7, 0), Qt::UTC);
    QCOMPARE(formatMoscowIso(utc), QStringLiteral("2026-03-03T10:00:00+03:00"));
}

QTEST_GUILESS_MAIN(TestMoscowTime)
#include "TestMoscowTime.moc"
