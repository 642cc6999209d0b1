// dutydeskctl quarantine list|show|release|discard and ticket raw, spawned as a user would.
#include "core/intake/IntakeService.h"

#include "tests/core/intake/IntakeTestDatabase.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dd;

namespace {

// A client's mail, a stranger's (held as unknown-sender) and spam (held as spam).
const QByteArray knownMail = "From: info@romashka.ru\r\nSubject: menu\r\nMessage-ID: <k@r>\r\n\r\nThe menu is gone\r\n";
const QByteArray strangerMail
    = "From: boss@romashka.ru\r\nSubject: Сайт лежит\r\nMessage-ID: <s@r>\r\n\r\nПочините сайт\r\n";
const QByteArray spamMail = "From: deals@spam.example\r\nSubject: pills\r\nMessage-ID: <p@x>\r\nX-Spam-Flag: YES\r\n"
                            "X-Spam-Status: Yes, score=9.9 required=5.0\r\n\r\nbuy\r\n";

} // namespace

class TestQuarantineCli : public QObject
{
    Q_OBJECT

private slots:
    void listsShowsReleasesAndDiscards();

private:
    using Run = test::ProcessRun;
    Run ctl(const QStringList& arguments) const;
    // listsShowsReleasesAndDiscards's steps, in order.
    void intakeFilesOneAndHoldsTwo();
    void listShowsTheHeldMails();
    void showGivesTheMailAndItsOriginal();
    void releaseFilesATicketAndAcknowledges();
    void discardNeedsAReason();
    void missingDatabaseFolderIsNamed();
    void rawGivesAFiledMailByteForByte();

    test::IntakeTestDatabase m_db;
    QString m_strangerId; // the held mail from boss@romashka.ru
    QString m_spamId; // the held spam
};

TestQuarantineCli::Run TestQuarantineCli::ctl(const QStringList& arguments) const
{
    return test::runBuilt(QStringLiteral("dutydeskctl"),
                          arguments + QStringList { QStringLiteral("--database"), m_db.path() }, { {}, {}, 60000 });
}

void TestQuarantineCli::listsShowsReleasesAndDiscards()
{
    intakeFilesOneAndHoldsTwo();
    if (QTest::currentTestFailed()) {
        return;
    }
    listShowsTheHeldMails();
    if (QTest::currentTestFailed()) {
        return;
    }
    showGivesTheMailAndItsOriginal();
    if (QTest::currentTestFailed()) {
        return;
    }
    releaseFilesATicketAndAcknowledges();
    if (QTest::currentTestFailed()) {
        return;
    }
    discardNeedsAReason();
    if (QTest::currentTestFailed()) {
        return;
    }
    missingDatabaseFolderIsNamed();
    if (QTest::currentTestFailed()) {
        return;
    }
    rawGivesAFiledMailByteForByte();
}

void TestQuarantineCli::intakeFilesOneAndHoldsTwo()
{
    m_db = test::IntakeTestDatabase::create();
    IntakeSettings settings;
    settings.supportAddress = { QStringLiteral("support@echo-company.ru"), {} };
    IntakeService intake(*m_db.database, settings);
    const QString mailbox = QStringLiteral("support@mail/INBOX");
    QCOMPARE(intake.process(mailbox, 1, 1, {}, knownMail)->outcome, QStringLiteral("ticket"));
    QCOMPARE(intake.process(mailbox, 1, 2, {}, strangerMail)->outcome, QStringLiteral("quarantined"));
    QCOMPARE(intake.process(mailbox, 1, 3, {}, spamMail)->outcome, QStringLiteral("quarantined"));
}

void TestQuarantineCli::listShowsTheHeldMails()
{
    const Run list = ctl({ QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray held = list.json().array();
    QCOMPARE(held.size(), 2);
    const QJsonObject first = held.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("sender")).toString(), QStringLiteral("boss@romashka.ru"));
    QCOMPARE(first.value(QStringLiteral("subject")).toString(), QStringLiteral("Сайт лежит"));
    QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown-sender"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    QVERIFY(!first.value(QStringLiteral("received")).toString().isEmpty());
    QCOMPARE(held.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("spam"));
    QVERIFY(held.at(1).toObject().value(QStringLiteral("spam_score")).toString().contains(QStringLiteral("9.9")));
    m_strangerId = QString::number(first.value(QStringLiteral("id")).toInteger());
    m_spamId = QString::number(held.at(1).toObject().value(QStringLiteral("id")).toInteger());
}

void TestQuarantineCli::showGivesTheMailAndItsOriginal()
{
    const Run show = ctl({ QStringLiteral("quarantine"), QStringLiteral("show"), m_strangerId });
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    QVERIFY(show.out.contains(QStringLiteral("Сайт лежит")));
    QCOMPARE(
        ctl({ QStringLiteral("quarantine"), QStringLiteral("show"), m_strangerId, QStringLiteral("--raw") }).outBytes,
        strangerMail);
    QVERIFY(ctl({ QStringLiteral("quarantine"), QStringLiteral("show"), QStringLiteral("999") }).exitCode != 0);
}

void TestQuarantineCli::releaseFilesATicketAndAcknowledges()
{
    // Releasing needs a project that exists.
    QVERIFY(ctl({ QStringLiteral("quarantine"), QStringLiteral("release"), m_strangerId, QStringLiteral("--project"),
                  QStringLiteral("nosuch") })
                .exitCode
            != 0);
    const Run released = ctl({ QStringLiteral("quarantine"), QStringLiteral("release"), m_strangerId,
                               QStringLiteral("--project"), QStringLiteral("romashka") });
    QVERIFY2(released.exitCode == 0, qPrintable(released.err));
    QVERIFY2(released.out.contains(QStringLiteral("ticket #2")), released.outBytes.constData());
    QCOMPARE(
        m_db.count(QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE status = 'released' AND ticket_id IS NOT NULL "
                                  "AND resolved_by <> ''")),
        1); // who did it is recorded
    // Its acknowledgment goes out from the intake's address.
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = 'boss@romashka.ru' "
                                       "AND envelope_from = 'support@echo-company.ru'")),
             1);
}

void TestQuarantineCli::discardNeedsAReason()
{
    // A discard says why.
    QVERIFY(ctl({ QStringLiteral("quarantine"), QStringLiteral("discard"), m_spamId }).exitCode != 0);
    const Run discarded = ctl({ QStringLiteral("quarantine"), QStringLiteral("discard"), m_spamId,
                                QStringLiteral("--reason"), QStringLiteral("spam") });
    QVERIFY2(discarded.exitCode == 0, qPrintable(discarded.err));
    const Run list = ctl(
        { QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json") });
    const QJsonArray all = list.json().array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("released"));
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("discarded"));
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("spam"));
    QCOMPARE(
        ctl({ QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--json") }).json().array().size(),
        0);
}

void TestQuarantineCli::missingDatabaseFolderIsNamed()
{
    // A database path whose folder does not exist is an error naming it; nothing is created.
    const Run missing
        = test::runBuilt(QStringLiteral("dutydeskctl"),
                         { QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--database"),
                           QStringLiteral("/nonexistent-dutydesk-ctl/dutydesk.sqlite") });
    QVERIFY(missing.exitCode > 0);
    QVERIFY2(missing.err.contains(QStringLiteral("/nonexistent-dutydesk-ctl")), "the error names the folder");
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dutydesk-ctl")));
}

void TestQuarantineCli::rawGivesAFiledMailByteForByte()
{
    // The original of a filed mail, byte for byte.
    const qint64 row = m_db.count(QStringLiteral("SELECT id FROM messages WHERE message_id = 'k@r'"));
    const Run raw = ctl({ QStringLiteral("ticket"), QStringLiteral("raw"), QStringLiteral("1"), QString::number(row) });
    QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
    QCOMPARE(raw.outBytes, knownMail);
    QVERIFY(ctl({ QStringLiteral("ticket"), QStringLiteral("raw"), QStringLiteral("2"), QString::number(row) }).exitCode
            != 0); // not a message of ticket 2
}

QTEST_GUILESS_MAIN(TestQuarantineCli)
#include "TestQuarantineCli.moc"
