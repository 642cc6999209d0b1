#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include "core/schema/SchemaCatalog.h"
#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

using Run = test::ProcessRun;

Run ctl(const QStringList& arguments, const QByteArray& input = {})
{
    return test::runBuilt(QStringLiteral("dutydeskctl"), arguments, { input, {}, 60000 });
}

QString shippedFile(int year)
{
    return test::sourceDir() + QStringLiteral("/resources/calendar/%1.xml").arg(year);
}

// The shipped 2026 as a new decree might amend it: Monday 4 May off.
QByteArray amended2026()
{
    CalendarYear year = *ProductionCalendar::builtin()->year(2026);
    year.setKind(QDate(2026, 5, 4), DayKind::DayOff);
    year.setSource(QStringLiteral("Test decree No. 7"));
    return writeXmlCalendar(year);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QString path = dir.filePath(name); // returned by move
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

QJsonObject json(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonArray daysOffInMay(const Run& show)
{
    return json(show).value("months").toArray().at(4).toObject().value("daysOff").toArray();
}

// What the database holds for a year, read in-process.
std::optional<StoredCalendarYear> storedYear(const QString& path, int year)
{
    Database::Options options;
    options.installServerClock = false;
    auto database = SchemaCatalog::open(*DatabaseLocation::parse(path), options);
    if (!database) {
        return std::nullopt;
    }
    auto found = CalendarRepository(**database).find(year);
    return found ? *found : std::nullopt;
}

} // namespace

// dutydeskctl calendar import/show and sla … --database on a stored calendar (SQLite):
// an imported year replaces the shipped one for every command that uses the database.
class TestCalendarCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importThenShow();
    void deadlineHonoursTheImportedYear();
    void brokenFileStoresNothing_data();
    void brokenFileStoresNothing();
    void reimportReplacesTheYear();
    void onlyAdministratorsImport();
    void missingDatabaseFileMeansTheShippedCalendar();

private:
    QTemporaryDir m_dir;
    QString m_amended;
};

void TestCalendarCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_amended = writeFile(m_dir, QStringLiteral("amended-2026.xml"), amended2026());
    QVERIFY(!m_amended.isEmpty());
}

void TestCalendarCli::importThenShow()
{
    const QString db = m_dir.filePath("show.sqlite");
    const Run imported = ctl({ "--lang", "en", "calendar", "import", "--database", db, m_amended });
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);
    // The shipped 2026 has 118 days off; the decree adds one.
    QVERIFY2(imported.out.contains("Stored the production calendar for 2026") && imported.out.contains(db)
                 && imported.out.contains("119 days off, 4 shortened days, 0 working weekend days"),
             qPrintable(imported.out));

    const Run shown = ctl({ "--json", "calendar", "show", "--database", db, "2026" });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(json(shown).value("origin").toString(), "imported");
    QCOMPARE(json(shown).value("source").toString(), "Test decree No. 7");
    QVERIFY2(daysOffInMay(shown).contains(4), qPrintable(shown.out));

    const Run text = ctl({ "--lang", "en", "calendar", "show", "--database", db, "2026" });
    QVERIFY2(text.out.contains("Test decree No. 7\nStored in the database (imported by "), qPrintable(text.out));
    // Years nobody imported stay the shipped ones.
    const Run other = ctl({ "--json", "calendar", "show", "--database", db, "2025" });
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(json(other).value("origin").toString(), "builtin");
}

void TestCalendarCli::deadlineHonoursTheImportedYear()
{
    const QString db = m_dir.filePath("deadline.sqlite");
    const QStringList deadline { "sla", "deadline", "--database", db, "--level", "standard" };
    QCOMPARE(ctl({ "calendar", "import", "--database", db, shippedFile(2026) }).exitCode, 0);
    QCOMPARE(ctl(deadline + QStringList { "--from", "2026-05-04T08:00" }).out, "2026-05-04T16:00:00+03:00\n");

    QCOMPARE(ctl({ "calendar", "import", "--database", db, m_amended }).exitCode, 0);
    const Run single = ctl(deadline + QStringList { "--from", "2026-05-04T08:00" });
    QCOMPARE(single.err, QString());
    QCOMPARE(single.out, "2026-05-05T16:00:00+03:00\n");
    // The batch mode reads the same calendar.
    const Run batch = ctl(deadline, "2026-05-04T08:00:00\n2026-04-30T15:00:00\n");
    QCOMPARE(batch.exitCode, 0);
    QCOMPARE(batch.out, "2026-05-05T16:00:00+03:00\n2026-05-05T16:00:00+03:00\n");
    // And the explanation names the new day off.
    const Run explained = ctl(
        { "--lang", "en", "sla", "explain", "--database", db, "--level", "standard", "--from", "2026-05-04T09:00" });
    QVERIFY2(explained.out.contains("Mon 2026-05-04  day off"), qPrintable(explained.out));
    QVERIFY2(explained.out.contains("Tue 2026-05-05  08:00–16:00  8:00"), qPrintable(explained.out));
}

void TestCalendarCli::brokenFileStoresNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("fragment");
    const QByteArray whole = amended2026();
    const QByteArray mayFourth = "<day d=\"05.04\" t=\"1\"/>";
    QVERIFY(whole.contains(mayFourth));
    QByteArray impossible = whole;
    impossible.replace(mayFourth, mayFourth + "<day d=\"02.30\" t=\"1\"/>");
    QTest::newRow("impossible date") << impossible << QStringList {} << "02.30";
    QTest::newRow("truncated") << whole.left(whole.size() / 2) << QStringList {} << "truncated";
    QByteArray unknownType = whole;
    unknownType.replace(mayFourth, "<day d=\"05.04\" t=\"7\"/>");
    QTest::newRow("unknown day type") << unknownType << QStringList {} << "t=";
    QTest::newRow("another year than asked") << whole << QStringList { "--year", "2027" } << "2027";
}

void TestCalendarCli::brokenFileStoresNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QString, fragment);
    const QString db = m_dir.filePath(QStringLiteral("broken-%1.sqlite").arg(QTest::currentDataTag()));
    QCOMPARE(ctl({ "calendar", "import", "--database", db, m_amended }).exitCode, 0);
    const auto before = storedYear(db, 2026);
    QVERIFY(before && before->version == 1);

    const QString path = writeFile(m_dir, QStringLiteral("broken.xml"), content);
    const Run refused
        = ctl(QStringList { "--lang", "en", "calendar", "import", "--database", db } + options + QStringList { path });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(refused.err.contains("broken.xml") && refused.err.contains(fragment), qPrintable(refused.err));

    const auto after = storedYear(db, 2026);
    QVERIFY(after);
    QCOMPARE(after->version, before->version);
    QCOMPARE(after->year.source(), QStringLiteral("Test decree No. 7"));
    QCOMPARE(writeXmlCalendar(after->year), writeXmlCalendar(before->year));
    QCOMPARE(after->year.kind(QDate(2026, 5, 4)), DayKind::DayOff);
}

void TestCalendarCli::reimportReplacesTheYear()
{
    const QString db = m_dir.filePath("reimport.sqlite");
    QCOMPARE(ctl({ "calendar", "import", "--database", db, m_amended }).exitCode, 0);
    const Run again = ctl({ "--json", "calendar", "import", "--database", db, shippedFile(2026) });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(json(again).value("version").toInt(), 2);
    QCOMPARE(json(again).value("daysOff").toInt(), 118);
    const Run shown = ctl({ "--json", "calendar", "show", "--database", db, "2026" });
    QVERIFY2(!daysOffInMay(shown).contains(4), qPrintable(shown.out));
    QVERIFY(json(shown).value("source").toString().contains("No. 1466"));
}

void TestCalendarCli::onlyAdministratorsImport()
{
    const QString db = m_dir.filePath("admins.sqlite");
    QCOMPARE(ctl({ "user", "add", "alex", "--role", "admin", "--database", db }).exitCode, 0);
    QCOMPARE(ctl({ "user", "add", "anna", "--role", "engineer", "--database", db, "--as", "alex" }).exitCode, 0);

    const Run refused = ctl({ "--lang", "en", "calendar", "import", "--database", db, "--as", "anna", m_amended });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("only an administrator"), qPrintable(refused.err));
    QVERIFY(!storedYear(db, 2026));

    const Run stored = ctl({ "calendar", "import", "--database", db, "--as", "alex", m_amended });
    QCOMPARE(stored.exitCode, 0);
    const auto year = storedYear(db, 2026);
    QVERIFY(year);
    QCOMPARE(year->loadedBy, QStringLiteral("alex"));
    QVERIFY(year->loadedById > 0);
    QCOMPARE(year->source, CalendarSource::Imported);
}

void TestCalendarCli::missingDatabaseFileMeansTheShippedCalendar()
{
    // Nothing can have been imported into a file that does not exist; reading the
    // calendar does not create it.
    const QString db = m_dir.filePath("none.sqlite");
    const Run shown = ctl({ "--json", "calendar", "show", "--database", db, "2026" });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(json(shown).value("origin").toString(), "builtin");
    const Run deadline
        = ctl({ "sla", "deadline", "--database", db, "--level", "standard", "--from", "2026-05-04T08:00" });
    QCOMPARE(deadline.out, "2026-05-04T16:00:00+03:00\n");
    QVERIFY(!QFile::exists(db));
}

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "TestCalendarCli.moc"
