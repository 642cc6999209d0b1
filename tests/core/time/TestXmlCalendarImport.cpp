#include "core/time/ProductionCalendar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

QByteArray wrap(const QByteArray& days, const QByteArray& year = "2026")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<calendar year=\""
        + year
        + "\" lang=\"ru\" date=\"2025.09.24\" country=\"ru\">\n"
          "  <holidays><holiday id=\"1\" title=\"New Year\"/></holidays>\n"
          "  <days>\n"
        + days
        + "  </days>\n"
          "</calendar>\n";
}

} // namespace

// Import of the xmlcalendar format: every malformed file is refused with its line.
class TestXmlCalendarImport : public QObject
{
    Q_OBJECT

private slots:
    void readsAValidFile();
    void refusesMalformedFiles_data();
    void refusesMalformedFiles();
    void refusalLeavesTheCalendarUntouched();
    void writtenFileReadsBackTheSame_data();
    void writtenFileReadsBackTheSame();
    void readsFromDisk();
};

void TestXmlCalendarImport::readsAValidFile()
{
    const auto year = readXmlCalendar(wrap("    <day d=\"01.01\" t=\"1\" h=\"1\"/>\n"
                                           "    <day d=\"03.09\" t=\"1\" f=\"03.08\"/>\n"
                                           "    <day d=\"04.30\" t=\"2\"/>\n"
                                           "    <day d=\"02.21\" t=\"3\" f=\"01.02\"/>\n"),
                                      2026);
    QVERIFY2(year.ok(), qPrintable(year.ok() ? QString() : year.error().toString()));
    QCOMPARE(year->year(), 2026);
    QCOMPARE(year->kind(QDate(2026, 1, 1)), DayKind::DayOff);
    QCOMPARE(year->kind(QDate(2026, 3, 9)), DayKind::DayOff);
    QCOMPARE(year->kind(QDate(2026, 4, 30)), DayKind::Shortened);
    QCOMPARE(year->kind(QDate(2026, 2, 21)), DayKind::WorkingWeekend);
    QCOMPARE(year->kind(QDate(2026, 2, 22)), DayKind::DayOff); // an unlisted Sunday
    QCOMPARE(year->kind(QDate(2026, 2, 24)), DayKind::Working); // an unlisted Tuesday
    QVERIFY(year->isHoliday(QDate(2026, 1, 1)));
    QVERIFY(!year->isHoliday(QDate(2026, 3, 9)));
}

void TestXmlCalendarImport::refusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<calendars year=\"2026\"><days/></calendars>\n")
                                << 2 << "<calendars>";
    QTest::newRow("year mismatch") << wrap("    <day d=\"01.01\" t=\"1\"/>\n", "2025") << 2 << "2025, expected 2026";
    QTest::newRow("no year") << QByteArray("<calendar lang=\"ru\">\n<days/>\n</calendar>\n") << 1 << "year";
    QTest::newRow("year not a number") << wrap("", "20x6") << 2 << "20x6";
    QTest::newRow("unknown t") << wrap("    <day d=\"01.01\" t=\"1\"/>\n    <day d=\"01.02\" t=\"4\"/>\n") << 6
                               << "t=“4”";
    QTest::newRow("missing t") << wrap("    <day d=\"01.02\"/>\n") << 5 << "t=“”";
    QTest::newRow("impossible date 02.30") << wrap("    <day d=\"02.30\" t=\"1\"/>\n") << 5 << "02.30";
    QTest::newRow("impossible month 13") << wrap("\n\n    <day d=\"13.01\" t=\"1\"/>\n") << 7 << "13.01";
    QTest::newRow("29 February of a common year") << wrap("    <day d=\"02.29\" t=\"1\"/>\n") << 5 << "02.29";
    QTest::newRow("date without zero padding") << wrap("    <day d=\"1.1\" t=\"1\"/>\n") << 5 << "1.1";
    QTest::newRow("duplicate date") << wrap("    <day d=\"05.01\" t=\"1\"/>\n    <day d=\"05.01\" t=\"2\"/>\n") << 6
                                    << "2026-05-01";
    QTest::newRow("truncated") << wrap("    <day d=\"01.01\" t=\"1\"/>\n    <day d=\"01.02\" t=\"1\"/>\n").left(200)
                               << 6 << "truncated";
    QTest::newRow("not XML") << QByteArray("year,date\n2026,01.01\n") << 1 << "malformed XML";
    QTest::newRow("no days element") << QByteArray("<calendar year=\"2026\">\n<holidays/>\n</calendar>\n") << 3
                                     << "<days>";
    QTest::newRow("garbage after root") << wrap("    <day d=\"01.01\" t=\"1\"/>\n") + "<extra/>\n" << 8 << "XML";
}

void TestXmlCalendarImport::refusesMalformedFiles()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const auto year = readXmlCalendar(xml, 2026);
    QVERIFY(!year.ok());
    QVERIFY2(year.error().message.contains(fragment), qPrintable(year.error().toString()));
    QCOMPARE(year.error().line, line);
    QVERIFY(year.error().toString().startsWith(QStringLiteral("line %1: ").arg(line)));
}

void TestXmlCalendarImport::refusalLeavesTheCalendarUntouched()
{
    const auto builtin = ProductionCalendar::builtin();
    QVERIFY(builtin.ok());
    ProductionCalendar calendar = *builtin;
    const auto before = calendar.year(2026);
    // The bad day comes after good ones that would change 2026 if applied one by one.
    const auto year = readXmlCalendar(wrap("    <day d=\"03.04\" t=\"1\"/>\n    <day d=\"03.05\" t=\"9\"/>\n"));
    QVERIFY(!year.ok());
    if (year.ok()) {
        calendar.setYear(*year);
    }
    QCOMPARE(*calendar.dayKind(QDate(2026, 3, 4)), DayKind::Working);
    QVERIFY(*calendar.year(2026) == *before);
}

void TestXmlCalendarImport::writtenFileReadsBackTheSame_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2024; year <= 2027; ++year) {
        QTest::newRow(qPrintable(QString::number(year))) << year;
    }
}

void TestXmlCalendarImport::writtenFileReadsBackTheSame()
{
    QFETCH(int, year);
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY(calendar.ok());
    const CalendarYear original = *calendar->year(year);
    const auto reread = readXmlCalendar(writeXmlCalendar(original), year);
    QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().toString()));
    QCOMPARE(reread->source(), original.source());
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        QCOMPARE(reread->kind(date), original.kind(date));
        QCOMPARE(reread->isHoliday(date), original.isHoliday(date));
    }
}

void TestXmlCalendarImport::readsFromDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2026.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(wrap("    <day d=\"03.09\" t=\"1\"/>\n"));
    file.close();
    const auto year = readXmlCalendarFile(path);
    QVERIFY(year.ok());
    QCOMPARE(year->kind(QDate(2026, 3, 9)), DayKind::DayOff);
    const auto missing = readXmlCalendarFile(dir.filePath(QStringLiteral("nope.xml")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("nope.xml")));
}

QTEST_GUILESS_MAIN(TestXmlCalendarImport)
#include "TestXmlCalendarImport.moc"
