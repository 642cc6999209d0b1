// The intake's safeguards: Message-ID collisions, originals kept, the loop guard, spam
// verdicts, escalation mail.
#include "core/billing/TicketFeedback.h"
#include "core/intake/IntakeService.h"
#include "core/intake/MailParser.h"
#include "core/intake/QuarantineService.h"
#include "core/sla/TicketClocks.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"

#include "tests/core/intake/IntakeServiceFixture.h"

#include <QTest>

using namespace dd;

class TestIntakeSafeguards : public QObject, public test::IntakeServiceFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void filesACollidingMessageIdUnderADerivedId();
    void keepsTheOriginalOfEveryFiledMail();
    void acknowledgesOncePerSenderAndTicketPerHour();
    void quarantinesSpamByTheServersVerdict();
    void escalatesMailToTheHeadOfSupport();
    void anAutoresponderLoopOwesNoReaction();

private:
    Result<IntakeOutcome> processAt(const QByteArray& raw, int minutesLater);
    std::vector<TicketClock> clocksAt(qint64 ticketId, int minutesLater);
};

Result<IntakeOutcome> TestIntakeSafeguards::processAt(const QByteArray& raw, int minutesLater)
{
    return service().process(QStringLiteral("support@mail/INBOX"), 77, ++m_uid, m_arrived.addSecs(minutesLater * 60),
                             raw);
}

std::vector<TicketClock> TestIntakeSafeguards::clocksAt(qint64 ticketId, int minutesLater)
{
    const auto sla = TicketSla::load(*m_db.database);
    const auto ticket = TicketRepository(*m_db.database).get(ticketId);
    const auto history = TicketRepository(*m_db.database).events(ticketId);
    if (!sla || !ticket || !history) {
        qFatal("cannot read ticket %lld", ticketId);
    }
    return computeTicketClocks(sla.value()->engine(), TicketSla::clockEvents(history.value()), ticket->tariff,
                               m_arrived.addSecs(minutesLater * 60).toSecsSinceEpoch());
}

void TestIntakeSafeguards::filesACollidingMessageIdUnderADerivedId()
{
    const auto first = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    const auto acks = service().store().outgoing(first->ticketId).value();
    const QString ackId = MailParser().parse(acks[0].content)->messageId;
    // A client's mail carrying the Message-ID of our acknowledgment (a bounced copy does).
    const QByteArray stolen = QStringLiteral("From: oleg@romashka.ru\r\nSubject: new problem\r\nMessage-ID: <%1>\r\n"
                                             "\r\nThe menu is gone\r\n")
                                  .arg(ackId)
                                  .toUtf8();
    const auto filed = process(stolen);
    QVERIFY2(filed.ok(), qPrintable(filed.ok() ? QString() : filed.error().message));
    QCOMPARE(filed->outcome, QStringLiteral("ticket"));
    const Ticket ticket = TicketRepository(*m_db.database).get(filed->ticketId).value();
    QVERIFY2(ticket.description.contains(QStringLiteral("one of our own mails")), qPrintable(ticket.description));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE message_id LIKE ?"),
                        { ackId.section(QLatin1Char('@'), 0, 0) + QStringLiteral(".dd-%") }),
             1);
    // The same mail again (another UID): a duplicate, not a third row.
    QCOMPARE(process(stolen)->outcome, QStringLiteral("duplicate"));
    // A client's reused Message-ID with other content is filed too, not dropped.
    QByteArray reused = stolen;
    reused.replace("The menu is gone", "The footer is gone");
    QCOMPARE(process(reused)->outcome, QStringLiteral("ticket"));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 3);
    // A redelivery with other relay headers but the same content is the same mail.
    QCOMPARE(process("Received: by relay2\r\n" + reused)->outcome, QStringLiteral("duplicate"));
}

void TestIntakeSafeguards::keepsTheOriginalOfEveryFiledMail()
{
    const QByteArray raw = load(QStringLiteral("attachments.eml"));
    const auto filed = process(raw);
    QCOMPARE(filed->outcome, QStringLiteral("ticket"));
    const qint64 row = m_db.count(QStringLiteral("SELECT id FROM messages WHERE ticket_id = ? AND direction = 'in'"),
                                  { filed->ticketId });
    QCOMPARE(service().store().rawMessage(filed->ticketId, row).value(), raw);
    QVERIFY(m_db.count(QStringLiteral("SELECT LENGTH(compressed) FROM message_raw WHERE message_row_id = ?"), { row })
            < raw.size()); // compressed
    QVERIFY(!service().store().rawMessage(filed->ticketId + 1, row).ok()); // only through its own ticket
}

void TestIntakeSafeguards::acknowledgesOncePerSenderAndTicketPerHour()
{
    const auto first = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    const QString sender = MailParser().parse(load(QStringLiteral("cyrillic-split-subject.eml")))->from.address;
    // An autoresponder that does not say so, answering every acknowledgment.
    for (int i = 0; i < 3; ++i) {
        const QByteArray echo = QStringLiteral("From: %1\r\nSubject: Re: %2 thanks\r\nMessage-ID: <echo%3@r>\r\n\r\n"
                                               "I received your message %3.\r\n")
                                    .arg(sender, IntakeRules::ticketTag(first->ticketNumber))
                                    .arg(i)
                                    .toUtf8();
        const auto reply = process(echo);
        QCOMPARE(reply->outcome, QStringLiteral("message")); // still filed
        QVERIFY2(reply->detail.contains(QStringLiteral("no acknowledgment")), qPrintable(reply->detail));
    }
    QCOMPARE(service().store().outgoing(first->ticketId)->size(), 1);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ticket_id = ? AND direction = 'in'"),
                        { first->ticketId }),
             4);
    // Another sender on the same ticket is acknowledged.
    const QByteArray colleague = QStringLiteral("From: oleg@romashka.ru\r\nSubject: Re: %1\r\nMessage-ID: <o@r>\r\n"
                                                "\r\nSame here\r\n")
                                     .arg(IntakeRules::ticketTag(first->ticketNumber))
                                     .toUtf8();
    QCOMPARE(process(colleague)->outcome, QStringLiteral("message"));
    QCOMPARE(service().store().outgoing(first->ticketId)->size(), 2);
    // After the interval the same sender is acknowledged again.
    QVERIFY(m_db.database->run(QStringLiteral("UPDATE outgoing_mail SET created_at = created_at - 3601")).ok());
    const QByteArray later = QStringLiteral("From: %1\r\nSubject: Re: %2\r\nMessage-ID: <later@r>\r\n\r\nStill\r\n")
                                 .arg(sender, IntakeRules::ticketTag(first->ticketNumber))
                                 .toUtf8();
    QCOMPARE(process(later)->outcome, QStringLiteral("message"));
    QCOMPARE(service().store().outgoing(first->ticketId)->size(), 3);
}

void TestIntakeSafeguards::quarantinesSpamByTheServersVerdict()
{
    const QByteArray spam
        = "From: info@romashka.ru\r\nSubject: cheap pills\r\nMessage-ID: <s1@x>\r\n"
          "X-Spam-Flag: YES\r\nX-Spam-Status: Yes, score=12.3 required=5.0 tests=GTUBE\r\n\r\nbuy\r\n";
    QCOMPARE(process(spam)->outcome, QStringLiteral("quarantined"));
    const auto held = service().store().quarantine().value();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held[0].reason, quarantine_reason::spam);
    QVERIFY2(held[0].spamScore.contains(QStringLiteral("score=12.3")), qPrintable(held[0].spamScore));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 0); // never acknowledged
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    const QByteArray ham = "From: info@romashka.ru\r\nSubject: menu\r\nMessage-ID: <s2@x>\r\n"
                           "X-Spam-Flag: NO\r\nX-Spam-Status: No, score=0.1 required=5.0\r\n\r\nfix it\r\n";
    QCOMPARE(process(ham)->outcome, QStringLiteral("ticket"));
}

void TestIntakeSafeguards::escalatesMailToTheHeadOfSupport()
{
    IntakeSettings withHead = settings();
    withHead.escalationAddress = QStringLiteral("head@echo-company.ru");
    restart(withHead);
    const auto first = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    QVERIFY(!TicketRepository(*m_db.database).get(first->ticketId)->escalated);
    const QByteArray complaint = QStringLiteral("From: info@romashka.ru\r\nTo: Head <HEAD@echo-company.ru>\r\n"
                                                "Subject: %1 nobody answers\r\nMessage-ID: <c1@r>\r\n\r\n"
                                                "Three days without an answer.\r\n")
                                     .arg(IntakeRules::ticketTag(first->ticketNumber))
                                     .toUtf8();
    const auto escalated = process(complaint);
    QCOMPARE(escalated->outcome, QStringLiteral("message"));
    QVERIFY2(escalated->detail.contains(QStringLiteral("escalated")), qPrintable(escalated->detail));
    QVERIFY(TicketRepository(*m_db.database).get(first->ticketId)->escalated);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND type = ?"),
                        { first->ticketId, ticket_event::escalated }),
             1);
    // A second mail to the head while the flag is up changes nothing and fails nothing.
    QByteArray again = complaint;
    again.replace("<c1@r>", "<c2@r>").replace("Three days", "Four days");
    QCOMPARE(process(again)->outcome, QStringLiteral("message"));
}

// An autoresponder without any marker answers each acknowledgment: after the first, the
// loop guard holds the acknowledgments back, and its replies are filed as automatic — no
// follow-up reaction owed, no wait ended (docs/rules.md#intake). A person's answer after
// staff wrote is a client message again.
void TestIntakeSafeguards::anAutoresponderLoopOwesNoReaction()
{
    const QByteArray request = "From: anna.petrova@romashka.ru\r\nTo: support@echo-company.ru\r\n"
                               "Subject: Корзина пустеет\r\nMessage-ID: <loop0@r>\r\n\r\nКорзина пустеет.\r\n";
    const auto filed = process(request);
    QCOMPARE(filed->outcome, QStringLiteral("ticket"));
    const qint64 ticketId = filed->ticketId;
    const TicketRepository tickets(*m_db.database);
    QVERIFY(tickets.recordEvent(ticketId, ticket_event::registered, m_arrived.addSecs(5 * 60), {}, Actor {}).ok());
    const auto before = clocksAt(ticketId, 30);
    for (int n = 1; n <= 5; ++n) {
        const QByteArray echo = QStringLiteral("From: anna.petrova@romashka.ru\r\nTo: support@echo-company.ru\r\n"
                                               "Subject: Re: %1 Корзина пустеет\r\nMessage-ID: <loop%2@r>\r\n\r\n"
                                               "Спасибо, ваше письмо получено.\r\n")
                                    .arg(IntakeRules::ticketTag(filed->ticketNumber))
                                    .arg(n)
                                    .toUtf8();
        const auto echoed = processAt(echo, 9 + n);
        QCOMPARE(echoed->outcome, QStringLiteral("message"));
        QVERIFY2(echoed->detail.contains(QStringLiteral("automatic")), qPrintable(echoed->detail));
    }
    QCOMPARE(service().store().outgoing(ticketId)->size(), 1); // the ticket's own acknowledgment
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ticket_id = ? AND direction = 'in'"),
                        { ticketId }),
             6);
    const auto history = tickets.events(ticketId).value();
    const auto count = [&](const QString& type) {
        return std::count_if(history.begin(), history.end(), [&](const auto& event) { return event.type == type; });
    };
    QCOMPARE(count(ticket_event::clientMessage), 0);
    QCOMPARE(count(ticket_event::automaticMessage), 5);
    const auto after = clocksAt(ticketId, 30);
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).kind, before.at(i).kind);
        QCOMPARE(after.at(i).started, before.at(i).started);
        QCOMPARE(after.at(i).deadline, before.at(i).deadline);
        QCOMPARE(after.at(i).state, before.at(i).state);
    }
    // Staff answered: the next mail is the client's answer, owed a reaction (still
    // without a second acknowledgment within the hour).
    QVERIFY(tickets.recordEvent(ticketId, ticket_event::reply, m_arrived.addSecs(20 * 60), {}, Actor {}).ok());
    QByteArray answer = request;
    answer.replace("<loop0@r>", "<answer@r>")
        .replace("Subject: ", "Subject: Re: [#" + QByteArray::number(filed->ticketNumber) + "] ");
    const auto answered = processAt(answer, 25);
    QCOMPARE(answered->outcome, QStringLiteral("message"));
    QVERIFY2(!answered->detail.contains(QStringLiteral("automatic")), qPrintable(answered->detail));
    QCOMPARE(service().store().outgoing(ticketId)->size(), 1);
    const auto clocks = clocksAt(ticketId, 30);
    const bool followUp = std::any_of(clocks.begin(), clocks.end(), [&](const TicketClock& clock) {
        return clock.kind == ClockKind::FollowUpReaction
            && clock.started == m_arrived.addSecs(25 * 60).toSecsSinceEpoch();
    });
    QVERIFY(followUp);
}

QTEST_GUILESS_MAIN(TestIntakeSafeguards)
#include "TestIntakeSafeguards.moc"
