#include "tests/core/regression/RegressionFixture.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include "core/storage/TicketRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace dd;

namespace {

using Run = test::ProcessRun;

} // namespace

// dutydeskctl testing … against a database the fixture filled, as a tester would script it.
class TestRegressionCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dueListsOpenRunsAsOfADate();
    void wrongArgumentsExitTwo_data();
    void wrongArgumentsExitTwo();
    void logsARunItemByItem();
    void failedItemBecomesATicket();
    void icsParsesBackWithLibical();
    void checklistIsEditablePerProject();

private:
    Run ctl(const QStringList& arguments) const;
    qint64 startRun();

    std::unique_ptr<test::RegressionFixture> m_fixture;
};

void TestRegressionCli::init()
{
    QString error;
    m_fixture = std::make_unique<test::RegressionFixture>(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRegressionCli::cleanup()
{
    m_fixture.reset();
}

Run TestRegressionCli::ctl(const QStringList& arguments) const
{
    return test::runBuilt(QStringLiteral("dutydeskctl"),
                          QStringList { QStringLiteral("--database"), m_fixture->path() } + arguments,
                          { {}, {}, 60000 });
}

qint64 TestRegressionCli::startRun()
{
    const Run started = ctl({ "testing", "start", "rybolov", "--as", "olga", "--json" });
    if (started.exitCode != 0) {
        qWarning("start failed: %s", qPrintable(started.err));
        return 0;
    }
    return started.json().object().value(QStringLiteral("id")).toInteger();
}

void TestRegressionCli::dueListsOpenRunsAsOfADate()
{
    const Run due = ctl({ "testing", "due", "--json", "--today", "2026-03-05" });
    QCOMPARE(due.exitCode, 0);
    const QJsonArray entries = due.json().array();
    QCOMPARE(entries.size(), 2); // the paused project is not due
    // snasti: started 30 Nov 2025, monthly → due 30 Dec 2025, overdue; sorts first.
    QCOMPARE(entries.at(0)["project"].toString(), QStringLiteral("snasti"));
    QCOMPARE(entries.at(0)["state"].toString(), QStringLiteral("overdue"));
    QCOMPARE(entries.at(0)["due"].toString(), QStringLiteral("2025-12-30"));
    QCOMPARE(entries.at(0)["days_overdue"].toInt(), 65);
    QCOMPARE(entries.at(1)["project"].toString(), QStringLiteral("rybolov"));
    QCOMPARE(entries.at(1)["state"].toString(), QStringLiteral("due"));
    QCOMPARE(entries.at(1)["due"].toString(), QStringLiteral("2026-03-15"));
    QCOMPARE(entries.at(1)["tester"].toString(), QStringLiteral("olga"));

    const Run early = ctl({ "testing", "due", "--json", "--today", "2026-02-01" });
    QCOMPARE(early.json().array().size(), 1); // rybolov is only planned then
    const Run all = ctl({ "testing", "due", "--json", "--all", "--today", "2026-02-01" });
    QCOMPARE(all.json().array().size(), 3);
    const Run boss = ctl({ "testing", "due", "--json", "--tester", "boss", "--today", "2026-03-05" });
    QCOMPARE(boss.exitCode, 0);
    QCOMPARE(boss.json().array().size(), 0);
    const Run text = ctl({ "testing", "due", "--today", "2026-03-05" });
    QVERIFY(text.outBytes.contains("overdue     2025-12-30  snasti"));
}

void TestRegressionCli::wrongArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown subcommand") << QStringList { "testing", "frobnicate" };
    QTest::newRow("start without project") << QStringList { "testing", "start" };
    QTest::newRow("record bad result") << QStringList { "testing", "record", "1", "cart", "maybe" };
    QTest::newRow("record pending") << QStringList { "testing", "record", "1", "cart", "pending" };
    QTest::newRow("record run not a number") << QStringList { "testing", "record", "x", "cart", "pass" };
    QTest::newRow("due bad date") << QStringList { "testing", "due", "--today", "5.3.2026" };
    QTest::newRow("request without tester") << QStringList { "testing", "request", "1" };
}

void TestRegressionCli::wrongArgumentsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = ctl(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestRegressionCli::logsARunItemByItem()
{
    const qint64 runId = startRun();
    QVERIFY(runId > 0);
    const QString id = QString::number(runId);
    QCOMPARE(ctl({ "testing", "start", "rybolov", "--as", "olga" }).exitCode, 1); // one open run per project
    QCOMPARE(ctl({ "testing", "start", "dacha", "--as", "olga" }).exitCode, 1); // paused

    const Run failed = ctl({ "testing", "record", id, "cart", "fail", "--note", "Quantity stays 1", "--as", "olga" });
    QCOMPARE(failed.exitCode, 0);
    QVERIFY(failed.outBytes.contains("cart: fail"));
    QCOMPARE(ctl({ "testing", "record", id, "basket", "pass", "--as", "olga" }).exitCode, 1);
    QCOMPARE(ctl({ "testing", "record", id, "2", "skip", "--as", "olga" }).exitCode, 0);

    const Run early = ctl({ "testing", "finish", id, "--as", "olga" });
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(QStringLiteral("12 of 14 items are not checked")), qPrintable(early.err));

    for (int number = 1; number <= 14; ++number) {
        if (number == 2 || number == 4) {
            continue; // search skipped, cart failed
        }
        QCOMPARE(ctl({ "testing", "record", id, QString::number(number), "pass", "--as", "olga" }).exitCode, 0);
    }
    const Run finished = ctl({ "testing", "finish", id, "--summary", "Cart broken", "--as", "olga", "--json" });
    QCOMPARE(finished.exitCode, 0);
    const QJsonObject run = finished.json().object();
    QCOMPARE(run["status"].toString(), QStringLiteral("finished"));
    QCOMPARE(run["summary"].toString(), QStringLiteral("Cart broken"));
    QCOMPARE(run["counts"]["pass"].toInt(), 12);
    QCOMPARE(run["counts"]["fail"].toInt(), 1);
    QCOMPARE(run["counts"]["skip"].toInt(), 1);
    QCOMPARE(run["items"][3]["note"].toString(), QStringLiteral("Quantity stays 1"));

    const Run shown = ctl({ "testing", "show", id });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.outBytes.contains("fail    cart"));
}

void TestRegressionCli::failedItemBecomesATicket()
{
    const qint64 runId = startRun();
    QVERIFY(runId > 0);
    const QString id = QString::number(runId);
    QCOMPARE(ctl({ "testing", "record", id, "checkout", "fail", "--note", "Order button does nothing", "--as", "olga" })
                 .exitCode,
             0);
    QCOMPARE(ctl({ "testing", "ticket", id, "cart", "--as", "olga" }).exitCode, 1); // not failed
    const Run made = ctl({ "testing", "ticket", id, "checkout", "--as", "olga", "--json" });
    QCOMPARE(made.exitCode, 0);
    const qint64 number = made.json().object()["number"].toInteger();
    QVERIFY(number > 0);

    TicketFilter queue;
    queue.projectId = m_fixture->shop.id;
    auto tickets = TicketRepository(m_fixture->db()).list(queue);
    QVERIFY(tickets.ok());
    QCOMPARE(tickets->size(), 1);
    QCOMPARE(tickets->first().number, number);
    QCOMPARE(tickets->first().category, QStringLiteral("bug-fixing"));
    QCOMPARE(tickets->first().stepsToReproduce, QStringLiteral("Order button does nothing"));
    const Run shown = ctl({ "testing", "show", id, "--json" });
    QCOMPARE(shown.json().object()["items"][4]["ticket"].toInteger(), number);
}

void TestRegressionCli::icsParsesBackWithLibical()
{
    const Run ics = ctl({ "testing", "ics", "--tester", "olga", "--today", "2026-03-05" });
    QCOMPARE(ics.exitCode, 0);
    icalcomponent* calendar = icalparser_parse_string(ics.outBytes.constData());
    QVERIFY(calendar);
    QStringList uids;
    QList<QDate> starts;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        uids << QString::fromUtf8(icalcomponent_get_uid(event));
        const icaltimetype start = icalcomponent_get_dtstart(event);
        starts << QDate(start.year, start.month, start.day);
    }
    icalcomponent_free(calendar);
    QCOMPARE(uids.size(), 2); // rybolov and snasti; the paused dacha is not on it
    QVERIFY(starts.contains(QDate(2026, 3, 15)));
    QVERIFY(starts.contains(QDate(2025, 12, 30)));
    QVERIFY(uids.at(0).startsWith(QStringLiteral("regression-")));

    const Run nobody = ctl({ "testing", "ics", "--tester", "boss", "--today", "2026-03-05" });
    QCOMPARE(nobody.exitCode, 0);
    QVERIFY(nobody.outBytes.startsWith("BEGIN:VCALENDAR"));
    QVERIFY(!nobody.outBytes.contains("BEGIN:VEVENT"));
    QCOMPARE(ctl({ "testing", "ics", "--tester", "nobody" }).exitCode, 1);
}

void TestRegressionCli::checklistIsEditablePerProject()
{
    const Run standard = ctl({ "testing", "checklist", "rybolov", "--json" });
    QCOMPARE(standard.exitCode, 0);
    QCOMPARE(standard.json().array().size(), 14);
    QCOMPARE(standard.json().array().at(0)["slug"].toString(), QStringLiteral("catalogue"));

    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("cart: Cart\ncart: Cart again\n");
    bad.close();
    const Run refused = ctl({ "testing", "checklist", "rybolov", "--set", bad.fileName(), "--as", "boss" });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("dutydeskctl: line 2:")), qPrintable(refused.err));

    QFile good(dir.filePath(QStringLiteral("good.txt")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("cart: Корзина\ngift-cards: Подарочные карты\n");
    good.close();
    const Run saved = ctl({ "testing", "checklist", "rybolov", "--set", good.fileName(), "--as", "boss" });
    QCOMPARE(saved.exitCode, 0);
    QCOMPARE(saved.out, QStringLiteral("cart: Корзина\ngift-cards: Подарочные карты\n"));
    const Run started = ctl({ "testing", "start", "rybolov", "--as", "olga", "--json" });
    QCOMPARE(started.json().object()["items"].toArray().size(), 2);
    // Other projects keep the default.
    QCOMPARE(ctl({ "testing", "checklist", "snasti", "--json" }).json().array().size(), 14);
}

QTEST_GUILESS_MAIN(TestRegressionCli)
#include "TestRegressionCli.moc"
