// Escalation mail (docs/rules.md#tickets): a client's mail to the head of support's
// address flags the ticket, and the project's account manager and the heads of support
// hear of it by mail — queued with the filing, sent to a real SMTP server (aiosmtpd).
// Also the acknowledgments' way to that server: queued as drafts, composed when sent.
#include "core/intake/AcknowledgmentSender.h"
#include "core/intake/IntakeRules.h"
#include "core/intake/MailParser.h"
#include "core/intake/SmtpSender.h"
#include "core/storage/TicketRepository.h"

#include "tests/core/intake/IntakeServiceFixture.h"
#include "tests/support/SmtpServer.h"

#include <QTest>

using namespace dd;

class TestEscalationMail : public QObject, public test::IntakeServiceFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void notifiesTheAccountManagerAndTheHeadsOfSupport();
    void sendsAcknowledgmentsComposedFromTheirDrafts();

private:
    qint64 addUser(const QString& login, const QString& email, bool active = true);
    void addTheAccountManagerAndHeads();
    Result<AcknowledgmentSender::Summary> sendAllDue(const test::SmtpServer& sink);
};

// Everything queued, sent as the daemon sends it, to the sink.
Result<AcknowledgmentSender::Summary> TestEscalationMail::sendAllDue(const test::SmtpServer& sink)
{
    SmtpSettings relaySettings = SmtpSettings::fromUrl(sink.url()).value();
    relaySettings.transport.requireTls = false;
    SmtpSender relay(relaySettings);
    return AcknowledgmentSender(service().store()).sendAllDue(relay);
}

qint64 TestEscalationMail::addUser(const QString& login, const QString& email, bool active)
{
    auto id = m_db.database->runScalar(
        QStringLiteral("INSERT INTO users (login, full_name, email, active, created_at) VALUES (?, ?, ?, ?, 0) "
                       "RETURNING id"),
        { login, login, email.isEmpty() ? QVariant() : QVariant(email), active ? 1 : 0 });
    if (!id) {
        qFatal("cannot add %s: %s", qPrintable(login), qPrintable(id.error().message));
    }
    return id->toLongLong();
}

// Romashka's account manager; an active head, a former head and a head without an
// address; and an engineer, who is not told.
void TestEscalationMail::addTheAccountManagerAndHeads()
{
    const qint64 manager = addUser(QStringLiteral("manager"), QStringLiteral("Manager@echo-company.ru"));
    QVERIFY(m_db.database
                ->runScalar(QStringLiteral("UPDATE projects SET account_manager_id = ? WHERE id = ?"),
                            { manager, m_db.romashkaProject })
                .ok());
    const qint64 head = addUser(QStringLiteral("head"), QStringLiteral("head.person@echo-company.ru"));
    const qint64 formerHead = addUser(QStringLiteral("former"), QStringLiteral("former@echo-company.ru"), false);
    const qint64 headWithoutMail = addUser(QStringLiteral("nomail"), {});
    addUser(QStringLiteral("engineer"), QStringLiteral("engineer@echo-company.ru"));
    for (const qint64 user : { head, formerHead, headWithoutMail }) {
        QVERIFY(m_db.database
                    ->runScalar(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, 'head-of-support')"),
                                { user })
                    .ok());
    }
}

void TestEscalationMail::notifiesTheAccountManagerAndTheHeadsOfSupport()
{
    addTheAccountManagerAndHeads();
    if (QTest::currentTestFailed()) {
        return;
    }
    IntakeSettings withHead = settings();
    withHead.escalationAddress = QStringLiteral("head@echo-company.ru");
    restart(withHead);
    const auto first = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    QCOMPARE(first->outcome, QStringLiteral("ticket"));
    const QByteArray complaint = QStringLiteral("From: Олег <oleg@romashka.ru>\r\nTo: head@echo-company.ru\r\n"
                                                "Subject: %1 никто не отвечает\r\nMessage-ID: <esc1@r>\r\n"
                                                "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                                "Третий день без ответа, корзина так и не работает.\r\n")
                                     .arg(IntakeRules::ticketTag(first->ticketNumber))
                                     .toUtf8();
    const auto escalated = process(complaint);
    QCOMPARE(escalated->outcome, QStringLiteral("message"));
    QVERIFY2(escalated->detail.contains(QStringLiteral("2 notified")), qPrintable(escalated->detail));
    QVERIFY(TicketRepository(*m_db.database).get(first->ticketId)->escalated);

    auto sink = test::SmtpServer::start();
    QVERIFY2(sink.ok(), qPrintable(sink.ok() ? QString() : sink.error().message));
    auto sent = sendAllDue(*sink.value());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QStringList notified;
    for (const test::SmtpServer::Received& mail : sink.value()->received()) {
        if (!mail.content.contains("Auto-Submitted") || mail.recipients.contains(QStringLiteral("oleg@romashka.ru"))
            || mail.recipients.contains(QStringLiteral("anna.petrova@romashka.ru"))) {
            continue; // the clients' acknowledgments
        }
        notified += mail.recipients;
        const MailMessage read = MailParser().parse(mail.content).value();
        QVERIFY2(read.text.contains(QStringLiteral("Третий день без ответа")), qPrintable(read.text));
        QVERIFY2(read.subject.contains(IntakeRules::ticketTag(first->ticketNumber)), qPrintable(read.subject));
        QCOMPARE(read.from.address, QStringLiteral("support@echo-company.ru"));
    }
    notified.sort();
    QCOMPARE(
        notified,
        (QStringList { QStringLiteral("head.person@echo-company.ru"), QStringLiteral("manager@echo-company.ru") }));
    // Already escalated: a second mail to the head notifies nobody again.
    QByteArray again = complaint;
    again.replace("<esc1@r>", "<esc2@r>");
    QVERIFY(process(again).ok());
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE recipient LIKE '%@echo-company.ru'")),
             2);
}

// The intake queues its acknowledgments as drafts (migration 25) and composes them when
// it sends them; a draft that cannot be read fails for good, with the reason, and the
// mails after it still go.
void TestEscalationMail::sendsAcknowledgmentsComposedFromTheirDrafts()
{
    const auto first = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    QVERIFY(first.ok());
    QCOMPARE(first->outcome, QStringLiteral("ticket"));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE ticket_id = ? AND length(content) = 0 "
                                       "AND draft LIKE '%anna.petrova@romashka.ru%'"),
                        { first->ticketId }),
             1);
    QByteArray second = load(QStringLiteral("cyrillic-split-subject.eml"));
    second.replace("split-subject-1@romashka.ru", "drafts-2@romashka.ru");
    const auto broken = process(second);
    QVERIFY(broken.ok());
    QCOMPARE(broken->outcome, QStringLiteral("ticket"));
    QVERIFY(m_db.database
                ->runRows(QStringLiteral("UPDATE outgoing_mail SET draft = '{\"to\": 1' WHERE ticket_id = ?"),
                          { broken->ticketId })
                .ok());

    auto sink = test::SmtpServer::start();
    QVERIFY2(sink.ok(), qPrintable(sink.ok() ? QString() : sink.error().message));
    auto sent = sendAllDue(*sink.value());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QCOMPARE(sent->sent, 1);
    QCOMPARE(sent->failed, 1);
    QVERIFY2(sent->errors.join(u' ').contains(QStringLiteral("failed for good: its draft could not be composed")),
             qPrintable(sent->errors.join(u' ')));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE ticket_id = ? AND status = 'failed' "
                                       "AND last_error LIKE '%draft%'"),
                        { broken->ticketId }),
             1);

    const QList<test::SmtpServer::Received> received = sink.value()->received();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().recipients, QStringList { QStringLiteral("anna.petrova@romashka.ru") });
    QCOMPARE(received.first().envelopeFrom, QStringLiteral("support@echo-company.ru"));
    const MailMessage ack = MailParser().parse(received.first().content).value();
    QVERIFY2(ack.subject.startsWith(IntakeRules::ticketTag(first->ticketNumber)), qPrintable(ack.subject));
    QCOMPARE(ack.autoReply, AutoReplyKind::AutoSubmitted);
    QCOMPARE(ack.inReplyTo, QStringList { QStringLiteral("split-subject-1@romashka.ru") });
    // The Message-ID the ticket's history knows, so that a reply to it threads back.
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ticket_id = ? AND direction = 'out' "
                                       "AND message_id = ?"),
                        { first->ticketId, ack.messageId }),
             1);
}

QTEST_GUILESS_MAIN(TestEscalationMail)
#include "TestEscalationMail.moc"
