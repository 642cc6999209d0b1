#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include "core/sla/SlaEngine.h"
#include "core/util/MoscowTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

using Run = test::ProcessRun;

Run ctl(const QStringList& arguments, const QByteArray& input = {})
{
    return test::runBuilt(QStringLiteral("dutydeskctl"), arguments, { input, {}, 60000 });
}

QString calendarFile(const QString& year)
{
    return test::sourceDir() + QStringLiteral("/resources/calendar/%1.xml").arg(year);
}

} // namespace

// dutydeskctl sla … and calendar …: output format, batch mode, one-line errors.
class TestSlaCli : public QObject
{
    Q_OBJECT

private slots:
    void deadline_data();
    void deadline();
    void deadlineAsJson();
    void errorsAreOneLineOnStderr_data();
    void errorsAreOneLineOnStderr();
    void batchKeepsOrderAndReportsBadLines();
    void batchAgreesWithTheEngine();
    void clocksOfAHistory_data();
    void clocksOfAHistory();
    void elapsedPrintsSeconds();
    void explainListsTheWindows();
    void calendarShow();
    void calendarCheck();
};

void TestSlaCli::deadline_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::newRow("Friday 15:30 standard")
        << QStringList { "--level", "standard", "--from", "2026-03-06T15:30" } << "2026-03-10T15:30:00+03:00\n";
    QTest::newRow("emergency on a holiday night")
        << QStringList { "--level", "emergency", "--from", "2026-05-09T21:00:00" } << "2026-05-10T07:00:00+03:00\n";
    QTest::newRow("Z input") << QStringList { "--level", "standard", "--from", "2026-03-03T05:00:00Z" }
                             << "2026-03-03T16:00:00+03:00\n";
    QTest::newRow("Omsk offset input") << QStringList { "--level", "urgent", "--from", "2026-03-03T16:00:00+06:00" }
                                       << "2026-03-04T07:00:00+03:00\n";
    QTest::newRow("tariff without its own row")
        << QStringList { "--level", "standard", "--tariff", "standard", "--from", "2026-03-03T10:00" }
        << "2026-03-04T10:00:00+03:00\n";
    QTest::newRow("tariff with its own row: premium, 4 working hours")
        << QStringList { "--level", "standard", "--tariff", "premium", "--from", "2026-03-03T10:00" }
        << "2026-03-03T14:00:00+03:00\n";
    QTest::newRow("full shortened days") << QStringList { "--level", "standard", "--no-shortened-days", "--from",
                                                          "2026-04-30T10:00" }
                                         << "2026-05-04T10:00:00+03:00\n";
}

void TestSlaCli::deadline()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const Run run = ctl(QStringList { "sla", "deadline" } + arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, output);
}

void TestSlaCli::deadlineAsJson()
{
    const Run run = ctl({ "--json", "sla", "deadline", "--level", "standard", "--from", "2026-03-06T15:30" });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value("deadline").toString(), "2026-03-10T15:30:00+03:00");
    QCOMPARE(object.value("level").toString(), "standard");
}

void TestSlaCli::errorsAreOneLineOnStderr_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown level") << QStringList { "sla",      "deadline", "--level",
                                                    "critical", "--from",   "2026-03-03T10:00" }
                                   << 2 << "critical";
    QTest::newRow("no level") << QStringList { "sla", "deadline", "--from", "2026-03-03T10:00" } << 2 << "--level";
    QTest::newRow("malformed instant") << QStringList { "sla",      "deadline", "--level",
                                                        "standard", "--from",   "2026-03-03 10h" }
                                       << 1 << "ISO 8601";
    QTest::newRow("impossible date") << QStringList { "sla",      "deadline", "--level",
                                                      "standard", "--from",   "2026-02-30T10:00" }
                                     << 1 << "2026-02-30";
    QTest::newRow("year without calendar")
        << QStringList { "sla", "deadline", "--level", "standard", "--from", "2028-03-03T10:00" } << 1 << "2028";
    QTest::newRow("deadline runs out of the calendar")
        << QStringList { "sla", "deadline", "--level", "standard", "--from", "2027-12-31T15:00" } << 1 << "2028";
    QTest::newRow("elapsed without --to")
        << QStringList { "sla", "elapsed", "--level", "standard", "--from", "2026-03-03T10:00" } << 2 << "--to";
    QTest::newRow("explain in 2023") << QStringList { "sla",       "explain", "--level",
                                                      "emergency", "--from",  "2023-06-01T10:00" }
                                     << 1 << "2023";
    QTest::newRow("unknown subcommand") << QStringList { "sla", "frobnicate" } << 2 << "frobnicate";
    QTest::newRow("unknown tariff") << QStringList { "sla",      "deadline", "--level", "standard",
                                                     "--tariff", "gold",     "--from",  "2026-03-03T10:00" }
                                    << 2 << "gold";
    QTest::newRow("clocks of a malformed history") << QStringList { "sla", "clocks" } << 2 << "JSON";
    QTest::newRow("clocks with a bad --now") << QStringList { "sla", "clocks", "--now", "soon" } << 2 << "soon";
    QTest::newRow("calendar without year") << QStringList { "calendar", "show", "2028" } << 1 << "2028";
    QTest::newRow("calendar not a year") << QStringList { "calendar", "show", "next" } << 2 << "next";
}

void TestSlaCli::errorsAreOneLineOnStderr()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("dutydeskctl: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
}

void TestSlaCli::batchKeepsOrderAndReportsBadLines()
{
    const QByteArray input = "2026-03-06T15:30\n"
                             "not an instant\n"
                             "2026-05-09T21:00:00+03:00\r\n"
                             "2028-01-10T10:00\n"
                             "2026-03-03T05:00:00Z"; // no final newline
    const Run run = ctl({ "sla", "deadline", "--level", "standard" }, input);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, "2026-03-10T15:30:00+03:00\n2026-05-12T16:00:00+03:00\n2026-03-03T16:00:00+03:00\n");
    const QStringList errors = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[0].startsWith(QStringLiteral("dutydeskctl: line 2: ")), qPrintable(errors[0]));
    QVERIFY2(errors[1].startsWith(QStringLiteral("dutydeskctl: line 4: ")) && errors[1].contains("2028"),
             qPrintable(errors[1]));

    const Run empty = ctl({ "sla", "deadline", "--level", "emergency" }, QByteArray());
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QString());
}

void TestSlaCli::batchAgreesWithTheEngine()
{
    // Many random instants, mixed shapes: the batch fast path against the engine and
    // formatMoscowIso, line by line.
    const SlaEngine engine(*ProductionCalendar::builtin());
    QRandomGenerator random(7);
    const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2027, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QByteArray input;
    QStringList expected;
    for (int i = 0; i < 5000; ++i) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(random.bounded(from, to), QTimeZone::utc());
        const QString text = i % 3 == 0 ? toMoscow(start).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            : i % 3 == 1                ? start.toString(Qt::ISODate)
                                        : start.toOffsetFromUtc(6 * 3600).toString(Qt::ISODate);
        input += text.toUtf8() + '\n';
        expected << formatMoscowIso(*engine.deadline(start, SlaLevel::Urgent));
    }
    const Run run = ctl({ "sla", "deadline", "--level", "urgent" }, input);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
}

void TestSlaCli::clocksOfAHistory_data()
{
    // The same hand-computed histories as TestClockRules, through the command line.
    QTest::addColumn<QJsonObject>("vector");
    QFile file(test::sourceDir() + QStringLiteral("/tests/data/clock-vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray vectors
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("vectors")).toArray();
    QVERIFY(!vectors.isEmpty());
    for (const auto& value : vectors) {
        QTest::newRow(value.toObject().value(QLatin1String("name")).toString().toUtf8().constData())
            << value.toObject();
    }
}

void TestSlaCli::clocksOfAHistory()
{
    QFETCH(QJsonObject, vector);
    QStringList arguments { "sla", "clocks", "--json", "--now", vector.value(QLatin1String("now")).toString() };
    if (vector.contains(QLatin1String("tariff"))) {
        arguments << QStringLiteral("--tariff") << vector.value(QLatin1String("tariff")).toString();
    }
    const QJsonObject history { { QStringLiteral("events"), vector.value(QLatin1String("events")) } };
    const Run run = ctl(arguments, QJsonDocument(history).toJson());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray clocks = QJsonDocument::fromJson(run.out.toUtf8()).array();
    const QJsonArray expected = vector.value(QLatin1String("clocks")).toArray();
    QCOMPARE(clocks.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject got = clocks.at(i).toObject();
        const QJsonObject want = expected.at(i).toObject();
        for (const char* field : { "kind", "level", "state", "deadline" }) {
            QCOMPARE(got.value(QLatin1String(field)), want.value(QLatin1String(field)));
        }
        for (const char* field : { "started", "stopped", "remaining_seconds", "error" }) {
            QVERIFY2(got.contains(QLatin1String(field)), field); // every field, null when there is none
        }
    }
}

void TestSlaCli::elapsedPrintsSeconds()
{
    const Run run
        = ctl({ "sla", "elapsed", "--level", "standard", "--from", "2026-03-06T15:30", "--to", "2026-03-10T15:30:01" });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, "28801\n");
    const Run emergency
        = ctl({ "sla", "elapsed", "--level", "emergency", "--from", "2026-03-07T00:00", "--to", "2026-03-09T00:00" });
    QCOMPARE(emergency.out, "100800\n");
}

void TestSlaCli::explainListsTheWindows()
{
    const Run run = ctl({ "--lang", "en", "sla", "explain", "--level", "standard", "--from", "2026-03-06T15:30" });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines[0].contains("2026-03-10T15:30:00+03:00"), qPrintable(lines[0]));
    QCOMPARE(lines[1], "  Fri 2026-03-06  15:30–16:00  0:30");
    QVERIFY2(lines[4].contains("2026-03-09") && lines[4].contains("transferred"), qPrintable(lines[4]));
    QCOMPARE(lines[5], "  Tue 2026-03-10  08:00–15:30  7:30");
    const Run json = ctl({ "--json", "sla", "explain", "--level", "standard", "--from", "2026-03-06T15:30" });
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value("windows").toArray().size(), 2);
    QCOMPARE(object.value("skipped").toArray().at(2).toObject().value("reason").toString(), "transfer");
}

void TestSlaCli::calendarShow()
{
    const Run run = ctl({ "--lang", "en", "calendar", "show", "2024" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("No. 1306"));
    // November 2024: 2 Nov a shortened working Saturday, 4 Nov a holiday.
    const int november = run.out.indexOf("November");
    QVERIFY(november > 0);
    const QString block = run.out.mid(november, run.out.indexOf("December") - november);
    QVERIFY2(block.contains("days off: 3, 4, 9, 10, 16, 17, 23, 24, 30\n"), qPrintable(block));
    QVERIFY2(block.contains("shortened days: 2\n"), qPrintable(block));
    QVERIFY2(block.contains("working weekend days: 2\n"), qPrintable(block));
    QVERIFY2(block.contains("working days: 21, working hours: 167\n"), qPrintable(block));
    QVERIFY2(run.out.contains("Year: 248 working days, 1979 working hours"), qPrintable(run.out));
}

void TestSlaCli::calendarCheck()
{
    const Run valid = ctl({ "calendar", "check", calendarFile("2026") });
    QCOMPARE(valid.exitCode, 0);
    QVERIFY2(valid.out.contains("247 working days"), qPrintable(valid.out));
    const Run wrongYear = ctl({ "calendar", "check", "--year", "2025", calendarFile("2026") });
    QCOMPARE(wrongYear.exitCode, 1);
    QVERIFY2(wrongYear.err.contains("line 3: "), qPrintable(wrongYear.err));

    QTemporaryDir dir;
    const QString path = dir.filePath("broken.xml");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<calendar year=\"2026\">\n<days>\n<day d=\"02.30\" t=\"1\"/>\n</days>\n</calendar>\n");
    file.close();
    const Run broken = ctl({ "calendar", "check", path });
    QCOMPARE(broken.exitCode, 1);
    QCOMPARE(broken.out, QString());
    QCOMPARE(broken.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(broken.err.contains("broken.xml: line 3: ") && broken.err.contains("02.30"), qPrintable(broken.err));
}

QTEST_GUILESS_MAIN(TestSlaCli)
#include "TestSlaCli.moc"
