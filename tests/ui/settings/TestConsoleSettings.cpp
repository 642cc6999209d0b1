#include "core/schema/SchemaCatalog.h"
#include "core/storage/SharedSettings.h"
#include "core/storage/SlaConfiguration.h"
#include "core/storage/TicketSla.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// The desktop's settings table and the dialog that edits it: bad values are refused; the
// thresholds and the shortened-day rule are shared through the database, so a second
// connection (another desktop) computes with what the first one saved.
class TestConsoleSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesBadValues();
    void everyKeyHasAnEntry();
    void handEditedBadValueFallsBack_data();
    void handEditedBadValueFallsBack();
    void sharedSettingsReachEveryConnection();
    void dialogKeepsOnlyDesktopSettings();
    void dialogRefusesABadDatabase();

private:
    std::unique_ptr<Database> open(const QString& path);
    QTemporaryDir m_dir;
};

std::unique_ptr<Database> TestConsoleSettings::open(const QString& path)
{
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(path), options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return {};
    }
    return std::move(opened).value();
}

void TestConsoleSettings::init()
{
    QSettings().clear();
}

void TestConsoleSettings::refusesBadValues()
{
    using K = ConsoleSettings::Key;
    QVERIFY(!ConsoleSettings::setValue(K::Language, QStringLiteral("de")));
    QVERIFY(!ConsoleSettings::setValue(K::Database, QStringLiteral("mysql://host/db")));
    QVERIFY(!ConsoleSettings::setValue(K::Login, QStringLiteral("anna petrova")));
    // A hand-edited bad value falls back to the default.
    QSettings().setValue(ConsoleSettings::name(K::Language), QStringLiteral("klingon"));
    QCOMPARE(ConsoleSettings::value(K::Language).toString(), QString());
    QVERIFY(ConsoleSettings::setValue(K::Login, QStringLiteral("anna")));
    QCOMPARE(ConsoleSettings::login(), QStringLiteral("anna"));
}

void TestConsoleSettings::everyKeyHasAnEntry()
{
    // Each enumerator (read from the meta-object, not from the table) has its own name.
    const QMetaEnum keys = QMetaEnum::fromType<ConsoleSettings::Key>();
    QVERIFY(keys.keyCount() >= 5);
    QSet<QString> names;
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = static_cast<ConsoleSettings::Key>(keys.value(i));
        const QString name = ConsoleSettings::name(key);
        QVERIFY2(!name.isEmpty(), keys.key(i));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        // The default passes the key's own validator.
        QVERIFY2(ConsoleSettings::setValue(key, ConsoleSettings::defaultValue(key)), keys.key(i));
    }
}

void TestConsoleSettings::handEditedBadValueFallsBack_data()
{
    QTest::addColumn<ConsoleSettings::Key>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QVariant>("expected");
    using K = ConsoleSettings::Key;
    QTest::newRow("notification yes") << K::NotifyDesktop << QVariant(QStringLiteral("yes")) << QVariant(true);
    QTest::newRow("notification 0") << K::NotifyDesktop << QVariant(QStringLiteral("0")) << QVariant(true);
    QTest::newRow("sound anything") << K::NotifySound << QVariant(QStringLiteral("loud")) << QVariant(false);
    QTest::newRow("sound true text") << K::NotifySound << QVariant(QStringLiteral("true"))
                                     << QVariant(QStringLiteral("true"));
    QTest::newRow("desktop false text") << K::NotifyDesktop << QVariant(QStringLiteral("false"))
                                        << QVariant(QStringLiteral("false"));
    QTest::newRow("login upper case") << K::Login << QVariant(QStringLiteral("Anna")) << QVariant(QString());
    QTest::newRow("login Cyrillic") << K::Login << QVariant(QStringLiteral("анна")) << QVariant(QString());
    QTest::newRow("login with a dot") << K::Login << QVariant(QStringLiteral("anna.petrova"))
                                      << QVariant(QStringLiteral("anna.petrova"));
    QTest::newRow("language unknown") << K::Language << QVariant(QStringLiteral("klingon")) << QVariant(QString());
}

void TestConsoleSettings::handEditedBadValueFallsBack()
{
    QFETCH(ConsoleSettings::Key, key);
    QFETCH(QVariant, stored);
    QFETCH(QVariant, expected);
    QSettings().setValue(ConsoleSettings::name(key), stored);
    QCOMPARE(ConsoleSettings::value(key), expected);
    QCOMPARE(ConsoleSettings::setValue(key, stored), stored == expected);
}

void TestConsoleSettings::sharedSettingsReachEveryConnection()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = open(path);
    auto second = open(path);
    QVERIFY(first && second);
    QCOMPARE(*SlaConfiguration::loadSettings(*second), SlaSettings {}); // docs/rules.md#warnings defaults
    SlaSettings changed;
    changed.shortenedDays = false;
    for (auto& threshold : changed.warning) {
        threshold.share = 0.40;
    }
    changed.warning[static_cast<int>(SlaLevel::Standard)].seconds = 90 * 60;
    QVERIFY(SlaConfiguration::saveSettings(*first, changed, Actor { 0, QStringLiteral("anna"), {} }).ok());
    const auto seen = SlaConfiguration::loadSettings(*second);
    QVERIFY(seen.ok());
    QCOMPARE(*seen, changed);
    // The engine every desktop builds reads them: a shortened day is now a full one.
    const auto sla = TicketSla::load(*second);
    QVERIFY(sla.ok());
    QVERIFY(!sla.value()->engine().settings().shortenedDays);
    // A hand-edited bad value in the shared table is an error naming the key, not a guess.
    QVERIFY(first->run(QStringLiteral("UPDATE settings SET value = 'maybe' WHERE key = 'shortened-days'")).ok());
    const auto broken = SlaConfiguration::loadSettings(*second);
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().message.contains(QStringLiteral("shortened-days")));
}

void TestConsoleSettings::dialogKeepsOnlyDesktopSettings()
{
    const QString path = m_dir.filePath(QStringLiteral("dialog.sqlite"));
    auto database = open(path);
    QVERIFY(database);
    SettingsDialog dialog(database.get(), Actor { 0, QStringLiteral("anna"), {} });
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    dialog.show();
    // The shared values are the Administration window's (issue 17): none is edited here.
    QVERIFY(!dialog.findChild<QSpinBox*>());
    QVERIFY(test::requireChild<QLabel>(&dialog, QStringLiteral("sharedSettingsNote"))
                ->text()
                .contains(QStringLiteral("Administration")));
    QList<User> users;
    for (const auto& [login, name] : { std::pair { "anna", "Анна Петрова" }, std::pair { "boris", "Борис Зайцев" },
                                       std::pair { "carl", "Карл Ушедший" } }) {
        User user;
        user.id = users.size() + 1;
        user.login = QString::fromUtf8(login);
        user.fullName = QString::fromUtf8(name);
        users << user;
    }
    users.last().active = false;
    SettingsDialog picking(database.get(), Actor { 0, QStringLiteral("anna"), {} }, users);
    auto* who = test::requireChild<QComboBox>(&picking, QStringLiteral("loginCombo"));
    // Picked from the database's people, not typed: no typo can make a stranger.
    QVERIFY(!who->isEditable());
    QCOMPARE(who->findData(QStringLiteral("carl")), -1); // left the team
    QVERIFY(who->findData(QStringLiteral("boris")) > 0);
    QCOMPARE(who->currentData().toString(), QString()); // nothing saved yet: the system login
    who->setCurrentIndex(who->findData(QStringLiteral("boris")));
    QTest::mouseClick(picking.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(ConsoleSettings::login(), QStringLiteral("boris"));
    // A saved login that is nobody here is shown as such, not silently replaced.
    QVERIFY(ConsoleSettings::setValue(ConsoleSettings::Key::Login, QStringLiteral("zoe")));
    SettingsDialog stale(database.get(), Actor { 0, QStringLiteral("zoe"), {} }, users);
    auto* staleWho = test::requireChild<QComboBox>(&stale, QStringLiteral("loginCombo"));
    QCOMPARE(staleWho->currentData().toString(), QStringLiteral("zoe"));
    QVERIFY(staleWho->currentText().contains(QStringLiteral("not a user")));
    // The first dialog opened before anyone was picked: it saves the system login again.
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(ConsoleSettings::value(ConsoleSettings::Key::Login).toString(), QString());
    QCOMPARE(ConsoleSettings::login(), ConsoleSettings::systemLogin());
    auto other = open(path);
    QVERIFY(other);
    QCOMPARE(SharedSettings::history(*other)->size(), 0);
}

void TestConsoleSettings::dialogRefusesABadDatabase()
{
    SettingsDialog dialog;
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    dialog.show();
    QTest::keyClicks(test::requireChild<QLineEdit>(&dialog, QStringLiteral("databaseEdit")),
                     QStringLiteral("postgresql://user:secret@host/db"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    auto* message = test::requireChild<QLabel>(&dialog, QStringLiteral("settingsMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("keychain"))); // passwords never go into the URL
    QVERIFY(ConsoleSettings::value(ConsoleSettings::Key::Database).toString().isEmpty());
}

QTEST_MAIN(TestConsoleSettings)
#include "TestConsoleSettings.moc"
