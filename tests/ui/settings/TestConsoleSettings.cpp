#include "tests/support/GuiTestHelpers.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace dd;

// The desktop's settings table and the dialog that edits it: bad values are refused,
// the thresholds reach the SLA engine's settings.
class TestConsoleSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesBadValues();
    void thresholdsBecomeSlaSettings();
    void dialogSavesThresholdsAndShortenedDays();
    void dialogRefusesABadDatabase();
};

void TestConsoleSettings::init()
{
    QSettings().clear();
}

void TestConsoleSettings::refusesBadValues()
{
    using K = ConsoleSettings::Key;
    QVERIFY(!ConsoleSettings::setValue(K::WarningPercent, 150));
    QVERIFY(!ConsoleSettings::setValue(K::Language, QStringLiteral("de")));
    QVERIFY(!ConsoleSettings::setValue(K::Database, QStringLiteral("mysql://host/db")));
    QVERIFY(!ConsoleSettings::setValue(K::Login, QStringLiteral("anna petrova")));
    QVERIFY(!ConsoleSettings::setValue(K::SupportAddress, QStringLiteral("support.echo-company.ru")));
    QCOMPARE(ConsoleSettings::value(K::SupportAddress).toString(), QStringLiteral("support@echo-company.ru"));
    QVERIFY(ConsoleSettings::setValue(K::SupportAddress, QStringLiteral("help@shop.example")));
    QCOMPARE(ConsoleSettings::value(K::WarningPercent).toInt(), 25);
    // A hand-edited bad value falls back to the default.
    QSettings().setValue(ConsoleSettings::name(K::WarningMinutesEmergency), QStringLiteral("soon"));
    QCOMPARE(ConsoleSettings::value(K::WarningMinutesEmergency).toInt(), 15);
    QVERIFY(ConsoleSettings::setValue(K::Login, QStringLiteral("anna")));
    QCOMPARE(ConsoleSettings::login(), QStringLiteral("anna"));
}

void TestConsoleSettings::thresholdsBecomeSlaSettings()
{
    using K = ConsoleSettings::Key;
    QCOMPARE(ConsoleSettings::slaSettings(), SlaSettings {}); // the defaults are docs/rules.md#warnings's
    QVERIFY(ConsoleSettings::setValue(K::WarningPercent, 40));
    QVERIFY(ConsoleSettings::setValue(K::WarningMinutesStandard, 90));
    QVERIFY(ConsoleSettings::setValue(K::ShortenedDays, false));
    const SlaSettings settings = ConsoleSettings::slaSettings();
    QCOMPARE(settings.warningFor(SlaLevel::Standard).seconds, 90 * 60);
    QCOMPARE(settings.warningFor(SlaLevel::Emergency).share, 0.40);
    QVERIFY(!settings.shortenedDays);
}

void TestConsoleSettings::dialogSavesThresholdsAndShortenedDays()
{
    SettingsDialog dialog;
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    dialog.show();
    test::requireChild<QSpinBox>(&dialog, QStringLiteral("emergencyMinutesSpin"))->setValue(20);
    test::requireChild<QSpinBox>(&dialog, QStringLiteral("warningPercentSpin"))->setValue(30);
    test::requireChild<QCheckBox>(&dialog, QStringLiteral("shortenedCheck"))->setChecked(false);
    QTest::keyClicks(test::requireChild<QLineEdit>(&dialog, QStringLiteral("loginEdit")), QStringLiteral("boris"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(ConsoleSettings::slaSettings().warningFor(SlaLevel::Emergency).seconds, 20 * 60);
    QCOMPARE(ConsoleSettings::slaSettings().warningFor(SlaLevel::Urgent).share, 0.30);
    QVERIFY(!ConsoleSettings::slaSettings().shortenedDays);
    QCOMPARE(ConsoleSettings::login(), QStringLiteral("boris"));
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
