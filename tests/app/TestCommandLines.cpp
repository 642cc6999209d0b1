#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

using Run = test::ProcessRun;

Run run(const QString& program, const QStringList& arguments)
{
    return test::runBuilt(program, arguments, { {}, {}, 60000 });
}

} // namespace

class TestCommandLines : public QObject
{
    Q_OBJECT

private slots:
    void ctlWrongArgumentExitsTwo_data();
    void ctlWrongArgumentExitsTwo();
    void ctlHelpOnEveryLevel();
    void screenshotWritesPng_data();
    void screenshotWritesPng();
    void guiRefusesBadDatabase();
};

void TestCommandLines::ctlWrongArgumentExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList { "--frobnicate" };
    QTest::newRow("unknown command") << QStringList { "frobnicate" };
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("bad option after command") << QStringList { "version", "--frobnicate" };
    QTest::newRow("bad language") << QStringList { "--lang", "de", "version" };
}

void TestCommandLines::ctlWrongArgumentExitsTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(QStringLiteral("dutydeskctl"), arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    // One clear line on stderr.
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(result.err.startsWith(QStringLiteral("dutydeskctl: ")));
}

void TestCommandLines::ctlHelpOnEveryLevel()
{
    const Run top = run(QStringLiteral("dutydeskctl"), { QStringLiteral("--help") });
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains(QStringLiteral("version")));
    const Run sub = run(QStringLiteral("dutydeskctl"), { QStringLiteral("version"), QStringLiteral("--help") });
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains(QStringLiteral("--json")));
    const Run json = run(QStringLiteral("dutydeskctl"), { QStringLiteral("--json"), QStringLiteral("version") });
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.startsWith(QStringLiteral("{\"version\":")));
}

void TestCommandLines::screenshotWritesPng_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Russian") << "ru";
    QTest::newRow("English") << "en";
}

void TestCommandLines::screenshotWritesPng()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("window.png"));
    const Run result = run(QStringLiteral("dutydesk"),
                           { QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")),
                             QStringLiteral("--lang"), language, QStringLiteral("--screenshot"), png });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Not a blank canvas: the window has text and frames in more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY(colours.size() > 8);
}

void TestCommandLines::guiRefusesBadDatabase()
{
    const Run result = run(QStringLiteral("dutydesk"),
                           { QStringLiteral("--database"), QStringLiteral("mysql://x@y/z"),
                             QStringLiteral("--screenshot"), QStringLiteral("/dev/null") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("unsupported database")));

    // A typed path whose folder does not exist: an error naming it, no folder, no database.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("typo"));
    const Run missing = run(QStringLiteral("dutydesk"),
                            { QStringLiteral("--database"), folder + QStringLiteral("/dutydesk.sqlite"),
                              QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("window.png")) });
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(folder), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_GUILESS_MAIN(TestCommandLines)
#include "TestCommandLines.moc"
