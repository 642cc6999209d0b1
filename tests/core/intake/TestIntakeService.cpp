#include "core/billing/TicketFeedback.h"
#include "core/intake/IntakeService.h"
#include "core/intake/MailParser.h"
#include "core/intake/QuarantineService.h"
#include "core/storage/TicketRepository.h"

#include "tests/core/intake/IntakeServiceFixture.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace dd;

class TestIntakeService : public QObject, public test::IntakeServiceFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void filesANewRequestAndQueuesTheAcknowledgment();
    void marksUrgentSubjects();
    void filesTheSameMessageIdOnce();
    void handlesEachUidOnce();
    void joinsRepliesByTagAndByReferences();
    void recordsTheRatingInAReplyToAResolvedTicket();
    void quarantinesStrangersAndReleasesThem();
    void quarantinesAutoRepliesWithoutAcknowledgment();
    void quarantinesMalformedMailWithTheError();
    void storesAttachmentsAndNotesOmittedOnes();
    void picksTheProjectTheMailNames();
    void discardNeedsAReason();
    void quarantinesAMessageTheDatabaseRefusesAndGoesOn();
    void acknowledgesInEnglishWhenTheClientWritesEnglish();
};

void TestIntakeService::filesANewRequestAndQueuesTheAcknowledgment()
{
    const auto outcome = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QVERIFY2(outcome->outcome == QLatin1String("ticket"), qPrintable(outcome->detail));
    const Ticket ticket = TicketRepository(*m_db.database).get(outcome->ticketId).value();
    QCOMPARE(ticket.subject, QStringLiteral("Не работает корзина на сайте"));
    QCOMPARE(ticket.projectId, m_db.romashkaProject);
    QCOMPARE(ticket.channel, Channel::Email);
    QCOMPARE(ticket.arrived, m_arrived); // the server's receive time, not the Date header
    QCOMPARE(ticket.status, TicketStatus::New);
    QVERIFY(ticket.description.contains(QStringLiteral("«В корзину»")));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ticket_id = ? AND direction = 'in' "
                                       "AND message_id = 'split-subject-1@romashka.ru'"),
                        { ticket.id }),
             1);

    const auto queued = service().store().outgoing(ticket.id).value();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued[0].recipient, QStringLiteral("anna.petrova@romashka.ru"));
    QCOMPARE(queued[0].status, QStringLiteral("queued"));
    const MailMessage ack = MailParser().parse(queued[0].content).value();
    QCOMPARE(ack.subject,
             QStringLiteral("[#%1] Ваше обращение зарегистрировано: Не работает корзина на сайте").arg(ticket.number));
    QCOMPARE(ack.autoReply, AutoReplyKind::AutoSubmitted);
    QCOMPARE(ack.inReplyTo, QStringList { QStringLiteral("split-subject-1@romashka.ru") });
    QVERIFY(ack.text.contains(QStringLiteral("под номером %1").arg(ticket.number)));
    QCOMPARE(ack.from.address, QStringLiteral("support@echo-company.ru"));
    // The acknowledgment is on the ticket too, so a reply to it threads back.
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ticket_id = ? AND direction = 'out' "
                                       "AND message_id = ?"),
                        { ticket.id, ack.messageId }),
             1);
}

void TestIntakeService::marksUrgentSubjects()
{
    const auto outcome = process(load(QStringLiteral("windows-1251.eml")));
    QVERIFY(outcome.ok());
    const Ticket ticket = TicketRepository(*m_db.database).get(outcome->ticketId).value();
    QCOMPARE(ticket.channel, Channel::EmailUrgent);
    QCOMPARE(ticket.subject, QStringLiteral("СРОЧНО! Оплата"));
    // The emergency channel: 1 hour from arrival, not 8 working hours (docs/rules.md#channels).
    QCOMPARE(ticket.level, QStringLiteral("emergency"));
    // Wednesday 10:15 Moscow is business hours: no off-hours advice.
    const auto inHours = MailParser().parse(service().store().outgoing(ticket.id).value().at(0).content).value();
    QVERIFY(!inHours.text.contains(QStringLiteral("по телефону")));

    // Saturday 11:00 Moscow: the acknowledgment tells the client to phone or message.
    QByteArray saturday = load(QStringLiteral("windows-1251.eml"));
    saturday.replace("Message-ID: <", "Message-ID: <saturday-");
    const QDateTime weekend(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc());
    const auto offHours = service().process(QStringLiteral("support@mail/INBOX"), 77, ++m_uid, weekend, saturday);
    QVERIFY2(offHours.ok(), qPrintable(offHours.ok() ? QString() : offHours.error().message));
    QCOMPARE(offHours->outcome, QStringLiteral("ticket"));
    const Ticket urgent = TicketRepository(*m_db.database).get(offHours->ticketId).value();
    QCOMPARE(urgent.level, QStringLiteral("emergency"));
    const auto ack = MailParser().parse(service().store().outgoing(urgent.id).value().at(0).content).value();
    QVERIFY2(ack.text.contains(QStringLiteral("по телефону")), qPrintable(ack.text));
}

void TestIntakeService::filesTheSameMessageIdOnce()
{
    const QByteArray raw = load(QStringLiteral("cyrillic-split-subject.eml"));
    QCOMPARE(process(raw)->outcome, QStringLiteral("ticket"));
    // Delivered again (another UID), with other transport headers.
    const auto again = process("Received: from relay2\r\n" + raw);
    QCOMPARE(again->outcome, QStringLiteral("duplicate"));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 1);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM intake_log")), 2);
    // Without a Message-ID the same mail still collapses (a synthesized id).
    QCOMPARE(process(load(QStringLiteral("no-message-id.eml")))->outcome, QStringLiteral("ticket"));
    QCOMPARE(process(load(QStringLiteral("no-message-id.eml")))->outcome, QStringLiteral("duplicate"));
}

void TestIntakeService::handlesEachUidOnce()
{
    const QByteArray raw = load(QStringLiteral("windows-1251.eml"));
    const QString mailbox = QStringLiteral("support@mail/INBOX");
    QCOMPARE(service().process(mailbox, 5, 10, m_arrived, raw)->outcome, QStringLiteral("ticket"));
    QCOMPARE(service().process(mailbox, 5, 10, m_arrived, raw)->outcome, QStringLiteral("duplicate"));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM intake_log")), 1);
    const auto cursor = service().store().cursor(mailbox).value();
    QVERIFY(cursor.has_value());
    QCOMPARE(cursor->uidValidity, 5);
    QCOMPARE(cursor->lastUid, 10);
}

void TestIntakeService::joinsRepliesByTagAndByReferences()
{
    IntakeSettings noGuard = settings();
    noGuard.acknowledgmentIntervalSeconds = 0; // every message acknowledged (the guard has its own test)
    restart(noGuard);
    const auto first = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    const qint64 number = first->ticketNumber;
    QByteArray reply = load(QStringLiteral("reply.eml"));
    reply.replace("[#42]", IntakeRules::ticketTag(number).toUtf8());
    reply.replace("In-Reply-To: <ack-42@echo-company.ru>\r\n", "");
    const auto joined = process(reply);
    QVERIFY2(joined.ok(), qPrintable(joined.ok() ? QString() : joined.error().message));
    QCOMPARE(joined->outcome, QStringLiteral("message"));
    QCOMPARE(joined->ticketId, first->ticketId);
    const auto events = TicketRepository(*m_db.database).events(first->ticketId).value();
    QCOMPARE(events.last().type, ticket_event::clientMessage);
    QCOMPARE(events.last().at, m_arrived);
    const auto acks = service().store().outgoing(first->ticketId).value();
    QCOMPARE(acks.size(), 2);
    QVERIFY(MailParser()
                .parse(acks[1].content)
                ->subject.startsWith(QStringLiteral("[#%1] Сообщение добавлено к обращению: ").arg(number)));

    // A reply to our acknowledgment without the tag in its subject: In-Reply-To threads it.
    const QString ackId = MailParser().parse(acks[0].content)->messageId;
    const QByteArray untagged
        = QStringLiteral("From: info@romashka.ru\r\nSubject: ещё вопрос\r\n"
                         "Message-ID: <untagged@romashka.ru>\r\nIn-Reply-To: <%1>\r\n\r\nТекст\r\n")
              .arg(ackId)
              .toUtf8();
    const auto threaded = process(untagged);
    QCOMPARE(threaded->outcome, QStringLiteral("message"));
    QCOMPARE(threaded->ticketId, first->ticketId);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
}

void TestIntakeService::recordsTheRatingInAReplyToAResolvedTicket()
{
    const auto first = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    QVERIFY(first.ok());
    const TicketRepository tickets(*m_db.database);
    const Actor engineer { 0, QStringLiteral("ivanova"), QStringLiteral("Ирина Иванова") };
    for (const TicketStatus status : { TicketStatus::Registered, TicketStatus::Resolved }) {
        TicketChange change;
        change.ticketId = first->ticketId;
        change.expectedVersion = tickets.get(first->ticketId)->version;
        change.status = status;
        QVERIFY(tickets.update(change, engineer).ok());
    }
    auto reply = [&](const char* id, const QString& text) {
        return process(QStringLiteral("From: Anna.Petrova@romashka.ru\r\nSubject: Re: %1 готово\r\n"
                                      "Message-ID: <%2@romashka.ru>\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                      "\r\n%3\r\n")
                           .arg(IntakeRules::ticketTag(first->ticketNumber), QLatin1String(id), text)
                           .toUtf8());
    };
    auto rating = [&] { return TicketFeedback::rating(tickets.events(first->ticketId).value()); };

    // A reply without a rating joins the ticket and rates nothing.
    const auto plain = reply("thanks", QStringLiteral("Спасибо, всё работает"));
    QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().message));
    QCOMPARE(plain->outcome, QStringLiteral("message"));
    QCOMPARE(rating(), 0);

    const auto rated = reply("rated", QStringLiteral("Спасибо, оценка 5"));
    QVERIFY2(rated.ok(), qPrintable(rated.ok() ? QString() : rated.error().message));
    QCOMPARE(rated->outcome, QStringLiteral("message"));
    QCOMPARE(rated->ticketId, first->ticketId);
    QCOMPARE(rating(), 5);
    const auto events = tickets.events(first->ticketId).value();
    QCOMPARE(events.last().type, ticket_event::rated);
    QCOMPARE(events.last().data.value(QStringLiteral("source")).toString(), QStringLiteral("reply"));
    QCOMPARE(events.at(events.size() - 2).type, ticket_event::clientMessage);
    QCOMPARE(tickets.get(first->ticketId)->status, TicketStatus::Resolved);
}

void TestIntakeService::quarantinesStrangersAndReleasesThem()
{
    const auto outcome = process(fromSender(load(QStringLiteral("html-only.eml")), QStringLiteral("boss@romashka.ru")));
    QCOMPARE(outcome->outcome, QStringLiteral("quarantined"));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 0);
    const auto held = service().store().quarantine().value();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held[0].reason, quarantine_reason::unknownSender);
    QVERIFY(held[0].detail.contains(QStringLiteral("boss@romashka.ru")));
    QCOMPARE(held[0].subject, QStringLiteral("Ошибка в каталоге"));

    // Desktops learn of it live (the SQLite change log; NOTIFY on PostgreSQL).
    QCOMPARE(
        m_db.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = 'quarantine' AND row_id = ?"),
                   { held[0].id }),
        1);

    const Actor manager { 0, QStringLiteral("head"), QStringLiteral("Head of support") };
    const auto released = quarantine().release(held[0].id, m_db.romashkaProject, manager);
    QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().message));
    const Ticket ticket = TicketRepository(*m_db.database).get(released->ticketId).value();
    QCOMPARE(ticket.subject, QStringLiteral("Ошибка в каталоге"));
    QCOMPARE(ticket.arrived, m_arrived);
    QVERIFY(ticket.description.contains(QStringLiteral("• Удочка")));
    QCOMPARE(service().store().outgoing(ticket.id)->size(), 1);
    QCOMPARE(service().store().quarantine()->size(), 0);
    const auto resolved = service().store().quarantine(QStringLiteral("released")).value();
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved[0].ticketId, ticket.id);
    QCOMPARE(resolved[0].resolvedBy, QStringLiteral("head"));
    // The held message row now belongs to the ticket: still one incoming row.
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'in'")), 1);
    QVERIFY(!quarantine().release(held[0].id, m_db.romashkaProject, manager).ok()); // not twice
}

void TestIntakeService::quarantinesAutoRepliesWithoutAcknowledgment()
{
    QCOMPARE(process(load(QStringLiteral("auto-reply.eml")))->outcome, QStringLiteral("quarantined"));
    QCOMPARE(process(load(QStringLiteral("bounce.eml")))->outcome, QStringLiteral("quarantined"));
    const auto held = service().store().quarantine().value();
    QCOMPARE(held.size(), 2);
    QCOMPARE(held[0].reason, quarantine_reason::autoReply);
    QCOMPARE(held[1].reason, quarantine_reason::autoReply);
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM tickets")), 0);
    // Released by a manager, an auto-reply becomes a ticket but is still not answered.
    const auto released = quarantine().release(held[0].id, m_db.romashkaProject, { 0, QStringLiteral("head"), {} });
    QVERIFY(released.ok());
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 0);
}

void TestIntakeService::quarantinesMalformedMailWithTheError()
{
    // Structural damage from a known client: filed, with the damage on the ticket and the
    // original attached (docs/mail-intake.md#damage).
    const auto damaged = process(load(QStringLiteral("multipart-no-boundary.eml")));
    QCOMPARE(damaged->outcome, QStringLiteral("ticket"));
    const Ticket filed = TicketRepository(*m_db.database).get(damaged->ticketId).value();
    QVERIFY2(filed.description.contains(QStringLiteral("⚠ multipart without boundary")), qPrintable(filed.description));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE ticket_id = ? AND file_name = ?"),
                        { damaged->ticketId, QStringLiteral("original-message.eml") }),
             1);
    // No sender at all: nobody to file it for, held with the error.
    QCOMPARE(process(load(QStringLiteral("no-from.eml")))->outcome, QStringLiteral("quarantined"));
    const auto held = service().store().quarantine().value();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held[0].reason, quarantine_reason::malformed);
    QVERIFY2(held[0].detail.contains(QStringLiteral("no sender")), qPrintable(held[0].detail));
    // The same broken bytes again: held once.
    QCOMPARE(process(load(QStringLiteral("no-from.eml")))->outcome, QStringLiteral("duplicate"));
    const auto released = quarantine().release(held[0].id, m_db.romashkaProject, { 0, QStringLiteral("head"), {} });
    QVERIFY(released.ok());
    const Ticket ticket = TicketRepository(*m_db.database).get(released->ticketId).value();
    QVERIFY(ticket.description.contains(QStringLiteral("Who am I")));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 1); // the damaged one's only
}

void TestIntakeService::storesAttachmentsAndNotesOmittedOnes()
{
    const auto outcome = process(load(QStringLiteral("attachments.eml")));
    QCOMPARE(outcome->outcome, QStringLiteral("ticket"));
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE ticket_id = ? AND file_name = ?"),
                        { outcome->ticketId, QStringLiteral("Отчёт.pdf") }),
             1);
    // screen.png (1024 bytes) is above the test's 512-byte limit.
    QCOMPARE(m_db.count(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE ticket_id = ?"), { outcome->ticketId }),
             1);
    const Ticket ticket = TicketRepository(*m_db.database).get(outcome->ticketId).value();
    QVERIFY2(ticket.description.contains(QStringLiteral("screen.png")), qPrintable(ticket.description));
}

void TestIntakeService::picksTheProjectTheMailNames()
{
    const QByteArray named
        = "From: shop@vasilek.ru\r\nSubject: blog.vasilek.ru is down\r\nMessage-ID: <v1@vasilek.ru>\r\n"
          "\r\nSee title.\r\n";
    const auto outcome = process(named);
    QCOMPARE(outcome->outcome, QStringLiteral("ticket"));
    QCOMPARE(TicketRepository(*m_db.database).get(outcome->ticketId)->projectId, m_db.vasilekBlog);
    const QByteArray body = "From: shop@vasilek.ru\r\nSubject: basket\r\nMessage-ID: <v2@vasilek.ru>\r\n\r\n"
                            "On https://vasilek-shop.ru/cart nothing happens\r\n";
    QCOMPARE(TicketRepository(*m_db.database).get(process(body)->ticketId)->projectId, m_db.vasilekShop);
    const QByteArray unclear = "From: shop@vasilek.ru\r\nSubject: help\r\nMessage-ID: <v3@vasilek.ru>\r\n\r\nHelp\r\n";
    QCOMPARE(process(unclear)->outcome, QStringLiteral("quarantined"));
    QCOMPARE(service().store().quarantine()->first().reason, quarantine_reason::noProject);
}

void TestIntakeService::discardNeedsAReason()
{
    const auto held = process(fromSender(load(QStringLiteral("koi8-r.eml")), QStringLiteral("spam@example.com")));
    QVERIFY(held.ok());
    QCOMPARE(held->outcome, QStringLiteral("quarantined"));
    const qint64 id = service().store().quarantine()->first().id;
    const Actor manager { 0, QStringLiteral("head"), {} };
    QVERIFY(!quarantine().discard(id, QStringLiteral("  "), manager).ok());
    QVERIFY(quarantine().discard(id, QStringLiteral("spam"), manager).ok());
    QCOMPARE(service().store().quarantine()->size(), 0);
    const auto discarded = service().store().quarantine(QStringLiteral("discarded")).value();
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(discarded[0].resolutionNote, QStringLiteral("spam"));
    QVERIFY(!quarantine().release(id, m_db.romashkaProject, manager).ok());
}

void TestIntakeService::quarantinesAMessageTheDatabaseRefusesAndGoesOn()
{
    // Any refusal of the database for one mail (here a trigger) must not stop the intake.
    QVERIFY(m_db.database
                ->run(QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON tickets WHEN NEW.subject = 'poison' "
                                     "BEGIN SELECT RAISE(ABORT, 'poisoned row'); END"))
                .ok());
    const QByteArray poison = "From: info@romashka.ru\r\nSubject: poison\r\nMessage-ID: <p1@romashka.ru>\r\n\r\nx\r\n";
    const auto held = process(poison);
    QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
    QCOMPARE(held->outcome, QStringLiteral("quarantined"));
    const auto entries = service().store().quarantine().value();
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries[0].detail.contains(QStringLiteral("poisoned row")), qPrintable(entries[0].detail));
    QCOMPARE(entries[0].sender, QStringLiteral("info@romashka.ru"));
    QCOMPARE(service().store().quarantined(entries[0].id)->second, poison); // the original is kept
    const QByteArray next = "From: info@romashka.ru\r\nSubject: fine\r\nMessage-ID: <p2@romashka.ru>\r\n\r\nx\r\n";
    QCOMPARE(process(next)->outcome, QStringLiteral("ticket"));
    QCOMPARE(service().store().cursor(QStringLiteral("support@mail/INBOX")).value()->lastUid, 2);
}

void TestIntakeService::acknowledgesInEnglishWhenTheClientWritesEnglish()
{
    // Issue 17: the shared English template answers a mail without a Cyrillic letter.
    IntakeSettings english = settings();
    english.newTicketEnglish
        = AcknowledgmentTemplate::fromText(QStringLiteral("Subject: {tag} Request received: {subject}\n\nDear {name}, "
                                                          "we registered your request as number {number}."))
              .value();
    restart(english);
    const QByteArray raw = "From: Anna Petrova <anna.petrova@romashka.ru>\r\n"
                           "To: support@echo-company.ru\r\n"
                           "Subject: The cart is broken\r\n"
                           "Message-ID: <english-1@romashka.ru>\r\n"
                           "Date: Tue, 03 Mar 2026 10:00:00 +0300\r\n"
                           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                           "The button does nothing.\r\n";
    const auto outcome = process(raw);
    QVERIFY2(outcome.ok() && outcome->outcome == QLatin1String("ticket"),
             qPrintable(outcome.ok() ? outcome->detail : outcome.error().message));
    const auto queued = service().store().outgoing(outcome->ticketId).value();
    QCOMPARE(queued.size(), 1);
    const MailMessage ack = MailParser().parse(queued[0].content).value();
    QVERIFY2(ack.subject.contains(QStringLiteral("Request received: The cart is broken")), qPrintable(ack.subject));
    // A Russian mail still gets the Russian text.
    const auto russian = process(load(QStringLiteral("cyrillic-split-subject.eml")));
    QVERIFY(russian.ok());
    const MailMessage russianAck
        = MailParser().parse(service().store().outgoing(russian->ticketId).value()[0].content).value();
    QVERIFY(russianAck.subject.contains(QStringLiteral("Ваше обращение зарегистрировано")));
}

QTEST_GUILESS_MAIN(TestIntakeService)
#include "TestIntakeService.moc"
