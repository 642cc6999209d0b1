#include "tests/core/billing/BillingFixture.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include "core/billing/CsvWriter.h"
#include "core/billing/MonthlyReportCsv.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dd;
using dd::test::BillingFixture;

namespace {

using Run = test::ProcessRun;

Run run(const QString& program, const QStringList& arguments)
{
    return test::runProgram(program, arguments);
}

QString normalized(const QString& text)
{
    return text.simplified();
}

} // namespace

// dutydeskctl worklog and report against the hand-computed October data set.
class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesCsvThatParsesBack();
    void csvSpeaksRussianOnlyWhenAsked();
    void writesPdfWithTheClientOnARealPage();
    void refusesBadReportArguments_data();
    void refusesBadReportArguments();
    void logsWorkAndListsItsBilling();
    void refusesBadWorklogArguments_data();
    void refusesBadWorklogArguments();
    void worklogKeepsToTheTicketsTime();
    void ratesAndHandlesEscalations();

private:
    Run ctl(const QStringList& arguments) const;

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<BillingFixture> m_fixture;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_database, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_fixture.reset(); // the CLI opens the file itself
}

Run TestReportCli::ctl(const QStringList& arguments) const
{
    return run(test::programPath(QStringLiteral("dutydeskctl")),
               QStringList { QStringLiteral("--database"), m_database } + arguments);
}

void TestReportCli::writesCsvThatParsesBack()
{
    const QString path = m_dir.filePath(QStringLiteral("october.csv"));
    const Run r = ctl({ QStringLiteral("report"), QStringLiteral("month"), QStringLiteral("2026-10"),
                        QStringLiteral("--client"), BillingFixture::clientName(), QStringLiteral("--format"),
                        QStringLiteral("csv"), QStringLiteral("-o"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.outBytes.contains("27000.00"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto parsed = CsvReader::parse(bytes);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.rows.size(), 7);
    QCOMPARE(parsed.rows.first(), MonthlyReportCsv::header());
    QCOMPARE(parsed.rows.at(1).at(0), BillingFixture::clientName());
    QCOMPARE(parsed.rows.last().at(14), QStringLiteral("27000.00"));

    // An independent RFC 4180 reader agrees, when Python is there to ask.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!python.isEmpty()) {
        const Run py = run(python,
                           { QStringLiteral("-c"),
                             QStringLiteral("import csv,sys; rows=list(csv.reader(open(sys.argv[1], "
                                            "encoding='utf-8-sig', newline=''))); "
                                            "print(len(rows)); print(rows[1][0]); print(rows[-1][14])"),
                             path });
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const QStringList lines = py.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("7"));
        QCOMPARE(lines.value(1), BillingFixture::clientName());
        QCOMPARE(lines.value(2), QStringLiteral("27000.00"));
    }
}

// Issue 18: scripts get English titles and the spec's codes by default; --lang ru gives
// the Russian titles and words the console writes.
void TestReportCli::csvSpeaksRussianOnlyWhenAsked()
{
    const auto rows = [this](const QStringList& language, const QString& name) {
        const QString path = m_dir.filePath(name);
        const Run r
            = run(test::programPath(QStringLiteral("dutydeskctl")),
                  language
                      + QStringList { QStringLiteral("--database"), m_database, QStringLiteral("report"),
                                      QStringLiteral("month"), QStringLiteral("2026-10"), QStringLiteral("--client"),
                                      BillingFixture::clientName(), QStringLiteral("-o"), path });
        QFile file(path);
        return r.exitCode == 0 && file.open(QIODevice::ReadOnly) ? CsvReader::parse(file.readAll()).rows
                                                                 : QList<QStringList>();
    };
    const QList<QStringList> codes = rows({}, QStringLiteral("codes.csv"));
    QVERIFY(codes.size() > 2);
    QCOMPARE(codes.first().first(), QStringLiteral("client"));
    const int level = static_cast<int>(codes.first().indexOf(QStringLiteral("level")));
    const int sla = static_cast<int>(codes.first().indexOf(QStringLiteral("SLA")));
    QCOMPARE(codes.at(1).at(level), QStringLiteral("standard"));
    QCOMPARE(codes.at(1).at(sla), QStringLiteral("met"));

    const QList<QStringList> words = rows({ QStringLiteral("--lang"), QStringLiteral("ru") }, QStringLiteral("ru.csv"));
    QCOMPARE(words.size(), codes.size());
    QCOMPARE(words.first().first(), QStringLiteral("клиент"));
    QCOMPARE(words.at(1).at(level), QStringLiteral("стандартный"));
    QCOMPARE(words.at(1).at(sla), QStringLiteral("соблюдено"));
    QCOMPARE(words.last().at(4), QStringLiteral("Итого"));
    QCOMPARE(words.last().at(14), codes.last().at(14)); // the numbers stay as they are
}

void TestReportCli::writesPdfWithTheClientOnARealPage()
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftoppm.isEmpty() && !pdftotext.isEmpty(), "poppler-utils (pdftoppm, pdftotext) is required");
    const QString path = m_dir.filePath(QStringLiteral("october.pdf"));
    const Run r = ctl({ QStringLiteral("report"), QStringLiteral("month"), QStringLiteral("2026-10"),
                        QStringLiteral("--client"), BillingFixture::clientName(), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("-o"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The format may also come from the file name alone.
    const QString byName = m_dir.filePath(QStringLiteral("by-name.PDF"));
    const Run named = ctl({ QStringLiteral("report"), QStringLiteral("month"), QStringLiteral("2026-10"),
                            QStringLiteral("--client"), BillingFixture::clientName(), QStringLiteral("-o"), byName });
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    QFile other(byName);
    QVERIFY(other.open(QIODevice::ReadOnly) && other.read(5) == "%PDF-");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // For the docs: DUTYDESK_SCREENSHOT_DIR=…/docs keeps a copy of the report.
    if (const QString docs = qEnvironmentVariable("DUTYDESK_SCREENSHOT_DIR"); !docs.isEmpty()) {
        QFile::remove(QDir(docs).filePath(QStringLiteral("report-2026-10.pdf")));
        QVERIFY(QFile::copy(path, QDir(docs).filePath(QStringLiteral("report-2026-10.pdf"))));
    }
    const Run text = run(pdftotext, { path, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    const QString content = normalized(text.out);
    QVERIFY2(content.contains(BillingFixture::clientName()), qPrintable(content.left(600)));
    QVERIFY2(content.contains(QStringLiteral("Не работает корзина")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("Пётр Петров")));

    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    const Run pages
        = run(pdftoppm, { QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path, prefix });
    QCOMPARE(pages.exitCode, 0);
    QDir dir(m_dir.path());
    const QStringList images = dir.entryList({ QStringLiteral("page*.png") }, QDir::Files, QDir::Name);
    QVERIFY(!images.isEmpty());
    QImage page(dir.filePath(images.first()));
    QVERIFY(!page.isNull());
    // A4 portrait: about 1 : 1.414.
    QVERIFY(qAbs(static_cast<double>(page.height()) / page.width() - 1.414) < 0.02);
    qint64 dark = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    const double share = static_cast<double>(dark) / (static_cast<qint64>(page.width()) * page.height());
    QVERIFY2(share > 0.01, qPrintable(QStringLiteral("only %1 of the page is ink").arg(share)));
}

void TestReportCli::refusesBadReportArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString out = m_dir.filePath(QStringLiteral("x.csv"));
    QTest::newRow("month 13") << QStringList { "report", "month", "2026-13", "--client", "x", "-o", out } << 2;
    QTest::newRow("no client") << QStringList { "report", "month", "2026-10", "-o", out } << 2;
    QTest::newRow("no output") << QStringList { "report", "month", "2026-10", "--client", "x" } << 2;
    QTest::newRow("bad format") << QStringList { "report",   "month", "2026-10", "--client", "x",
                                                 "--format", "xls",   "-o",      out }
                                << 2;
    QTest::newRow("unknown client") << QStringList { "report", "month", "2026-10", "--client", "Никто", "-o", out }
                                    << 1;
    QTest::newRow("unknown subcommand") << QStringList { "report", "year" } << 2;
}

void TestReportCli::refusesBadReportArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run r = ctl(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestReportCli::logsWorkAndListsItsBilling()
{
    // Monday 12 October 15:00–18:00 on the urgent ticket #2: 1 h normal, 2 h double.
    const Run added = ctl({ QStringLiteral("worklog"), QStringLiteral("add"), QStringLiteral("2"),
                            QStringLiteral("--from"), QStringLiteral("2026-10-12T15:00"), QStringLiteral("--to"),
                            QStringLiteral("2026-10-12T18:00"), QStringLiteral("--user"), QStringLiteral("petrov"),
                            QStringLiteral("--note"), QStringLiteral("Выгрузка цен, «срочно»") });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    // The same ticket by duration: 45 minutes from Tuesday 15:30.
    const Run byDuration
        = ctl({ QStringLiteral("worklog"), QStringLiteral("add"), QStringLiteral("#2"), QStringLiteral("--from"),
                QStringLiteral("2026-10-13T15:30"), QStringLiteral("--duration"), QStringLiteral("45m"),
                QStringLiteral("--user"), QStringLiteral("petrov") });
    QVERIFY2(byDuration.exitCode == 0, qPrintable(byDuration.err));

    const Run listed
        = ctl({ QStringLiteral("--json"), QStringLiteral("worklog"), QStringLiteral("list"), QStringLiteral("2") });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray entries = listed.json().array();
    QCOMPARE(entries.size(), 4);
    const auto seconds
        = [&](int i, const char* key) { return entries.at(i).toObject().value(QLatin1String(key)).toInteger(); };
    // Fri 15:00–18:00, Sat 10:00–12:00, Mon 15:00–18:00, Tue 15:30–16:15.
    QCOMPARE(seconds(0, "normal_seconds"), 3600);
    QCOMPARE(seconds(0, "double_seconds"), 7200);
    QCOMPARE(seconds(1, "normal_seconds"), 0);
    QCOMPARE(seconds(1, "double_seconds"), 7200);
    QCOMPARE(seconds(2, "normal_seconds"), 3600);
    QCOMPARE(seconds(2, "double_seconds"), 7200);
    QCOMPARE(seconds(3, "normal_seconds"), 1800);
    QCOMPARE(seconds(3, "double_seconds"), 900);
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("note")).toString(),
             QStringLiteral("Выгрузка цен, «срочно»"));
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("user")).toString(), QStringLiteral("petrov"));
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("from")).toString().left(16),
             QStringLiteral("2026-10-12T15:00"));

    const Run text = ctl({ QStringLiteral("worklog"), QStringLiteral("list"), QStringLiteral("2") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("4")));
}

void TestReportCli::refusesBadWorklogArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("ends before it starts")
        << QStringList { "worklog",          "add",    "2",     "--from", "2026-10-12T18:00", "--to",
                         "2026-10-12T15:00", "--user", "petrov" }
        << 2;
    QTest::newRow("no times") << QStringList { "worklog", "add", "2", "--user", "petrov" } << 2;
    // As the console's work-log form reads them (workPeriodFromInput): all three must agree.
    QTest::newRow("start, end and duration disagree")
        << QStringList { "worklog",    "add", "2",      "--from", "2026-10-12T15:00", "--to", "2026-10-12T16:00",
                         "--duration", "2h",  "--user", "petrov" }
        << 2;
    QTest::newRow("bad duration") << QStringList { "worklog", "add", "2", "--duration", "soon", "--user", "petrov" }
                                  << 2;
    QTest::newRow("bad instant") << QStringList { "worklog",          "add",    "2",     "--from", "yesterday", "--to",
                                                  "2026-10-12T15:00", "--user", "petrov" }
                                 << 2;
    QTest::newRow("unknown ticket") << QStringList {
        "worklog", "add", "99", "--from", "2026-10-12T15:00", "--to", "2026-10-12T16:00", "--user", "petrov"
    } << 1;
    QTest::newRow("unknown user") << QStringList {
        "worklog", "add", "2", "--from", "2026-10-12T15:00", "--to", "2026-10-12T16:00", "--user", "nobody"
    } << 1;
    QTest::newRow("not a number") << QStringList { "worklog", "list", "abc" } << 1;
    QTest::newRow("unknown subcommand") << QStringList { "worklog", "edit" } << 2;
}

void TestReportCli::refusesBadWorklogArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run r = ctl(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestReportCli::worklogKeepsToTheTicketsTime()
{
    // Issue 18: #2 arrived on Friday 9 October at 15:00 Moscow; work before it is refused in words.
    const Run early = ctl(QStringList { "worklog", "add", "2", "--from", "2026-10-09T12:00", "--to", "2026-10-09T13:00",
                                        "--user", "petrov" });
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(QStringLiteral("before the ticket arrived at 09.10.2026 15:00")),
             qPrintable(early.err));
    QCOMPARE(early.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    // An end in the future (the database's clock).
    const Run future = ctl(
        QStringList { "worklog", "add", "2", "--from", "2030-01-09T10:00", "--duration", "1ч", "--user", "petrov" });
    QCOMPARE(future.exitCode, 1);
    QVERIFY2(future.err.contains(QStringLiteral("future")), qPrintable(future.err));
    // A Russian duration is read as typed.
    const Run russian = ctl(QStringList { "--json", "worklog", "add", "2", "--from", "2026-10-14T10:00", "--duration",
                                          "1,5 ч", "--user", "petrov" });
    QVERIFY2(russian.exitCode == 0, qPrintable(russian.err));
    QCOMPARE(russian.json().object().value(QLatin1String("seconds")).toInteger(), 5400);
}

void TestReportCli::ratesAndHandlesEscalations()
{
    const QStringList as { QStringLiteral("--as"), QStringLiteral("head") };
    // #3 is still in work: no rating yet.
    QCOMPARE(ctl(QStringList { "feedback", "rate", "3", "5" } + as).exitCode, 1);
    QCOMPARE(ctl(QStringList { "feedback", "rate", "1", "7" } + as).exitCode, 2);
    const Run fromReply = ctl(QStringList { "feedback", "rate", "1", "--reply", "Спасибо!\nОценка: 4" } + as);
    QVERIFY2(fromReply.exitCode == 0, qPrintable(fromReply.err));
    QVERIFY(fromReply.out.contains(QStringLiteral("4")));
    QCOMPARE(ctl(QStringList { "feedback", "rate", "1", "--reply", "Спасибо!" } + as).exitCode, 1);

    const Run open = ctl({ QStringLiteral("--json"), QStringLiteral("feedback"), QStringLiteral("escalations") });
    QCOMPARE(open.exitCode, 0);
    QJsonArray list = open.json().array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1String("ticket")).toInteger(), 3);
    QVERIFY(list.first().toObject().value(QLatin1String("handled_by")).isNull());

    QCOMPARE(ctl(QStringList { "feedback", "handle", "3" } + as).exitCode, 0);
    QCOMPARE(ctl(QStringList { "feedback", "handle", "3" } + as).exitCode, 1);
    const Run all = ctl({ QStringLiteral("--json"), QStringLiteral("feedback"), QStringLiteral("escalations"),
                          QStringLiteral("--all") });
    list = all.json().array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().toObject().value(QLatin1String("handled_by")).toString(), QStringLiteral("Ирина Head"));
    QCOMPARE(ctl(QStringList { "feedback", "reopen", "1" } + as).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "TestReportCli.moc"
