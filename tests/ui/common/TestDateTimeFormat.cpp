#include "ui/common/DateTimeFormat.h"

#include "core/util/Translations.h"

#include <QTest>
#include <QTimeZone>

using namespace dd;

// One date and time style in the console (issue 18): the locale's short date and time in
// Moscow time; the desktop's own time only in tooltips, and only when it differs. The
// suite runs with TZ=Asia/Omsk (UTC+6, Moscow is UTC+3).
class TestDateTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void moscowText_data();
    void moscowText();
    void compactDropsOnlyTheYear();
    void localTimeOnlyInTheTooltip();
    void sameZoneNeedsNoTooltip();
    void invalidIsEmpty();
};

namespace {
const QLocale russian(QLocale::Russian, QLocale::Russia);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);
} // namespace

void TestDateTimeFormat::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestDateTimeFormat::moscowText_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shown");
    const QDateTime morning(QDate(2026, 12, 2), QTime(0, 37, 15), Qt::UTC);
    QTest::newRow("Russian, Moscow is ahead of UTC") << morning << russian << QStringLiteral("02.12.2026 03:37");
    QTest::newRow("English, same instant") << morning << english << QStringLiteral("02/12/2026 03:37");
    // 22:30 UTC on the 31st is already the next year in Moscow.
    QTest::newRow("Russian, New Year's night")
        << QDateTime(QDate(2026, 12, 31), QTime(22, 30), Qt::UTC) << russian << QStringLiteral("01.01.2027 01:30");
    QTest::newRow("a local instant is converted, not relabelled")
        << QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone("Asia/Omsk")) << russian
        << QStringLiteral("02.12.2026 09:00");
}

void TestDateTimeFormat::moscowText()
{
    QFETCH(QDateTime, instant);
    QFETCH(QLocale, locale);
    QFETCH(QString, shown);
    QCOMPARE(formatMoscowDateTime(instant, locale), shown);
    QVERIFY(!formatMoscowDateTime(instant, locale).contains(QLatin1Char('T')));
}

void TestDateTimeFormat::compactDropsOnlyTheYear()
{
    const QDateTime instant(QDate(2026, 11, 29), QTime(8, 5), Qt::UTC);
    QCOMPARE(formatMoscowDateTimeCompact(instant, russian), QStringLiteral("29.11 11:05"));
    QCOMPARE(formatMoscowDateTimeCompact(instant, english), QStringLiteral("29/11 11:05"));
    QCOMPARE(formatDayMonth(QDate(2026, 9, 7), russian), QStringLiteral("07.09"));
    QVERIFY(formatMoscowDateTimeCompact(QDateTime(), russian).isEmpty());
    // Editors show what the cells show.
    const QDateTime moscow(QDate(2026, 11, 29), QTime(11, 5), QTimeZone("Europe/Moscow"));
    QCOMPARE(moscow.toString(editorFormat(true, russian)), formatMoscowDateTime(instant, russian));
    QCOMPARE(moscow.date().toString(editorFormat(false, russian)), QStringLiteral("29.11.2026"));
}

void TestDateTimeFormat::localTimeOnlyInTheTooltip()
{
    installTranslations(QStringLiteral("ru"));
    const QDateTime instant(QDate(2026, 12, 2), QTime(7, 37), Qt::UTC);
    // Omsk is three hours ahead of Moscow: the tooltip gives the engineer's own time.
    QCOMPARE(localTimeToolTip(instant, russian), QStringLiteral("Ваше время: 02.12.2026 13:37"));
    QCOMPARE(moscowDateTimeToolTip(instant, russian),
             QStringLiteral("02.12.2026 10:37 по Москве\nВаше время: 02.12.2026 13:37"));
    QVERIFY(!formatMoscowDateTime(instant, russian).contains(QStringLiteral("13:37")));
}

void TestDateTimeFormat::sameZoneNeedsNoTooltip()
{
    installTranslations(QStringLiteral("en"));
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Moscow");
    tzset();
    const QDateTime instant(QDate(2026, 12, 2), QTime(7, 37), Qt::UTC);
    const QString local = localTimeToolTip(instant, english);
    const QString tip = moscowDateTimeToolTip(instant, english);
    qputenv("TZ", zone);
    tzset();
    QVERIFY2(local.isEmpty(), qPrintable(local));
    QCOMPARE(tip, QStringLiteral("02/12/2026 10:37 Moscow time"));
    QVERIFY(!localTimeToolTip(instant, english).isEmpty()); // back in Omsk
}

void TestDateTimeFormat::invalidIsEmpty()
{
    QVERIFY(formatMoscowDateTime(QDateTime(), russian).isEmpty());
    QVERIFY(localTimeToolTip(QDateTime(), russian).isEmpty());
    QVERIFY(moscowDateTimeToolTip(QDateTime(), russian).isEmpty());
    QVERIFY(formatDate(QDate(), russian).isEmpty());
    QCOMPARE(formatDate(QDate(2026, 5, 9), russian), QStringLiteral("09.05.2026"));
}

QTEST_GUILESS_MAIN(TestDateTimeFormat)
#include "TestDateTimeFormat.moc"
