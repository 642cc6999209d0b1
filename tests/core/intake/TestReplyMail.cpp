// Issue 15: an engineer's reply reaches the client through the real relay, and the
// client's answer threads back — a real Dovecot, a real SMTP server (aiosmtpd), the
// dutydesk-intake daemon as a separate process, SQLite.
#include "core/intake/AcknowledgmentSender.h"
#include "core/intake/IntakeRules.h"
#include "core/intake/MailParser.h"
#include "core/intake/TicketReplies.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketConversation.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"

#include "tests/core/intake/IntakeDaemonFixture.h"
#include "tests/core/intake/IntakeTestDatabase.h"
#include "tests/support/ImapServer.h"
#include "tests/support/SmtpServer.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace dd;

class TestReplyMail : public QObject, public test::IntakeDaemonFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replyReachesTheWriterAndTheAnswerThreadsBack();
    void phoneTicketReplyGoesToTheOfficialAddress();
    void refusedReplyIsRetriedThenFailedAndSentAgain();
    void badInputSavesNothing();

private:
    QString runDaemon();
    void deliver(const QString& from, const QString& subject, const QString& messageId, const QString& inReplyTo = {},
                 const QString& text = {});
    qint64 phoneTicket();
    qint64 writes() const; // rows a refused reply must not leave behind
    // replyReachesTheWriterAndTheAnswerThreadsBack's steps, in order.
    void mailIsFiledWithItsPageUrl(qint64* ticketId, qint64* number);
    void replyIsQueuedWithItsEvent(qint64 ticketId);
    void replyIsSentThreadedAndTheNoteIsNot(qint64 ticketId, qint64 number, MailMessage* replyOut);
    void conversationShowsTheSentReplyAndTheNote(qint64 ticketId);
    void answerThreadsBackOntoTheTicket(qint64 ticketId, const MailMessage& reply);
    // badInputSavesNothing's steps.
    void oversizedAttachmentIsRefused(const TicketReplies& replies, qint64 ticketId);
    void addPhoneTicketOfAClientWithoutAddress(qint64* phoneId);

    Actor m_engineer;
};

void TestReplyMail::init()
{
    setUp(false);
    if (QTest::currentTestFailed()) {
        return;
    }
    User user;
    user.login = QStringLiteral("ivanov");
    user.fullName = QStringLiteral("Иван Иванов");
    user.roles = { Role::Engineer };
    auto added = UserRepository(*m_db.database).add(user);
    QVERIFY(added.ok());
    m_engineer = Actor { added->id, added->login, added->fullName };
}

void TestReplyMail::cleanup()
{
    tearDown();
}

QString TestReplyMail::runDaemon()
{
    // One `--once` run; empty when it ended cleanly, else its output (the reason).
    const Run run = IntakeDaemonFixture::runDaemon();
    return run.exitCode == 0 && !run.crashed ? QString() : run.output;
}

void TestReplyMail::deliver(const QString& from, const QString& subject, const QString& messageId,
                            const QString& inReplyTo, const QString& text)
{
    const QString threading
        = inReplyTo.isEmpty() ? QString() : QStringLiteral("In-Reply-To: <%1>\r\nReferences: <%1>\r\n").arg(inReplyTo);
    const QByteArray mail = QStringLiteral("From: %1\r\nTo: support@echo-company.ru\r\nSubject: %2\r\n"
                                           "Message-ID: <%3>\r\n%4Date: Wed, 25 Nov 2026 10:00:00 +0300\r\n"
                                           "Content-Type: text/plain; charset=utf-8\r\n\r\nТекст письма %3. %5\r\n")
                                .arg(from, subject, messageId, threading, text)
                                .toUtf8();
    QVERIFY(m_imap->deliver(mail).ok());
}

qint64 TestReplyMail::phoneTicket()
{
    Ticket draft;
    draft.projectId = m_db.romashkaProject;
    draft.subject = QStringLiteral("Звонок: не открывается каталог");
    draft.channel = Channel::Phone;
    draft.arrived = QDateTime::currentDateTimeUtc().addSecs(-600);
    draft.category = QStringLiteral("site-down");
    auto added = TicketRepository(*m_db.database).add(draft, m_engineer);
    if (!added) {
        qWarning("%s", qPrintable(added.error().message));
        return 0;
    }
    return added->id;
}

qint64 TestReplyMail::writes() const
{
    return m_db.count(QStringLiteral("SELECT (SELECT COUNT(*) FROM messages) + (SELECT COUNT(*) FROM outgoing_mail) "
                                     "+ (SELECT COUNT(*) FROM ticket_events) + (SELECT COUNT(*) FROM attachments)"));
}

void TestReplyMail::replyReachesTheWriterAndTheAnswerThreadsBack()
{
    qint64 ticketId = 0;
    qint64 number = 0;
    mailIsFiledWithItsPageUrl(&ticketId, &number);
    if (QTest::currentTestFailed()) {
        return;
    }
    replyIsQueuedWithItsEvent(ticketId);
    if (QTest::currentTestFailed()) {
        return;
    }
    MailMessage reply;
    replyIsSentThreadedAndTheNoteIsNot(ticketId, number, &reply);
    if (QTest::currentTestFailed()) {
        return;
    }
    conversationShowsTheSentReplyAndTheNote(ticketId);
    if (QTest::currentTestFailed()) {
        return;
    }
    answerThreadsBackOntoTheTicket(ticketId, reply);
}

// The client's first mail becomes the ticket, acknowledged.
void TestReplyMail::mailIsFiledWithItsPageUrl(qint64* ticketId, qint64* number)
{
    deliver(QStringLiteral("Анна Петрова <anna.petrova@romashka.ru>"), QStringLiteral("Не работает корзина"),
            QStringLiteral("a1@romashka.ru"), {},
            QStringLiteral("Пример: https://example.com/x и https://romashka.ru/cart?item=7, не добавляется."));
    QCOMPARE(runDaemon(), QString());
    QCOMPARE(m_smtp->received().size(), 1); // the acknowledgment
    *ticketId = m_db.count(QStringLiteral("SELECT id FROM tickets"));
    *number = m_db.count(QStringLiteral("SELECT number FROM tickets"));
    // The intake filled the page URL from the first address on the client's site.
    QCOMPARE(TicketRepository(*m_db.database).get(*ticketId)->pageUrl,
             QStringLiteral("https://romashka.ru/cart?item=7"));
}

void TestReplyMail::replyIsQueuedWithItsEvent(qint64 ticketId)
{
    QFile screenshot(m_files->filePath(QStringLiteral("cart.png")));
    QVERIFY(screenshot.open(QIODevice::WriteOnly));
    screenshot.write(QByteArray(2048, 'x'));
    screenshot.close();
    auto attachment = TicketReplies::readAttachment(screenshot.fileName());
    QVERIFY(attachment.ok());
    auto sent = TicketReplies(*m_db.database)
                    .reply({ ticketId,
                             QStringLiteral("Анна, корзина снова работает: https://romashka.ru/cart"),
                             { *attachment } },
                           m_engineer);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QCOMPARE(sent->recipient, QStringLiteral("anna.petrova@romashka.ru"));
    // Queued with its reply event, in one commit; not sent before the daemon runs.
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'reply'")), 1);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE status = 'queued'")), 1);
    auto queued = TicketConversation(*m_db.database).of(ticketId);
    QVERIFY(queued.ok());
    QCOMPARE(queued->last().kind, ConversationEntry::Kind::Reply);
    QCOMPARE(queued->last().deliveries.value(0).status, QStringLiteral("queued"));
}

void TestReplyMail::replyIsSentThreadedAndTheNoteIsNot(qint64 ticketId, qint64 number, MailMessage* replyOut)
{
    // A note is never sent.
    QVERIFY(TicketReplies(*m_db.database).note(ticketId, QStringLiteral("Клиент нервничает"), m_engineer).ok());
    QCOMPARE(runDaemon(), QString());
    const auto received = m_smtp->received();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received[1].recipients, QStringList { QStringLiteral("anna.petrova@romashka.ru") });
    QCOMPARE(received[1].envelopeFrom, QStringLiteral("support@echo-company.ru"));
    QVERIFY(!received[1].content.contains("Клиент нервничает"));
    *replyOut = MailParser().parse(received[1].content).value();
    const MailMessage& reply = *replyOut;
    QCOMPARE(IntakeRules::ticketNumberFromSubject(reply.subject).value_or(0), number);
    QVERIFY2(reply.subject.startsWith(QStringLiteral("[#%1] ").arg(number)), qPrintable(reply.subject));
    QCOMPARE(reply.inReplyTo, QStringList { QStringLiteral("a1@romashka.ru") });
    QCOMPARE(reply.autoReply, AutoReplyKind::None); // a person's reply, answered as usual
    QVERIFY(reply.text.contains(QStringLiteral("корзина снова работает")));
    QVERIFY(reply.text.contains(QStringLiteral("Иван Иванов")));
    QVERIFY(received[1].content.contains("multipart/alternative"));
    QVERIFY(received[1].content.contains("text/html"));
    QCOMPARE(reply.attachments.size(), 1);
    QCOMPARE(reply.attachments[0].fileName, QStringLiteral("cart.png"));
    QCOMPARE(reply.attachments[0].content, QByteArray(2048, 'x'));
}

void TestReplyMail::conversationShowsTheSentReplyAndTheNote(qint64 ticketId)
{
    auto delivered = TicketConversation(*m_db.database).of(ticketId);
    QVERIFY(delivered.ok());
    bool sawNote = false;
    for (const ConversationEntry& entry : *delivered) {
        if (entry.kind == ConversationEntry::Kind::Reply) {
            QCOMPARE(entry.deliveries.value(0).status, QStringLiteral("sent"));
            QCOMPARE(entry.author, QStringLiteral("Иван Иванов"));
            QCOMPARE(entry.attachments.size(), 1);
        }
        sawNote = sawNote || (entry.kind == ConversationEntry::Kind::Note && entry.text == "Клиент нервничает");
    }
    QVERIFY(sawNote);
}

void TestReplyMail::answerThreadsBackOntoTheTicket(qint64 ticketId, const MailMessage& reply)
{
    // The client answers the reply: it threads back onto the ticket.
    deliver(QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Re: %1").arg(reply.subject),
            QStringLiteral("a2@romashka.ru"), reply.messageId);
    QCOMPARE(runDaemon(), QString());
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'in' AND ticket_id = ?"),
                        { ticketId }),
             2);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'client-message' "
                                       "AND ticket_id = ?"),
                        { ticketId }),
             1);
    // The next reply answers the newest mail.
    auto again = TicketReplies(*m_db.database).reply({ ticketId, QStringLiteral("Спасибо!"), {} }, m_engineer);
    QVERIFY(again.ok());
    QCOMPARE(runDaemon(), QString());
    const MailMessage second = MailParser().parse(m_smtp->received().last().content).value();
    QCOMPARE(second.inReplyTo, QStringList { QStringLiteral("a2@romashka.ru") });
}

void TestReplyMail::phoneTicketReplyGoesToTheOfficialAddress()
{
    // The support address is known once the intake sent its first mail.
    deliver(QStringLiteral("oleg@romashka.ru"), QStringLiteral("Другой вопрос"), QStringLiteral("o1@romashka.ru"));
    QCOMPARE(runDaemon(), QString());
    const qint64 ticketId = phoneTicket();
    QVERIFY(ticketId > 0);
    // A follow-up by messenger starts a reaction clock like a mail, and has no address.
    auto followUp = TicketReplies(*m_db.database)
                        .clientMessage(ticketId, Channel::Telegram, QStringLiteral("Каталог так и не открылся"),
                                       QDateTime::currentDateTimeUtc().addSecs(-60), m_engineer);
    QVERIFY2(followUp.ok(), qPrintable(followUp.ok() ? QString() : followUp.error().message));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE type = 'client-message' "
                                       "AND ticket_id = ?"),
                        { ticketId }),
             1);
    auto sent = TicketReplies(*m_db.database).reply({ ticketId, QStringLiteral("Каталог починили."), {} }, m_engineer);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QCOMPARE(sent->recipient, QStringLiteral("info@romashka.ru"));
    QCOMPARE(runDaemon(), QString());
    const auto received = m_smtp->received();
    QCOMPARE(received.last().recipients, QStringList { QStringLiteral("info@romashka.ru") });
    const MailMessage reply = MailParser().parse(received.last().content).value();
    QVERIFY(reply.inReplyTo.isEmpty()); // no mail of the client's to answer
    QVERIFY(reply.text.contains(QStringLiteral("Каталог починили.")));
}

void TestReplyMail::refusedReplyIsRetriedThenFailedAndSentAgain()
{
    deliver(QStringLiteral("anna.petrova@romashka.ru"), QStringLiteral("Ошибка 500"), QStringLiteral("f1@romashka.ru"));
    QCOMPARE(runDaemon(), QString());
    const qint64 ticketId = m_db.count(QStringLiteral("SELECT id FROM tickets"));
    const qsizetype acknowledged = m_smtp->received().size();
    m_smtp->setFailing(true);
    auto sent = TicketReplies(*m_db.database).reply({ ticketId, QStringLiteral("Смотрим."), {} }, m_engineer);
    QVERIFY(sent.ok());
    const qint64 mailId
        = m_db.count(QStringLiteral("SELECT id FROM outgoing_mail WHERE message_row_id = ?"), { sent->messageRowId });
    for (int attempt = 1; attempt <= AcknowledgmentSender::maxAttempts; ++attempt) {
        QVERIFY(m_db.database->run(QStringLiteral("UPDATE outgoing_mail SET next_attempt_at = 0")).ok());
        QCOMPARE(runDaemon(), QString());
        QCOMPARE(m_db.count(QStringLiteral("SELECT attempts FROM outgoing_mail WHERE id = ?"), { mailId }), attempt);
        const QString status
            = attempt < AcknowledgmentSender::maxAttempts ? QStringLiteral("queued") : QStringLiteral("failed");
        QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE id = ? AND status = ?"),
                            { mailId, status }),
                 1);
    }
    auto conversation = TicketConversation(*m_db.database).of(ticketId);
    QVERIFY(conversation.ok());
    const MailDelivery failed = conversation->last().deliveries.value(0);
    QCOMPARE(failed.status, QStringLiteral("failed"));
    QVERIFY2(failed.lastError.contains(QLatin1String("451")), qPrintable(failed.lastError));
    // A failed mail is not tried again by itself …
    m_smtp->setFailing(false);
    QVERIFY(m_db.database->run(QStringLiteral("UPDATE outgoing_mail SET next_attempt_at = 0")).ok());
    QCOMPARE(runDaemon(), QString());
    QCOMPARE(m_smtp->received().size(), acknowledged);
    // … until someone sends it again; only a failed one may be.
    QVERIFY(TicketReplies(*m_db.database).retry(mailId).ok());
    QVERIFY(!TicketReplies(*m_db.database).retry(mailId).ok());
    QCOMPARE(runDaemon(), QString());
    QCOMPARE(
        m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE id = ? AND status = 'sent'"), { mailId }),
        1);
    QCOMPARE(m_smtp->received().last().recipients, QStringList { QStringLiteral("anna.petrova@romashka.ru") });
}

void TestReplyMail::badInputSavesNothing()
{
    deliver(QStringLiteral("oleg@romashka.ru"), QStringLiteral("Вопрос"), QStringLiteral("b1@romashka.ru"));
    QCOMPARE(runDaemon(), QString());
    const qint64 ticketId = m_db.count(QStringLiteral("SELECT id FROM tickets"));
    const qint64 before = writes();
    const TicketReplies replies(*m_db.database);

    auto empty = replies.reply({ ticketId, QStringLiteral("   \n"), {} }, m_engineer);
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().message.contains(QLatin1String("empty")), qPrintable(empty.error().message));

    oversizedAttachmentIsRefused(replies, ticketId);
    if (QTest::currentTestFailed()) {
        return;
    }
    // A client without an address, a ticket taken by phone: nothing to send to.
    qint64 phoneId = 0;
    addPhoneTicketOfAClientWithoutAddress(&phoneId);
    if (QTest::currentTestFailed()) {
        return;
    }
    const qint64 withPhone = writes();
    auto nowhere = replies.reply({ phoneId, QStringLiteral("Готово"), {} }, m_engineer);
    QVERIFY(!nowhere.ok());
    QVERIFY2(nowhere.error().message.contains(QLatin1String("no e-mail address")), qPrintable(nowhere.error().message));
    QCOMPARE(writes(), withPhone);
    QCOMPARE(withPhone - before,
             m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ?"), { phoneId }));

    QVERIFY(!replies.note(ticketId, QStringLiteral(" "), m_engineer).ok());
    QVERIFY(!replies.clientMessage(ticketId, Channel::Email, QStringLiteral("x"), {}, m_engineer).ok());
    QVERIFY(!replies
                 .clientMessage(ticketId, Channel::Phone, QStringLiteral("x"),
                                QDateTime::currentDateTimeUtc().addDays(1), m_engineer)
                 .ok());
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE ticket_id = ?"), { ticketId }), 1);
}

void TestReplyMail::oversizedAttachmentIsRefused(const TicketReplies& replies, qint64 ticketId)
{
    QFile big(m_files->filePath(QStringLiteral("dump.sql")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(TicketReplies::maxAttachmentSize() + 1));
    big.close();
    auto tooBig = TicketReplies::readAttachment(big.fileName());
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error().message.contains(QLatin1String("dump.sql")), qPrintable(tooBig.error().message));
    MailAttachment oversized { QStringLiteral("dump.sql"), QStringLiteral("application/sql"),
                               TicketReplies::maxAttachmentSize() + 1, QByteArray(16, 'x'), false };
    QVERIFY(!replies.reply({ ticketId, QStringLiteral("См. вложение"), { oversized } }, m_engineer).ok());
}

void TestReplyMail::addPhoneTicketOfAClientWithoutAddress(qint64* phoneId)
{
    Client mute;
    mute.name = QStringLiteral("ООО «Немой»");
    mute.officialEmail = QStringLiteral("old@mute.example");
    auto client = ClientRepository(*m_db.database).add(mute);
    QVERIFY2(client.ok(), qPrintable(client.ok() ? QString() : client.error().message));
    // Clients filed before addresses were required have none.
    QVERIFY(
        m_db.database->run(QStringLiteral("UPDATE clients SET official_email = '' WHERE id = ?"), { client->id }).ok());
    Project project;
    project.clientId = client->id;
    project.code = QStringLiteral("mute");
    project.name = QStringLiteral("mute");
    project.tariff = QStringLiteral("standard");
    auto added = ProjectRepository(*m_db.database).add(project);
    QVERIFY(added.ok());
    Ticket draft;
    draft.projectId = added->id;
    draft.subject = QStringLiteral("Звонок");
    draft.channel = Channel::Phone;
    draft.arrived = QDateTime::currentDateTimeUtc().addSecs(-60);
    draft.category = QStringLiteral("site-down");
    auto phone = TicketRepository(*m_db.database).add(draft, m_engineer);
    QVERIFY(phone.ok());
    *phoneId = phone->id;
}

QTEST_GUILESS_MAIN(TestReplyMail)
#include "TestReplyMail.moc"
