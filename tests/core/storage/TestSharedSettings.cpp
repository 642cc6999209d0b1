// One suite, two engines: TestSharedSettingsSqlite (files) and TestSharedSettingsPostgres
// (a throwaway server, DUTYDESK_TEST_POSTGRES).
#include "tests/support/EngineDatabases.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestRows.h"

#include "core/domain/Actor.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/SharedSettings.h"
#include "core/storage/SlaConfiguration.h"
#include "core/storage/TicketSla.h"
#include "core/sync/ChangeWatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// The shared settings (issue 17): one table of keys with validators, every change kept
// with who and when, a stale edit refused, and a change seen live by another desktop.
class TestSharedSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validators_data();
    void validators();
    void defaultsUntilSomeoneSetsThem();
    void changesAreRecordedWithWhoAndWhat();
    void staleEditNamesWhoChangedWhat();
    void handEditedBadValueIsNamed();
    void desktopAndUnknownKeysAreRefused();
    void twoDesktopsSeeAChangeLive();

private:
    // Two connections to one fresh database: two desktops.
    std::pair<std::unique_ptr<Database>, std::unique_ptr<Database>> twoDesktops(const QString& name);
    Actor user(const Database& database, const QString& login);

    test::EngineDatabases m_databases;
};

void TestSharedSettings::initTestCase()
{
    const Status started = m_databases.startBuiltEngine();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

std::pair<std::unique_ptr<Database>, std::unique_ptr<Database>> TestSharedSettings::twoDesktops(const QString& name)
{
    const auto location = m_databases.create(name);
    if (!location) {
        qWarning("%s", qPrintable(location.error().message));
        return {};
    }
    Database::Options options;
    options.installServerClock = false;
    auto first = SchemaCatalog::open(*location, options);
    auto second = SchemaCatalog::open(*location, options);
    if (!first || !second) {
        qWarning("%s", qPrintable((first ? second.error() : first.error()).message));
        return {};
    }
    return { std::move(first).value(), std::move(second).value() };
}

Actor TestSharedSettings::user(const Database& database, const QString& login)
{
    auto id = test::insertUser(database, login);
    return Actor { id ? *id : 0, login, QString() };
}

void TestSharedSettings::validators_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("switch on") << "shortened-days"
                               << "on"
                               << "on";
    QTest::newRow("switch in capitals") << "shortened-days"
                                        << "OFF"
                                        << "off";
    QTest::newRow("switch yes refused") << "shortened-days"
                                        << "yes"
                                        << "";
    QTest::newRow("percent in range") << "warning-percent"
                                      << "30"
                                      << "30";
    QTest::newRow("percent zero refused") << "warning-percent"
                                          << "0"
                                          << "";
    QTest::newRow("percent 100 refused") << "warning-percent"
                                         << "100"
                                         << "";
    QTest::newRow("minutes a whole day") << "warning-minutes-standard"
                                         << "1440"
                                         << "1440";
    QTest::newRow("minutes not a number") << "warning-minutes-urgent"
                                          << "two"
                                          << "";
    QTest::newRow("address lower-cased") << "mail.support-address"
                                         << "Support@Echo.Example"
                                         << "support@echo.example";
    QTest::newRow("address without at") << "mail.support-address"
                                        << "support.echo.example"
                                        << "";
    QTest::newRow("support address required") << "mail.support-address"
                                              << ""
                                              << "";
    QTest::newRow("head of support may be none") << "mail.head-of-support-address"
                                                 << ""
                                                 << "-";
    QTest::newRow("ack interval 90m") << "mail.ack-interval"
                                      << "90m"
                                      << "5400";
    QTest::newRow("ack interval 1h30m") << "mail.ack-interval"
                                        << "1h30m"
                                        << "5400";
    QTest::newRow("ack interval too short") << "mail.ack-interval"
                                            << "30s"
                                            << "";
    QTest::newRow("ack interval over a day") << "mail.ack-interval"
                                             << "25h"
                                             << "";
    QTest::newRow("attachment limit") << "mail.max-attachment-mb"
                                      << "25"
                                      << "25";
    QTest::newRow("attachment limit zero") << "mail.max-attachment-mb"
                                           << "0"
                                           << "";
    QTest::newRow("testing interval") << "testing.default-interval-months"
                                      << "3"
                                      << "3";
    QTest::newRow("testing interval too long") << "testing.default-interval-months"
                                               << "36"
                                               << "";
    QTest::newRow("template with subject") << "ack.template-en"
                                           << "Subject: {tag} received\n\nHello {name}"
                                           << "Subject: {tag} received\n\nHello {name}";
    QTest::newRow("template without subject") << "ack.template-ru"
                                              << "Здравствуйте"
                                              << "";
}

void TestSharedSettings::validators()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, stored);
    const SettingDefinition* definition = SharedSettings::find(key);
    QVERIFY(definition);
    QCOMPARE(definition->scope, SettingScope::Shared);
    const auto normalized = definition->normalize(value);
    if (stored.isEmpty()) {
        QVERIFY(!normalized.ok());
        // One sentence naming the key and what it accepts.
        QVERIFY2(normalized.error().message.contains(key), qPrintable(normalized.error().message));
        QVERIFY(normalized.error().message.contains(definition->acceptedValues()));
    } else {
        QVERIFY(normalized.ok());
        QCOMPARE(*normalized, stored == QLatin1String("-") ? QString() : stored);
    }
}

void TestSharedSettings::defaultsUntilSomeoneSetsThem()
{
    auto [first, second] = twoDesktops(QStringLiteral("Defaults"));
    QVERIFY(first && second);
    const auto values = SharedSettings::list(*first);
    QVERIFY(values.ok());
    QStringList keys;
    for (const SettingValue& value : *values) {
        QVERIFY(!value.stored);
        QCOMPARE(value.value, SharedSettings::find(value.key)->defaultValue);
        keys << value.key;
    }
    QVERIFY(keys.contains(QStringLiteral("shortened-days")));
    QVERIFY(!keys.contains(QStringLiteral("language"))); // a desktop setting
    QCOMPARE(*SlaConfiguration::loadSettings(*first), SlaSettings {});
    QCOMPARE(*SharedSettings::number(*first, setting::ackInterval), qint64(3600));
}

void TestSharedSettings::changesAreRecordedWithWhoAndWhat()
{
    auto [first, second] = twoDesktops(QStringLiteral("History"));
    QVERIFY(first && second);
    const Actor alex = user(*first, QStringLiteral("alex"));
    QVERIFY(SharedSettings::set(*first, setting::warningPercent, QStringLiteral("30"), alex).ok());
    QVERIFY(SharedSettings::set(*first, setting::warningPercent, QStringLiteral("30"), alex).ok()); // no change
    QVERIFY(SharedSettings::set(*first, setting::warningPercent, QStringLiteral("40"), alex).ok());
    const auto changes = SharedSettings::history(*second, setting::warningPercent);
    QVERIFY(changes.ok());
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->at(0).oldValue, std::optional<QString>(QStringLiteral("30")));
    QCOMPARE(changes->at(0).newValue, QStringLiteral("40"));
    QCOMPARE(changes->at(1).oldValue, std::nullopt);
    QCOMPARE(changes->at(0).by, QStringLiteral("alex"));
    QVERIFY(qAbs(changes->at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const auto now = SharedSettings::value(*second, setting::warningPercent);
    QVERIFY(now.ok());
    QCOMPARE(now->value, QStringLiteral("40"));
    QCOMPARE(now->version, qint64(2));
    QCOMPARE(now->updatedBy, QStringLiteral("alex"));
}

void TestSharedSettings::staleEditNamesWhoChangedWhat()
{
    auto [first, second] = twoDesktops(QStringLiteral("Stale"));
    QVERIFY(first && second);
    const Actor alex = user(*first, QStringLiteral("alex"));
    const Actor olga = user(*first, QStringLiteral("olga"));
    const auto seen = SharedSettings::value(*second, setting::supportAddress);
    QVERIFY(seen.ok());
    QCOMPARE(seen->version, qint64(0));
    QVERIFY(SharedSettings::set(*first, setting::supportAddress, QStringLiteral("help@agency.example"), alex, 0).ok());
    // The second desktop still shows the default; its save is refused, naming the change.
    const Status stale
        = SharedSettings::set(*second, setting::supportAddress, QStringLiteral("desk@agency.example"), olga, 0);
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().message.contains(QStringLiteral("alex")), qPrintable(stale.error().message));
    QVERIFY(stale.error().message.contains(QStringLiteral("help@agency.example")));
    QCOMPARE(*SharedSettings::text(*first, setting::supportAddress), QStringLiteral("help@agency.example"));
    // With the version it now read, the edit goes through.
    const auto reread = SharedSettings::value(*second, setting::supportAddress);
    QVERIFY(SharedSettings::set(*second, setting::supportAddress, QStringLiteral("desk@agency.example"), olga,
                                reread->version)
                .ok());
}

void TestSharedSettings::handEditedBadValueIsNamed()
{
    auto [first, second] = twoDesktops(QStringLiteral("Broken"));
    QVERIFY(first && second);
    QVERIFY(SharedSettings::set(*first, setting::maxAttachmentMb, QStringLiteral("20"), Actor {}).ok());
    QVERIFY(first->run(QStringLiteral("UPDATE settings SET value = 'lots' WHERE key = ?"), { setting::maxAttachmentMb })
                .ok());
    const auto read = SharedSettings::number(*second, setting::maxAttachmentMb);
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(setting::maxAttachmentMb));
    QVERIFY(!SharedSettings::list(*second).ok()); // never a silent default
}

void TestSharedSettings::desktopAndUnknownKeysAreRefused()
{
    auto [first, second] = twoDesktops(QStringLiteral("Keys"));
    QVERIFY(first && second);
    const Status desktop = SharedSettings::set(*first, setting::language, QStringLiteral("ru"), Actor {});
    QVERIFY(!desktop.ok());
    QVERIFY(desktop.error().message.contains(QStringLiteral("desktop")));
    const Status unknown = SharedSettings::set(*first, QStringLiteral("colour"), QStringLiteral("red"), Actor {});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("shortened-days")));
    QCOMPARE(SharedSettings::history(*first)->size(), 0);
}

void TestSharedSettings::twoDesktopsSeeAChangeLive()
{
    auto [first, second] = twoDesktops(QStringLiteral("Live"));
    QVERIFY(first && second);
    QVERIFY(TicketSla::load(*second).value()->engine().settings().shortenedDays);
    auto watcher = ChangeWatcher::create(*second);
    QSignalSpy changed(watcher.get(), &ChangeWatcher::changed);
    QVERIFY(watcher->start().ok());
    QVERIFY(SharedSettings::set(*first, setting::shortenedDays, QStringLiteral("off"), Actor {}).ok());
    // The second desktop hears of it without polling the table, and rebuilds its engine.
    auto heard = [&] {
        for (const auto& arguments : changed) {
            if (SharedSettings::isSharedConfiguration(arguments.at(0).value<RowChange>().table)) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heard(), 5000);
    QVERIFY(!TicketSla::load(*second).value()->engine().settings().shortenedDays);
    QVERIFY(!SharedSettings::isSharedConfiguration(QStringLiteral("tickets")));
}

QTEST_GUILESS_MAIN(TestSharedSettings)
#include "TestSharedSettings.moc"
