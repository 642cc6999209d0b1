#include "core/intake/ImapClient.h"
#include "core/intake/MailComposer.h"
#include "core/intake/MailPrefetcher.h"
#include "core/intake/SmtpSender.h"

#include "tests/support/ImapServer.h"
#include "tests/support/SmtpServer.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace dd;

class TestMailTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void parsesUrls();
    void parsesInternalDates_data();
    void parsesInternalDates();
    void listsAndFetchesByUid();
    void prefetchesABatchInOrder();
    void preparesOnTheWorkers();
    void refusesAStaleUidValidity();
    void fetchesLargeMailAndLongSessions();
    void startTlsOnThePlainPort();
    void verifiesTheServerCertificateByDefault();
    void reportsAWrongPassword();
    void sendsWithStartTlsWhenOffered();
    void sendsPlainWhenNoTlsIsOffered();
    void reportsTemporaryFailuresAndRecovers();
    void refusesAnUntrustedSmtpCertificate();
    void authenticatesToTheRelay();

private:
    ImapSettings imapSettings() const;
    static QByteArray message(int n);
    std::unique_ptr<test::ImapServer> m_imap;
};

void TestMailTransport::initTestCase()
{
    auto server = test::ImapServer::start();
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_imap = std::move(server.value());
    for (int n = 1; n <= 3; ++n) {
        QVERIFY(m_imap->deliver(message(n)).ok());
    }
}

void TestMailTransport::cleanupTestCase()
{
    m_imap.reset();
}

QByteArray TestMailTransport::message(int n)
{
    return QStringLiteral("From: info@romashka.ru\r\nSubject: Письмо %1\r\nMessage-ID: <m%1@romashka.ru>\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\nТекст %1\r\n")
        .arg(n)
        .toUtf8();
}

ImapSettings TestMailTransport::imapSettings() const
{
    ImapSettings settings = ImapSettings::fromUrl(m_imap->url()).value();
    settings.password = m_imap->password();
    settings.transport.caFile = m_imap->caFile();
    return settings;
}

void TestMailTransport::parsesUrls()
{
    const auto imap = ImapSettings::fromUrl(QStringLiteral("imaps://support@mail.echo-company.ru:993/Support/Inbox"));
    QVERIFY(imap.ok());
    QCOMPARE(imap->user(), QStringLiteral("support"));
    QCOMPARE(imap->mailbox(), QStringLiteral("Support/Inbox"));
    QCOMPARE(ImapSettings::fromUrl(QStringLiteral("imaps://support@mail.echo-company.ru"))->mailbox(),
             QStringLiteral("INBOX"));
    QVERIFY(!ImapSettings::fromUrl(QStringLiteral("imaps://support:pw@host/INBOX")).ok());
    QVERIFY(!ImapSettings::fromUrl(QStringLiteral("imaps://host/INBOX")).ok());
    QVERIFY(!ImapSettings::fromUrl(QStringLiteral("pop3://support@host/")).ok());
    const auto smtp = SmtpSettings::fromUrl(QStringLiteral("smtps://relay@mail.echo-company.ru:465"));
    QVERIFY(smtp.ok());
    QCOMPARE(smtp->user, QStringLiteral("relay"));
    QVERIFY(SmtpSettings::fromUrl(QStringLiteral("smtp://localhost"))->user.isEmpty());
    QVERIFY(!SmtpSettings::fromUrl(QStringLiteral("smtp://u:pw@localhost")).ok());
    QVERIFY(!SmtpSettings::fromUrl(QStringLiteral("http://localhost")).ok());
}

void TestMailTransport::parsesInternalDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::newRow("Moscow offset") << "26-Nov-2026 10:40:00 +0300"
                                   << "2026-11-26T07:40:00Z";
    QTest::newRow("space-padded day") << " 6-Jan-2027 00:00:05 +0000"
                                      << "2027-01-06T00:00:05Z";
    QTest::newRow("negative offset") << "31-Dec-2026 22:30:00 -0130"
                                     << "2027-01-01T00:00:00Z";
    QTest::newRow("garbage") << "yesterday"
                             << "";
    QTest::newRow("bad month") << "26-Foo-2026 10:40:00 +0300"
                               << "";
}

void TestMailTransport::parsesInternalDates()
{
    QFETCH(QString, text);
    QTEST(ImapClient::parseInternalDate(text)
              .toUTC()
              .toString(Qt::ISODateWithMs)
              .replace(QLatin1String(".000"), QString()),
          "utc");
}

void TestMailTransport::listsAndFetchesByUid()
{
    ImapClient client(imapSettings());
    const auto state = client.state();
    QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().message));
    QVERIFY(state->uidValidity > 0);
    QCOMPARE(state->uidNext, 4);

    const auto all = client.messagesBetween(1, 100);
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).uid, 1);
    QCOMPARE(all->at(2).uid, 3);
    QVERIFY(all->at(0).internalDate.isValid());
    QVERIFY(qAbs(all->at(0).internalDate.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    QCOMPARE(client.messagesBetween(3, 3)->size(), 1);
    QCOMPARE(client.messagesBetween(2, 3)->size(), 2);
    // A range above every UID lists nothing (IMAP would name the highest message for "4:*").
    QCOMPARE(client.messagesBetween(4, 50)->size(), 0);

    const auto fetched = client.fetch(2, state->uidValidity);
    QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().message));
    QCOMPARE(fetched.value(), message(2));
    // Read from the mailbox examined, not selected: the mail stays unread, also when the
    // listing came first on the same connection and for the mails fetched after.
    QCOMPARE(client.fetch(3, state->uidValidity).value(), message(3));
    QCOMPARE(client.messagesBetween(1, 3)->size(), 3);
    QCOMPARE(client.fetch(1, state->uidValidity).value(), message(1));
    QCOMPARE(m_imap->seenMessages(), 0);
    // A fetch the server refuses (a stale UIDVALIDITY: libcurl selects the mailbox again)
    // leaves the next one reading from the mailbox examined again.
    QVERIFY(!client.fetch(1, state->uidValidity + 1).ok());
    QCOMPARE(client.fetch(2, state->uidValidity).value(), message(2));
    QCOMPARE(m_imap->seenMessages(), 0);
}

// MailPrefetcher: two connections, a window of one, the mails handed out in UID order,
// across the ranges appended while it runs; a fetch the server refuses is the error at
// its place, and nothing after it waits.
void TestMailTransport::prefetchesABatchInOrder()
{
    ImapClient client(imapSettings());
    const qint64 validity = client.state()->uidValidity;
    MailPrefetcher prefetcher(client.settings(), 2, 1);
    prefetcher.start({ 1 }, validity);
    prefetcher.append({ 2, 3 });
    for (int index = 0; index < 3; ++index) {
        const auto mail = prefetcher.take(index);
        QVERIFY2(mail.ok(), qPrintable(mail.ok() ? QString() : mail.error().message));
        QCOMPARE(mail->raw, message(index + 1));
    }
    prefetcher.stop();
    prefetcher.start({ 3, 2 }, validity + 1); // the mailbox was rebuilt meanwhile
    QVERIFY(!prefetcher.take(0).ok());
    prefetcher.stop(); // returns: the other worker stops too
    prefetcher.start({ 2 }, validity);
    QCOMPARE(prefetcher.take(0)->raw, message(2));
}

// The preparer (the intake's parse) runs on the workers, not on the thread that takes the
// mails: that is what lets the filing overlap the parse of the next mails.
void TestMailTransport::preparesOnTheWorkers()
{
    ImapClient client(imapSettings());
    const qint64 validity = client.state()->uidValidity;
    std::atomic<int> onTaker { 0 };
    QThread* const taker = QThread::currentThread();
    MailPrefetcher prefetcher(client.settings(), 2, 4, [&](QByteArray raw) {
        onTaker += QThread::currentThread() == taker ? 1 : 0;
        return PreparedMail { raw, QStringLiteral("hashed"), {}, {}, raw.left(4) };
    });
    prefetcher.start({ 1, 2, 3 }, validity);
    for (int index = 0; index < 3; ++index) {
        const auto mail = prefetcher.take(index);
        QVERIFY(mail.ok());
        QCOMPARE(mail->raw, message(index + 1));
        QCOMPARE(mail->rawSha256, QStringLiteral("hashed"));
        QCOMPARE(mail->compressed, message(index + 1).left(4));
    }
    prefetcher.stop();
    QCOMPARE(onTaker.load(), 0);
}

void TestMailTransport::refusesAStaleUidValidity()
{
    ImapClient client(imapSettings());
    const qint64 validity = client.state()->uidValidity;
    QVERIFY(!client.fetch(1, validity + 1).ok());
    QVERIFY(m_imap->changeUidValidity(validity + 7).ok());
    ImapClient fresh(imapSettings());
    QCOMPARE(fresh.state()->uidValidity, validity + 7);
    QVERIFY(!fresh.fetch(1, validity).ok());
    QVERIFY(fresh.fetch(1, validity + 7).ok());
}

void TestMailTransport::startTlsOnThePlainPort()
{
    ImapSettings settings = imapSettings();
    settings.url.setScheme(QStringLiteral("imap"));
    settings.url.setPort(m_imap->imapPort());
    ImapClient client(settings);
    const auto state = client.state();
    QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().message));
}

void TestMailTransport::verifiesTheServerCertificateByDefault()
{
    ImapSettings settings = imapSettings();
    settings.transport.caFile.clear();
    ImapClient client(settings);
    const auto state = client.state();
    QVERIFY(!state.ok());
    QVERIFY2(state.error().message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(state.error().message));
}

void TestMailTransport::reportsAWrongPassword()
{
    ImapSettings settings = imapSettings();
    settings.password = QStringLiteral("wrong-secret");
    ImapClient client(settings);
    const auto state = client.state();
    QVERIFY(!state.ok());
    QVERIFY(!state.error().message.isEmpty());
    QVERIFY(!state.error().message.contains(QLatin1String("wrong-secret")));
}

namespace {

QByteArray acknowledgment()
{
    OutgoingMail mail;
    mail.from = { QStringLiteral("support@echo-company.ru"), QStringLiteral("Техподдержка") };
    mail.to = { QStringLiteral("info@romashka.ru"), {} };
    mail.subject = QStringLiteral("[#1] Ваше обращение зарегистрировано");
    mail.body = QStringLiteral("Номер 1.\n");
    mail.messageId = MailComposer::generateMessageId(mail.from.address);
    return MailComposer::compose(mail);
}

} // namespace

void TestMailTransport::sendsWithStartTlsWhenOffered()
{
    auto server = test::SmtpServer::start(true);
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    SmtpSettings settings = SmtpSettings::fromUrl((*server)->url()).value();
    settings.transport.caFile = (*server)->caFile();
    const auto sent = SmtpSender(settings).send(QStringLiteral("support@echo-company.ru"),
                                                { QStringLiteral("info@romashka.ru") }, acknowledgment());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    const auto received = (*server)->received();
    QCOMPARE(received.size(), 1);
    QVERIFY(received[0].tls);
    QCOMPARE(received[0].envelopeFrom, QStringLiteral("support@echo-company.ru"));
    QCOMPARE(received[0].recipients, QStringList { QStringLiteral("info@romashka.ru") });
    QVERIFY(received[0].content.contains("Auto-Submitted: auto-replied"));
}

void TestMailTransport::sendsPlainWhenNoTlsIsOffered()
{
    auto server = test::SmtpServer::start(false);
    QVERIFY(server.ok());
    const auto sent = SmtpSender(SmtpSettings::fromUrl((*server)->url()).value())
                          .send(QStringLiteral("support@echo-company.ru"), { QStringLiteral("info@romashka.ru") },
                                acknowledgment());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QCOMPARE((*server)->received().size(), 1);
    QVERIFY(!(*server)->received()[0].tls);
}

void TestMailTransport::reportsTemporaryFailuresAndRecovers()
{
    auto server = test::SmtpServer::start(false);
    QVERIFY(server.ok());
    SmtpSender sender(SmtpSettings::fromUrl((*server)->url()).value());
    (*server)->setFailing(true);
    const auto failed = sender.send(QStringLiteral("support@echo-company.ru"), { QStringLiteral("info@romashka.ru") },
                                    acknowledgment());
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QLatin1String("451")), qPrintable(failed.error().message));
    QCOMPARE((*server)->received().size(), 0);
    (*server)->setFailing(false);
    QVERIFY(
        sender.send(QStringLiteral("support@echo-company.ru"), { QStringLiteral("info@romashka.ru") }, acknowledgment())
            .ok());
    QCOMPARE((*server)->received().size(), 1);
}

void TestMailTransport::refusesAnUntrustedSmtpCertificate()
{
    auto server = test::SmtpServer::start(true);
    QVERIFY(server.ok());
    const auto sent = SmtpSender(SmtpSettings::fromUrl((*server)->url()).value())
                          .send(QStringLiteral("support@echo-company.ru"), { QStringLiteral("info@romashka.ru") },
                                acknowledgment());
    QVERIFY(!sent.ok());
    QCOMPARE((*server)->received().size(), 0);
}

void TestMailTransport::authenticatesToTheRelay()
{
    auto server = test::SmtpServer::start(true, QStringLiteral("relay"), QStringLiteral("relay-пароль"));
    QVERIFY(server.ok());
    SmtpSettings settings
        = SmtpSettings::fromUrl(QStringLiteral("smtp://relay@127.0.0.1:%1").arg((*server)->port())).value();
    settings.transport.caFile = (*server)->caFile();
    settings.password = QStringLiteral("relay-пароль");
    const auto sent = SmtpSender(settings).send(QStringLiteral("support@echo-company.ru"),
                                                { QStringLiteral("info@romashka.ru") }, acknowledgment());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QCOMPARE((*server)->received().size(), 1);
}

void TestMailTransport::fetchesLargeMailAndLongSessions()
{
    // libcurl counts IMAP answers against a 300 KB "header" limit: a 2 MB mail, 400 fetches
    // on one connection and the largest listing must all work.
    const QByteArray big = "From: a@romashka.ru\r\nSubject: big\r\nMessage-ID: <big@r>\r\n\r\n"
        + QByteArray(2 * 1024 * 1024, 'y') + "\r\n";
    QVERIFY(m_imap->deliver(big).ok());
    ImapClient client(imapSettings());
    const auto state = client.state();
    QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().message));
    const qint64 bigUid = state->uidNext - 1;
    const auto fetchedBig = client.fetch(bigUid, state->uidValidity);
    QVERIFY2(fetchedBig.ok(), qPrintable(fetchedBig.ok() ? QString() : fetchedBig.error().message));
    QCOMPARE(fetchedBig->size(), big.size());
    for (int i = 0; i < 400; ++i) {
        const auto fetched = client.fetch(1 + i % 3, state->uidValidity);
        QVERIFY2(
            fetched.ok(),
            qPrintable(QStringLiteral("fetch %1: %2").arg(i).arg(fetched.ok() ? QString() : fetched.error().message)));
        if (i % 50 == 0) {
            const auto listed = client.messagesBetween(1, 1000); // capped at maxListing
            QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().message));
        }
    }
}

QTEST_GUILESS_MAIN(TestMailTransport)
#include "TestMailTransport.moc"
