#include "core/time/MoscowIsoCodec.h"
#include "core/util/MoscowTime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dd;

// The batch CLI's fast path must agree with parseInstant/formatMoscowIso everywhere.
class TestMoscowIsoCodec : public QObject
{
    Q_OBJECT

private slots:
    void agreesOnRandomInstants();
    void agreesOnEdgeInputs_data();
    void agreesOnEdgeInputs();
};

void TestMoscowIsoCodec::agreesOnRandomInstants()
{
    // A range wider than the codec's table, so the QDateTime fallback is exercised too;
    // 2010–2014 had other Moscow offsets (+04:00 and the change back to +03:00).
    const MoscowIsoCodec codec(2012, 2027);
    QRandomGenerator random(20260303);
    const qint64 from = QDateTime(QDate(2008, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const char* const offsets[] = { "", "Z", "+03:00", "+06:00", "-05:30", "+0300", "+14:00" };
    for (int i = 0; i < 20000; ++i) {
        const qint64 instant = random.bounded(from, to);
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(instant, QTimeZone::utc());
        std::string formatted;
        codec.format(instant, formatted);
        QCOMPARE(QString::fromStdString(formatted), formatMoscowIso(utc));

        const QString offset = QLatin1String(offsets[i % 7]);
        QString text = (offset.isEmpty() ? toMoscow(utc) : utc).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (i % 5 == 0) {
            text[10] = QLatin1Char(' ');
        }
        if (i % 3 == 0) {
            text.chop(3); // no seconds
        }
        text += offset;
        const auto expected = parseInstant(text);
        const auto actual = codec.parse(text.toStdString());
        QVERIFY(expected.ok());
        QVERIFY2(actual.ok(), qPrintable(text));
        QCOMPARE(*actual, expected->toSecsSinceEpoch());
    }
}

void TestMoscowIsoCodec::agreesOnEdgeInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Moscow midnight") << "2026-01-01T00:00:00";
    QTest::newRow("last second of the table") << "2027-12-31T23:59:59";
    QTest::newRow("outside the table") << "2031-06-01T10:00:00";
    QTest::newRow("fraction") << "2026-03-03T10:00:00.250+03:00";
    QTest::newRow("CRLF") << "2026-03-03T10:00:00\r\n";
    QTest::newRow("29 February leap") << "2024-02-29T12:00:00";
    QTest::newRow("29 February common") << "2026-02-29T12:00:00";
    QTest::newRow("hour 24") << "2026-03-03T24:00:00";
    QTest::newRow("minute 60") << "2026-03-03T10:60:00";
    QTest::newRow("month 13") << "2026-13-03T10:00:00";
    QTest::newRow("letters") << "2026-03-O3T10:00:00";
    QTest::newRow("date only") << "2026-03-03";
    QTest::newRow("empty") << "";
    QTest::newRow("offset without colon") << "2026-03-03T10:00:00-0230";
    QTest::newRow("bad offset") << "2026-03-03T10:00:00+3:00";
    QTest::newRow("offset 15 hours") << "2026-03-03T10:00:00+15:00";
    QTest::newRow("trailing junk") << "2026-03-03T10:00:00+03:00x";
}

void TestMoscowIsoCodec::agreesOnEdgeInputs()
{
    QFETCH(QString, text);
    const MoscowIsoCodec codec(2024, 2027);
    const auto expected = parseInstant(text);
    const auto actual = codec.parse(text.toStdString());
    QCOMPARE(actual.ok(), expected.ok());
    if (expected.ok()) {
        QCOMPARE(*actual, expected->toSecsSinceEpoch());
    } else {
        QCOMPARE(actual.error().message, expected.error().message);
    }
}

QTEST_GUILESS_MAIN(TestMoscowIsoCodec)
#include "TestMoscowIsoCodec.moc"
