#include "core/domain/Actor.h"
#include "core/intake/SharedIntakeSettings.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/SharedSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// The mail intake reads the shared settings (issue 17), flags overriding them for one
// daemon; a change reaches it on its next round.
class TestSharedIntakeSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsThenSharedValues();
    void flagsOverride();
    void badTemplateIsAnError();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestSharedIntakeSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Database::Options options;
    options.installServerClock = false;
    auto opened
        = SchemaCatalog::open(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("intake.sqlite"))), options);
    QVERIFY(opened.ok());
    m_database = std::move(opened).value();
}

void TestSharedIntakeSettings::defaultsThenSharedValues()
{
    IntakeSettings settings;
    auto changed = applySharedIntakeSettings(*m_database, {}, settings);
    QVERIFY(changed.ok());
    QVERIFY(*changed); // the address was empty
    QCOMPARE(settings.supportAddress.address, QStringLiteral("support@echo-company.ru"));
    QCOMPARE(settings.acknowledgmentIntervalSeconds, 3600);
    QCOMPARE(settings.parser.maxAttachmentSize, qint64(10) * 1024 * 1024);
    QVERIFY(settings.escalationAddress.isEmpty());
    QVERIFY(!*applySharedIntakeSettings(*m_database, {}, settings)); // nothing new
    for (const auto& [key, value] :
         { std::pair { setting::supportAddress, QStringLiteral("help@agency.example") },
           std::pair { setting::headOfSupportAddress, QStringLiteral("boss@agency.example") },
           std::pair { setting::ackInterval, QStringLiteral("15m") },
           std::pair { setting::maxAttachmentMb, QStringLiteral("25") },
           std::pair { setting::ackTemplateRu, QStringLiteral("Subject: {tag} принят\n\nЗдравствуйте, {name}!") } }) {
        QVERIFY(SharedSettings::set(*m_database, key, value, Actor {}).ok());
    }
    QVERIFY(*applySharedIntakeSettings(*m_database, {}, settings));
    QCOMPARE(settings.supportAddress.address, QStringLiteral("help@agency.example"));
    QCOMPARE(settings.escalationAddress, QStringLiteral("boss@agency.example"));
    QCOMPARE(settings.acknowledgmentIntervalSeconds, 15 * 60);
    QCOMPARE(settings.parser.maxAttachmentSize, qint64(25) * 1024 * 1024);
    QVERIFY(settings.newTicket.subjectTemplate().contains(QStringLiteral("принят")));
    QVERIFY(!settings.newTicketEnglish); // no English text set
    QVERIFY(SharedSettings::set(*m_database, setting::ackTemplateEn,
                                QStringLiteral("Subject: {tag} received\n\nDear {name}, thank you."), Actor {})
                .ok());
    QVERIFY(*applySharedIntakeSettings(*m_database, {}, settings));
    QVERIFY(settings.newTicketEnglish);
    QVERIFY(settings.newTicketEnglish->subjectTemplate().contains(QStringLiteral("received")));
}

void TestSharedIntakeSettings::flagsOverride()
{
    IntakeSettings settings;
    settings.supportAddress.address = QStringLiteral("flag@agency.example");
    settings.acknowledgmentIntervalSeconds = 120;
    IntakeOverrides overrides;
    overrides.supportAddress = true;
    overrides.acknowledgmentInterval = true;
    QVERIFY(applySharedIntakeSettings(*m_database, overrides, settings).ok());
    QCOMPARE(settings.supportAddress.address, QStringLiteral("flag@agency.example"));
    QCOMPARE(settings.acknowledgmentIntervalSeconds, 120);
    QCOMPARE(settings.escalationAddress, QStringLiteral("boss@agency.example")); // not overridden
}

void TestSharedIntakeSettings::badTemplateIsAnError()
{
    // Written past the validator (by hand): the daemon names the key instead of guessing.
    QVERIFY(
        m_database
            ->run(QStringLiteral("UPDATE settings SET value = 'no subject' WHERE key = ?"), { setting::ackTemplateRu })
            .ok());
    IntakeSettings settings;
    const auto applied = applySharedIntakeSettings(*m_database, {}, settings);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(setting::ackTemplateRu), qPrintable(applied.error().message));
}

QTEST_GUILESS_MAIN(TestSharedIntakeSettings)
#include "TestSharedIntakeSettings.moc"
