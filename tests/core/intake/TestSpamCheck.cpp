// The anti-spam check before acceptance (docs/mail-intake.md#spam) against a real spamd
// on loopback, with the GTUBE test string.
#include "core/intake/IntakeService.h"
#include "core/intake/SpamCheck.h"

#include "tests/core/intake/IntakeTestDatabase.h"
#include "tests/support/SpamdServer.h"

#include <QTest>

using namespace dd;

class TestSpamCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void spamdScoresGtubeAsSpam();
    void parsesAddresses();
    void intakeQuarantinesSpamAndWaitsForAnUnreachableSpamd();

private:
    static QByteArray mail(const QByteArray& id, const QByteArray& body);
    std::unique_ptr<test::SpamdServer> m_spamd;
};

QByteArray TestSpamCheck::mail(const QByteArray& id, const QByteArray& body)
{
    return "From: info@romashka.ru\r\nTo: support@echo-company.ru\r\nSubject: offer\r\nMessage-ID: <" + id
        + "@romashka.ru>\r\nDate: Mon, 30 Nov 2026 10:00:00 +0300\r\n\r\n" + body + "\r\n";
}

void TestSpamCheck::initTestCase()
{
    auto spamd = test::SpamdServer::start();
    QVERIFY2(spamd.ok(), qPrintable(spamd.ok() ? QString() : spamd.error().message));
    m_spamd = std::move(spamd.value());
}

void TestSpamCheck::cleanupTestCase()
{
    m_spamd.reset();
}

void TestSpamCheck::spamdScoresGtubeAsSpam()
{
    const SpamCheck check(m_spamd->host(), m_spamd->port());
    const auto spam = check.check(mail("g1", test::SpamdServer::gtube()));
    QVERIFY2(spam.ok(), qPrintable(spam.ok() ? QString() : spam.error().message));
    QVERIFY(spam->spam);
    QVERIFY(spam->score >= 1000);
    QCOMPARE(spam->threshold, 5.0);
    QVERIFY2(spam->scoreText().startsWith(QStringLiteral("100")), qPrintable(spam->scoreText()));
    const auto ham = check.check(mail("h1", "The basket on romashka.ru loses its items, please have a look."));
    QVERIFY2(ham.ok(), qPrintable(ham.ok() ? QString() : ham.error().message));
    QVERIFY(!ham->spam);
    QVERIFY(ham->score < 5);
}

void TestSpamCheck::parsesAddresses()
{
    QCOMPARE(SpamCheck::fromAddress(QStringLiteral("127.0.0.1")).value().port(), 783);
    QCOMPARE(SpamCheck::fromAddress(QStringLiteral("spam.local:1783")).value().host(), QStringLiteral("spam.local"));
    QVERIFY(!SpamCheck::fromAddress(QStringLiteral("host:0")).ok());
    QVERIFY(!SpamCheck::fromAddress(QStringLiteral("a b:1")).ok());
}

void TestSpamCheck::intakeQuarantinesSpamAndWaitsForAnUnreachableSpamd()
{
    auto db = test::IntakeTestDatabase::create();
    IntakeSettings settings;
    settings.supportAddress = { QStringLiteral("support@echo-company.ru"), {} };
    settings.spamd = SpamCheck(m_spamd->host(), m_spamd->port(), 10);
    IntakeService service(*db.database, settings);
    const QString mailbox = QStringLiteral("support@mail/INBOX");

    const auto spam = service.process(mailbox, 1, 1, {}, mail("g2", test::SpamdServer::gtube()));
    QVERIFY2(spam.ok(), qPrintable(spam.ok() ? QString() : spam.error().message));
    QCOMPARE(spam->outcome, QStringLiteral("quarantined"));
    const auto held = service.store().quarantine().value();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held[0].reason, quarantine_reason::spam);
    QVERIFY2(held[0].spamScore.startsWith(QStringLiteral("100")), qPrintable(held[0].spamScore));
    QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 0); // never acknowledged

    const auto ham = service.process(mailbox, 1, 2, {}, mail("h2", "The basket on romashka.ru is empty again."));
    QCOMPARE(ham->outcome, QStringLiteral("ticket"));

    // Without the check nothing is accepted: the UID stays unprocessed until spamd is back.
    QVERIFY(m_spamd->stop().ok());
    const auto waiting = service.process(mailbox, 1, 3, {}, mail("h3", "Another request about the basket."));
    QVERIFY(!waiting.ok());
    QVERIFY2(waiting.error().message.contains(QStringLiteral("anti-spam check")), qPrintable(waiting.error().message));
    QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM intake_log WHERE uid = 3")), 0);
    QCOMPARE(service.store().cursor(mailbox).value()->lastUid, 2);
    QVERIFY(m_spamd->restart().ok());
    QCOMPARE(service.process(mailbox, 1, 3, {}, mail("h3", "Another request about the basket."))->outcome,
             QStringLiteral("ticket"));
}

QTEST_GUILESS_MAIN(TestSpamCheck)
#include "TestSpamCheck.moc"
