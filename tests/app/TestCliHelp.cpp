#include "tests/support/ProcessRunner.h"

#include <QRegularExpression>
#include <QTest>

using namespace dd;

namespace {

using Run = test::ProcessRun;

Run ctl(const QStringList& arguments)
{
    // English, so the section headings below read the same on every machine.
    return test::runBuilt(QStringLiteral("dutydeskctl"),
                          QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments);
}

// The first words of the lines under `heading` ("Commands:", "Options:") up to the next blank line.
QStringList section(const QString& help, const QString& heading)
{
    QStringList words;
    bool inside = false;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (line == heading) {
            inside = true;
        } else if (inside && line.trimmed().isEmpty()) {
            break;
        } else if (inside) {
            words << line.trimmed().section(QLatin1Char(' '), 0, 0);
        }
    }
    return words;
}

// "--from T1  Start …" and "-o, --output FILE  …" → "--from", "--output".
QStringList optionFlags(const QString& help)
{
    QStringList flags;
    bool inside = false;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Options:")) {
            inside = true;
        } else if (inside && !line.trimmed().isEmpty()) {
            const auto match = QRegularExpression(QStringLiteral("--[a-z-]+")).match(line);
            if (match.hasMatch()) {
                flags << match.captured();
            }
        }
    }
    return flags;
}

} // namespace

// Every subcommand is declared once, in its group's table: its --help is made from the entry
// (a usage line naming every option the entry lists) and a wrong option is one line, exit 2.
class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void everySubcommandAnswersHelp_data();
    void everySubcommandAnswersHelp();
    void unknownOptionIsOneLine_data();
    void unknownOptionIsOneLine();
    void missingArgumentNamesTheUsage();

private:
    // {"ticket", "list"}, …, and {"version"} for a command without subcommands.
    static QList<QStringList> allCommandLines();
};

QList<QStringList> TestCliHelp::allCommandLines()
{
    const Run top = ctl({ QStringLiteral("--help") });
    if (top.exitCode != 0) {
        return {};
    }
    QList<QStringList> lines;
    for (const QString& command : section(top.out, QStringLiteral("Commands:"))) {
        const Run group = ctl({ command, QStringLiteral("--help") });
        const QStringList subcommands = section(group.out, QStringLiteral("Commands:"));
        if (subcommands.isEmpty()) {
            lines << QStringList { command };
        }
        for (const QString& sub : subcommands) {
            lines << QStringList { command, sub };
        }
    }
    return lines;
}

void TestCliHelp::everySubcommandAnswersHelp_data()
{
    QTest::addColumn<QStringList>("words");
    const QList<QStringList> lines = allCommandLines();
    // Every group of dutydeskctl --help, with its subcommands: far more than a handful.
    QVERIFY2(lines.size() > 60, qPrintable(QString::number(lines.size())));
    for (const QStringList& words : lines) {
        QTest::newRow(qPrintable(words.join(QLatin1Char(' ')))) << words;
    }
}

void TestCliHelp::everySubcommandAnswersHelp()
{
    QFETCH(QStringList, words);
    const Run help = ctl(words + QStringList { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.err.isEmpty());
    const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(usage.startsWith(QStringLiteral("Usage: dutydeskctl ") + words.join(QLatin1Char(' '))), qPrintable(usage));
    const QStringList flags = optionFlags(help.out);
    QVERIFY(flags.contains(QStringLiteral("--database")));
    QVERIFY(flags.contains(QStringLiteral("--json")));
    QVERIFY(flags.contains(QStringLiteral("--help")));
    for (const QString& flag : flags) {
        if (flag != QLatin1String("--help")) {
            QVERIFY2(usage.contains(QLatin1Char('[') + flag), qPrintable(flag + QStringLiteral(" not in ") + usage));
        }
    }
}

void TestCliHelp::unknownOptionIsOneLine_data()
{
    everySubcommandAnswersHelp_data();
}

void TestCliHelp::unknownOptionIsOneLine()
{
    QFETCH(QStringList, words);
    const Run run = ctl(words + QStringList { QStringLiteral("--frobnicate") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("dutydeskctl: ")), qPrintable(run.err));
}

void TestCliHelp::missingArgumentNamesTheUsage()
{
    // The usage line comes from the table, so a missing TICKET is named without a database.
    const Run run = ctl({ QStringLiteral("worklog"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("dutydeskctl: usage: dutydeskctl worklog list TICKET")),
             qPrintable(run.err));
    const Run extra = ctl({ QStringLiteral("version"), QStringLiteral("now") });
    QCOMPARE(extra.exitCode, 2);
    QVERIFY2(extra.err.contains(QStringLiteral("“now”")), qPrintable(extra.err));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "TestCliHelp.moc"
