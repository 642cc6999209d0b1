#include "core/billing/WorkLogRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"
#include "core/util/MoscowTime.h"
#include "tests/core/billing/BillingFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using dd::test::BillingFixture;

// The storage side of docs/rules.md#clocks: a client's answer ends a wait in the same
// commit, the third-party waiting reason is stored, and times no calendar covers are
// refused with nothing written.
class TestClockPaths : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void clientAnswerEndsTheWait();
    void thirdPartyIsAWaitingReason();
    void arrivalOutsideTheCalendarIsRefused();
    void workOutsideTheCalendarIsRefused();

private:
    qint64 count(const QString& table) const;
    Ticket waitingTicket();

    QTemporaryDir m_dir;
    std::unique_ptr<BillingFixture> m_fixture;
    int m_round = 0;
};

void TestClockPaths::init()
{
    QString error;
    m_fixture
        = std::make_unique<BillingFixture>(m_dir.filePath(QStringLiteral("paths%1.sqlite").arg(++m_round)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

qint64 TestClockPaths::count(const QString& table) const
{
    return m_fixture->db->runScalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table))->toLongLong();
}

Ticket TestClockPaths::waitingTicket()
{
    // Ticket C (emergency, registered) put to waiting for the client.
    const TicketRepository tickets(*m_fixture->db);
    TicketChange change;
    change.ticketId = m_fixture->ticketC;
    change.expectedVersion = tickets.get(m_fixture->ticketC)->version;
    change.status = TicketStatus::Waiting;
    change.waitingReason = WaitingReason::NotEnoughInformation;
    return tickets.update(change, Actor { m_fixture->engineerId, QStringLiteral("ivanova"), {} }).value();
}

void TestClockPaths::clientAnswerEndsTheWait()
{
    const Ticket waiting = waitingTicket();
    QCOMPARE(waiting.status, TicketStatus::Waiting);
    const TicketRepository tickets(*m_fixture->db);
    const QDateTime arrived = waiting.updatedAt.addSecs(3600);
    auto answered = tickets.recordClientMessage(waiting.id, arrived, { { QStringLiteral("sender"), "client@x.ru" } },
                                                Actor { 0, QStringLiteral("intake"), {} });
    QVERIFY2(answered.ok(), answered.ok() ? "" : qPrintable(answered.error().toString()));
    QCOMPARE(answered->status, TicketStatus::Registered);
    QVERIFY(!answered->waitingReason);
    const auto history = tickets.events(waiting.id).value();
    QCOMPARE(history.at(history.size() - 2).type, ticket_event::clientMessage);
    QCOMPARE(history.last().type, ticket_event::waitingEnded);
    QCOMPARE(history.last().data.value(QLatin1String("reason")).toString(), QStringLiteral("client-answered"));
    QCOMPARE(history.last().at, arrived); // the wait ends when the client wrote, not when it was filed
    QVERIFY(history.last().ticketVersion > history.at(history.size() - 2).ticketVersion);
    // The clocks read the same: a follow-up reaction runs from the message.
    const auto sla = TicketSla::load(*m_fixture->db);
    const auto clocks = computeTicketClocks(sla.value()->engine(), TicketSla::clockEvents(history), answered->tariff,
                                            arrived.addSecs(60).toSecsSinceEpoch());
    const auto followUp = std::find_if(clocks.begin(), clocks.end(), [](const TicketClock& clock) {
        return clock.kind == ClockKind::FollowUpReaction;
    });
    QVERIFY(followUp != clocks.end());
    QVERIFY(followUp->isRunning());
    QCOMPARE(followUp->started, arrived.toSecsSinceEpoch());
    // A message on a ticket that does not wait changes no status.
    auto again = tickets.recordClientMessage(waiting.id, arrived.addSecs(600), {}, Actor {});
    QVERIFY(again.ok());
    QCOMPARE(tickets.events(waiting.id)->last().type, ticket_event::clientMessage);
}

void TestClockPaths::thirdPartyIsAWaitingReason()
{
    const TicketRepository tickets(*m_fixture->db);
    TicketChange change;
    change.ticketId = m_fixture->ticketC;
    change.expectedVersion = tickets.get(m_fixture->ticketC)->version;
    change.status = TicketStatus::Waiting;
    change.waitingReason = WaitingReason::ThirdParty;
    auto saved = tickets.update(change, Actor { m_fixture->engineerId, QStringLiteral("ivanova"), {} });
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
    QCOMPARE(saved->waitingReason, WaitingReason::ThirdParty);
    QCOMPARE(m_fixture->db
                 ->runScalar(QStringLiteral("SELECT waiting_reason FROM tickets WHERE id = ?"), { m_fixture->ticketC })
                 ->toString(),
             QStringLiteral("third-party"));
    // The CHECK still refuses what is not a reason.
    QVERIFY(
        !m_fixture->db
             ->run(QStringLiteral("UPDATE tickets SET waiting_reason = 'lunch' WHERE id = ?"), { m_fixture->ticketC })
             .ok());
}

void TestClockPaths::arrivalOutsideTheCalendarIsRefused()
{
    const qint64 before = count(QStringLiteral("tickets"));
    const TicketRepository tickets(*m_fixture->db);
    Ticket draft = tickets.get(m_fixture->ticketA).value();
    draft.id = 0;
    draft.arrived = *parseInstant(QStringLiteral("1999-03-02T10:00"));
    auto refused = tickets.add(draft, Actor {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("1999")), qPrintable(refused.error().message));
    QCOMPARE(count(QStringLiteral("tickets")), before);
    draft.arrived = *parseInstant(QStringLiteral("2026-03-02T10:00"));
    QVERIFY(tickets.add(draft, Actor {}).ok());
}

void TestClockPaths::workOutsideTheCalendarIsRefused()
{
    const qint64 before = count(QStringLiteral("work_log"));
    WorkLogEntry entry;
    entry.ticketId = m_fixture->ticketA;
    entry.userId = m_fixture->programmerId;
    entry.started = *parseInstant(QStringLiteral("2029-01-10T10:00"));
    entry.finished = entry.started.addSecs(3600);
    auto refused = WorkLogRepository(*m_fixture->db).add(entry);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("2029")), qPrintable(refused.error().message));
    QCOMPARE(count(QStringLiteral("work_log")), before);
}

QTEST_GUILESS_MAIN(TestClockPaths)
#include "TestClockPaths.moc"
