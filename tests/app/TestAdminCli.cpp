#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

using Run = test::ProcessRun;

Run ctl(const QStringList& arguments)
{
    test::ProcessOptions options;
    options.timeoutMs = 60000;
    return test::runBuilt(QStringLiteral("dutydeskctl"), arguments, options);
}

QJsonValue json(const Run& run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject entry(const QJsonArray& array, const QString& field, const QString& value)
{
    for (const auto& item : array) {
        if (item.toObject().value(field).toString() == value) {
            return item.toObject();
        }
    }
    return {};
}

} // namespace

// dutydeskctl settings|tariff|policy, calendar set-day, user set|deactivate (issue 17):
// administrators only, bad values a usage error naming the key and accepted values.
class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsSetListHistory();
    void badSettingsAreUsageErrors_data();
    void badSettingsAreUsageErrors();
    void tariffs();
    void policyAndSlaDeadline();
    void badPolicyArguments_data();
    void badPolicyArguments();
    void nonAdministratorsAreRefused_data();
    void nonAdministratorsAreRefused();
    void usersAndProjectRoles();
    void projectShortNames();
    void calendarSetDay();

private:
    QStringList on(QStringList arguments, const QString& as = QStringLiteral("alex")) const;

    QTemporaryDir m_dir;
    QString m_database;
};

void TestAdminCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("admin.sqlite"));
    // The first administrator may be added by anyone (a fresh embedded database).
    QCOMPARE(ctl({ "user", "add", "alex", "--role", "admin", "--database", m_database }).exitCode, 0);
    QCOMPARE(ctl(on({ "user", "add", "anna", "--role", "engineer" })).exitCode, 0);
    QCOMPARE(ctl(on({ "user", "add", "pete", "--role", "tester" })).exitCode, 0);
    QCOMPARE(ctl(on({ "user", "add", "paul", "--role", "programmer" })).exitCode, 0);
}

QStringList TestAdminCli::on(QStringList arguments, const QString& as) const
{
    arguments << QStringLiteral("--database") << m_database << QStringLiteral("--as") << as;
    return arguments;
}

void TestAdminCli::settingsSetListHistory()
{
    const Run set = ctl(on({ "settings", "set", "shortened-days", "off" }));
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.out, QStringLiteral("shortened-days off\n"));
    QCOMPARE(ctl(on({ "settings", "set", "mail.ack-interval", "1h30m" })).exitCode, 0);
    const Run listed = ctl(on({ "settings", "list", "--json" }));
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray settings = json(listed).toArray();
    QCOMPARE(entry(settings, "key", "shortened-days").value("value").toString(), QStringLiteral("off"));
    QCOMPARE(entry(settings, "key", "shortened-days").value("updatedBy").toString(), QStringLiteral("alex"));
    QCOMPARE(entry(settings, "key", "mail.ack-interval").value("value").toString(), QStringLiteral("5400"));
    QVERIFY(entry(settings, "key", "warning-percent").value("default").toBool());
    const Run text = ctl(on({ "settings", "list" }));
    QVERIFY(text.out.contains(QRegularExpression(QStringLiteral("mail.ack-interval +1h30m"))));
    QCOMPARE(ctl(on({ "settings", "set", "shortened-days", "on" })).exitCode, 0);
    const Run history = ctl(on({ "settings", "history", "shortened-days", "--json" }));
    const QJsonArray changes = json(history).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).toObject().value("old").toString(), QStringLiteral("off"));
    QCOMPARE(changes.at(0).toObject().value("new").toString(), QStringLiteral("on"));
    QCOMPARE(changes.at(0).toObject().value("by").toString(), QStringLiteral("alex"));
}

void TestAdminCli::badSettingsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("switch") << QStringList { "shortened-days", "maybe" }
                            << "shortened-days cannot be “maybe”; accepted: on, off";
    QTest::newRow("percent") << QStringList { "warning-percent", "150" } << "accepted: 1–99";
    QTest::newRow("address") << QStringList { "mail.support-address", "nobody" } << "mail.support-address";
    QTest::newRow("duration") << QStringList { "mail.ack-interval", "soon" } << "like 1h or 90m";
    QTest::newRow("unknown key") << QStringList { "colour", "red" } << "shortened-days, warning-percent";
    QTest::newRow("desktop key") << QStringList { "language", "ru" } << "desktop setting";
    QTest::newRow("value missing") << QStringList { "shortened-days" } << "KEY VALUE";
}

void TestAdminCli::badSettingsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = ctl(on(QStringList { "settings", "set" } + arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line
}

void TestAdminCli::tariffs()
{
    const Run added = ctl(on({ "tariff", "add", "gold", "--name", "Золотой", "--rate", "2500", "--json" }));
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(json(added).toObject().value("hourlyRate").toString(), QStringLiteral("2500.00"));
    QCOMPARE(ctl(on({ "tariff", "set", "standard", "--rate", "1500.50" })).exitCode, 0);
    const QJsonArray list = json(ctl(on({ "tariff", "list", "--json" }))).toArray();
    QCOMPARE(entry(list, "code", "standard").value("hourlyRate").toString(), QStringLiteral("1500.50"));
    QCOMPARE(entry(list, "code", "gold").value("doubleRateMultiplier").toDouble(), 2.0);
    QCOMPARE(entry(list, "code", "gold").value("name").toString(), QStringLiteral("Золотой"));
    QCOMPARE(ctl(on({ "tariff", "add", "gold", "--name", "Again", "--rate", "1" })).exitCode, 1);
    QCOMPARE(ctl(on({ "tariff", "add", "silver", "--name", "Silver" })).exitCode, 2); // no --rate
    const Run badRate = ctl(on({ "tariff", "set", "gold", "--rate", "a lot" }));
    QCOMPARE(badRate.exitCode, 2);
    QVERIFY(badRate.err.contains(QStringLiteral("--rate")));
    QCOMPARE(ctl(on({ "tariff", "set", "gold", "--multiplier", "20" })).exitCode, 2);
    QCOMPARE(ctl(on({ "tariff", "set", "nope", "--rate", "1" })).exitCode, 1);
}

void TestAdminCli::policyAndSlaDeadline()
{
    // Tuesday 3 March 2026, 10:00 Moscow: premium standard was 4 working hours.
    const QStringList deadline { "sla",      "deadline", "--tariff",         "premium",    "--level",
                                 "standard", "--from",   "2026-03-03T10:00", "--database", m_database };
    QCOMPARE(ctl(deadline).out, QStringLiteral("2026-03-03T14:00:00+03:00\n"));
    const Run set = ctl(on({ "policy", "set", "--tariff", "premium", "--level", "standard", "--reaction", "1h30m",
                             "--resolution", "16h", "--json" }));
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(json(set).toObject().value("maxReactionSeconds").toInt(), 5400);
    QCOMPARE(json(set).toObject().value("resolutionTargetSeconds").toInt(), 16 * 3600);
    // Without a ticket, `sla deadline --tariff` uses the policy in force now.
    QCOMPARE(ctl(deadline).out, QStringLiteral("2026-03-03T11:30:00+03:00\n"));
    const QJsonArray inForce = json(ctl(on({ "policy", "list", "--json" }))).toArray();
    int premiumStandard = 0;
    for (const auto& row : inForce) {
        const QJsonObject object = row.toObject();
        if (object.value("tariff") == QLatin1String("premium") && object.value("level") == QLatin1String("standard")) {
            ++premiumStandard;
            QCOMPARE(object.value("maxReactionSeconds").toInt(), 5400);
        }
    }
    QCOMPARE(premiumStandard, 1);
    // The old row is kept: past clocks use it.
    QCOMPARE(json(ctl(on({ "policy", "history", "--json" }))).toArray().size(), inForce.size() + 1);
    const Run none = ctl(on({ "policy", "set", "--tariff", "premium", "--level", "urgent", "--reaction", "6h",
                              "--resolution", "none", "--json" }));
    QCOMPARE(none.exitCode, 0);
    QVERIFY(json(none).toObject().value("resolutionTargetSeconds").isNull());
}

void TestAdminCli::badPolicyArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("duration without unit")
        << QStringList { "--tariff", "premium", "--level", "standard", "--reaction", "90" } << 2 << "1h30m";
    QTest::newRow("unknown level") << QStringList { "--tariff", "premium", "--level", "high", "--reaction", "1h" } << 2
                                   << "emergency, standard or urgent";
    QTest::newRow("bad resolution") << QStringList { "--tariff",   "premium", "--level",      "standard",
                                                     "--reaction", "1h",      "--resolution", "never" }
                                    << 2 << "none";
    QTest::newRow("reaction missing") << QStringList { "--tariff", "premium", "--level", "standard" } << 2
                                      << "--reaction DUR";
    QTest::newRow("unknown tariff") << QStringList { "--tariff", "nope", "--level", "standard", "--reaction", "1h" }
                                    << 1 << "no tariff";
}

void TestAdminCli::badPolicyArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Run run = ctl(on(QStringList { "policy", "set" } + arguments));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestAdminCli::nonAdministratorsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("settings set") << QStringList { "settings", "set", "warning-percent", "30" };
    QTest::newRow("tariff set") << QStringList { "tariff", "set", "standard", "--rate", "1" };
    QTest::newRow("policy set") << QStringList { "policy",  "set",    "--tariff",   "standard",
                                                 "--level", "urgent", "--reaction", "1h" };
    QTest::newRow("calendar set-day") << QStringList { "calendar", "set-day",  "2026-12-31", "--type",
                                                       "off",      "--reason", "party" };
    QTest::newRow("user deactivate") << QStringList { "user", "deactivate", "pete" };
}

void TestAdminCli::nonAdministratorsAreRefused()
{
    QFETCH(QStringList, arguments);
    const Run run = ctl(on(arguments, QStringLiteral("anna")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("admin")), qPrintable(run.err));
    // Reading is for everyone.
    QCOMPARE(ctl(on({ "settings", "list" }, QStringLiteral("anna"))).exitCode, 0);
}

void TestAdminCli::usersAndProjectRoles()
{
    QCOMPARE(
        ctl(on({ "user", "set", "anna", "--phone", "+7 900 000-00-00", "--email", "anna@agency.example" })).exitCode,
        0);
    const QJsonObject anna = entry(json(ctl(on({ "user", "list", "--json" }))).toArray(), "login", "anna");
    QCOMPARE(anna.value("phone").toString(), QStringLiteral("+7 900 000-00-00"));
    QCOMPARE(anna.value("email").toString(), QStringLiteral("anna@agency.example"));
    QCOMPARE(ctl(on({ "user", "set", "anna", "--role", "boss" })).exitCode, 2);
    // A project checks that each person holds the role they are named for.
    QCOMPARE(ctl(on({ "client", "add", "Shop", "--email", "office@shop.example" })).exitCode, 0);
    const Run wrong = ctl(on({ "project", "add", "shop", "--name", "Shop", "--client", "Shop", "--tariff", "standard",
                               "--programmer", "pete" }));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("pete is not a programmer")), qPrintable(wrong.err));
    QCOMPARE(ctl(on({ "project", "add", "shop", "--name", "Shop", "--client", "Shop", "--tariff", "standard",
                      "--programmer", "paul", "--tester", "pete" }))
                 .exitCode,
             0);
    // Deactivated people cannot be named any more.
    QCOMPARE(ctl(on({ "user", "deactivate", "paul" })).exitCode, 0);
    const QJsonObject paul = entry(json(ctl(on({ "user", "list", "--json" }))).toArray(), "login", "paul");
    QVERIFY(!paul.value("active").toBool());
    const Run deactivated = ctl(on({ "project", "add", "blog", "--name", "Blog", "--client", "Shop", "--tariff",
                                     "standard", "--programmer", "paul" }));
    QCOMPARE(deactivated.exitCode, 1);
    QVERIFY(deactivated.err.contains(QStringLiteral("deactivated")));
}

// Issue 18: `project add|update --short-name`, shown by `project list --json` as short_name.
void TestAdminCli::projectShortNames()
{
    QCOMPARE(ctl(on({ "client", "add", "Ромашка", "--email", "office@romashka.example" })).exitCode, 0);
    QCOMPARE(ctl(on({ "project", "add", "romashka", "--name", "Интернет-магазин «Ромашка»", "--short-name",
                      "ИМ Ромашка", "--client", "Ромашка", "--tariff", "standard" }))
                 .exitCode,
             0);
    QCOMPARE(ctl(on({ "project", "add", "romashka-blog", "--name", "Блог «Ромашка»", "--client", "Ромашка", "--tariff",
                      "standard" }))
                 .exitCode,
             0);
    auto listed = [this](const QString& code) {
        return entry(json(ctl(on({ "project", "list", "--json" }))).toArray(), "code", code);
    };
    QCOMPARE(listed("romashka").value("short_name").toString(), QStringLiteral("ИМ Ромашка"));
    QVERIFY(listed("romashka-blog").value("short_name").isNull());

    // Taken by another project, or too long: one line on stderr, nothing changed.
    const Run taken = ctl(on({ "project", "update", "romashka-blog", "--short-name", "ИМ Ромашка" }));
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains(QStringLiteral("already taken by project “romashka”")), qPrintable(taken.err));
    QCOMPARE(taken.err.trimmed().count(QLatin1Char('\n')), 0);
    const Run tooLong = ctl(on({ "project", "update", "romashka-blog", "--short-name", "Блог интернет-магазина" }));
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY(listed("romashka-blog").value("short_name").isNull());

    const Run updated = ctl(on({ "project", "update", "romashka-blog", "--short-name", "Блог Ромашки", "--json" }));
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(json(updated).toObject().value("short_name").toString(), QStringLiteral("Блог Ромашки"));
    QCOMPARE(listed("romashka-blog").value("version").toInt(), 2);
    // An empty value removes it; an update without a change is a usage error.
    QCOMPARE(ctl(on({ "project", "update", "romashka-blog", "--short-name", "" })).exitCode, 0);
    QVERIFY(listed("romashka-blog").value("short_name").isNull());
    QCOMPARE(ctl(on({ "project", "update", "romashka-blog" })).exitCode, 2);
    QCOMPARE(ctl(on({ "project", "update", "nowhere", "--short-name", "x" })).exitCode, 1);
}

void TestAdminCli::calendarSetDay()
{
    const Run set = ctl(on({ "calendar", "set-day", "2026-12-30", "--type", "off", "--reason", "Company day" }));
    QCOMPARE(set.exitCode, 0);
    const QJsonObject year = json(ctl({ "calendar", "show", "2026", "--json", "--database", m_database })).toObject();
    const QJsonObject december = year.value("months").toArray().at(11).toObject();
    QVERIFY(december.value("daysOff").toArray().contains(30));
    // A working Saturday is the calendar's working weekend.
    QCOMPARE(ctl(on({ "calendar", "set-day", "2026-12-26", "--type", "working", "--reason", "Release" })).exitCode, 0);
    const QJsonObject after = json(ctl({ "calendar", "show", "2026", "--json", "--database", m_database })).toObject();
    const QJsonObject december2 = after.value("months").toArray().at(11).toObject();
    QVERIFY(december2.value("workingWeekend").toArray().contains(26));
    QVERIFY(december2.value("daysOff").toArray().contains(30)); // the earlier edit stays
    QCOMPARE(ctl(on({ "calendar", "set-day", "2026-12-31", "--type", "holiday", "--reason", "x" })).exitCode, 2);
    QCOMPARE(ctl(on({ "calendar", "set-day", "2026-12-31", "--type", "off" })).exitCode, 2); // no reason
    QCOMPARE(ctl(on({ "calendar", "set-day", "2031-01-05", "--type", "off", "--reason", "x" })).exitCode, 1);
    // Exported in the xmlcalendar format, the edits included, and read back by `calendar check`.
    const QString file = m_dir.filePath(QStringLiteral("2026.xml"));
    QCOMPARE(ctl({ "calendar", "export", "2026", "--output", file, "--database", m_database }).exitCode, 0);
    const Run checked = ctl({ "calendar", "check", file, "--json" });
    QCOMPARE(checked.exitCode, 0);
    QVERIFY(ctl({ "calendar", "export", "2026", "--database", m_database }).out.contains(QStringLiteral("12.30")));
    QCOMPARE(ctl({ "calendar", "export", "twenty", "--database", m_database }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "TestAdminCli.moc"
