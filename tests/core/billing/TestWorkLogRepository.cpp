#include "tests/core/billing/BillingFixture.h"

#include "core/billing/ReportRepository.h"
#include "core/billing/TicketFeedback.h"
#include "core/billing/WorkLogRepository.h"
#include "core/storage/TicketRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace dd;
using dd::test::BillingFixture;

class TestWorkLogRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsEntriesOfATicketInOrder();
    void findsEntriesOverlappingAClientsPeriod();
    void refusesImpossibleEntries();
    void removesEntries();
    void parsesDurations_data();
    void parsesDurations();
    void ratesResolvedTicketsOnly();
    void ratesFromAReply();
    void reopens();
    void listsEscalationsUntilHandled();

private:
    Actor head() const { return { m_fixture->headId, QStringLiteral("head"), QStringLiteral("Ирина Head") }; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BillingFixture> m_fixture;
};

void TestWorkLogRepository::init()
{
    m_fixture.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_dir->filePath(QStringLiteral("worklog.sqlite")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWorkLogRepository::listsEntriesOfATicketInOrder()
{
    const auto entries = WorkLogRepository(*m_fixture->db).forTicket(m_fixture->ticketB);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).started.toSecsSinceEpoch(), BillingFixture::at("2026-10-09T15:00"));
    QCOMPARE(entries->at(0).seconds(), qint64(3 * 3600));
    QCOMPARE(entries->at(0).ticketNumber, qint64(2));
    QCOMPARE(entries->at(0).userLogin, QStringLiteral("petrov"));
    QVERIFY(entries->at(0).note.contains(QStringLiteral("\"выгрузка\"")));
    QCOMPARE(entries->at(1).started.toSecsSinceEpoch(), BillingFixture::at("2026-10-10T10:00"));
}

void TestWorkLogRepository::findsEntriesOverlappingAClientsPeriod()
{
    const WorkLogRepository repository(*m_fixture->db);
    const auto october = repository.forClient(m_fixture->clientId, BillingFixture::at("2026-10-01T00:00"),
                                              BillingFixture::at("2026-11-01T00:00"));
    QVERIFY(october.ok());
    QCOMPARE(october->size(), 5); // the entry across 1 October overlaps
    const auto other = repository.forClient(m_fixture->otherClientId, BillingFixture::at("2026-10-01T00:00"),
                                            BillingFixture::at("2026-11-01T00:00"));
    QVERIFY(other.ok());
    QCOMPARE(other->size(), 1);
    const auto november = repository.forClient(m_fixture->clientId, BillingFixture::at("2026-11-01T00:00"),
                                               BillingFixture::at("2026-12-01T00:00"));
    QVERIFY(november.ok());
    QVERIFY(november->isEmpty());
}

void TestWorkLogRepository::refusesImpossibleEntries()
{
    const WorkLogRepository repository(*m_fixture->db);
    WorkLogEntry entry;
    entry.ticketId = m_fixture->ticketA;
    entry.userId = m_fixture->programmerId;
    entry.started = QDateTime::fromSecsSinceEpoch(BillingFixture::at("2026-10-05T14:00"), QTimeZone::utc());
    entry.finished = entry.started.addSecs(-60);
    QVERIFY(!repository.add(entry).ok());
    entry.finished = entry.started.addSecs(60);
    entry.userId = 999;
    QVERIFY(!repository.add(entry).ok());
    entry.userId = m_fixture->programmerId;
    entry.ticketId = 999;
    QVERIFY(!repository.add(entry).ok());
    entry.ticketId = m_fixture->ticketA;
    const auto added = repository.add(entry);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    QCOMPARE(added->seconds(), qint64(60));
    QVERIFY(added->id > 0);
}

void TestWorkLogRepository::removesEntries()
{
    const WorkLogRepository repository(*m_fixture->db);
    const auto entries = repository.forTicket(m_fixture->ticketA);
    QVERIFY(entries.ok() && entries->size() == 1);
    QVERIFY(repository.remove(entries->first().id).ok());
    QVERIFY(repository.forTicket(m_fixture->ticketA)->isEmpty());
    QVERIFY(!repository.remove(entries->first().id).ok());
}

void TestWorkLogRepository::parsesDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // 0 = refused
    QTest::newRow("90m") << "90m" << qint64(5400);
    QTest::newRow("1h30m") << "1h30m" << qint64(5400);
    QTest::newRow("1h 30m") << "1h 30m" << qint64(5400);
    QTest::newRow("2h") << "2h" << qint64(7200);
    QTest::newRow("1:30") << "1:30" << qint64(5400);
    QTest::newRow("45 minutes bare") << "45" << qint64(2700);
    QTest::newRow("45min") << "45min" << qint64(2700);
    QTest::newRow("zero") << "0m" << qint64(0);
    QTest::newRow("empty") << "" << qint64(0);
    QTest::newRow("words") << "an hour" << qint64(0);
    QTest::newRow("1:75") << "1:75" << qint64(0);
}

void TestWorkLogRepository::parsesDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QCOMPARE(parseWorkDuration(text).value_or(0), seconds);
}

void TestWorkLogRepository::ratesResolvedTicketsOnly()
{
    const TicketFeedback feedback(*m_fixture->db);
    const auto refused = feedback.rate(m_fixture->ticketC, 5, QStringLiteral("engineer"), head());
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("registered")));
    QVERIFY(!feedback.rate(m_fixture->ticketA, 6, QStringLiteral("engineer"), head()).ok());
    QVERIFY(feedback.rate(m_fixture->ticketA, 2, QStringLiteral("engineer"), head()).ok());
    const auto history = TicketRepository(*m_fixture->db).events(m_fixture->ticketA);
    QVERIFY(history.ok());
    QCOMPARE(TicketFeedback::rating(*history), 2); // the latest rating wins
    QCOMPARE(history->last().data.value(QStringLiteral("source")).toString(), QStringLiteral("engineer"));
}

void TestWorkLogRepository::ratesFromAReply()
{
    const TicketFeedback feedback(*m_fixture->db);
    const auto rated = feedback.rateFromReply(m_fixture->ticketD, QStringLiteral("Всё отлично.\nОценка: 4"), head());
    QVERIFY(rated.ok());
    QCOMPARE(*rated, 4);
    QVERIFY(!feedback.rateFromReply(m_fixture->ticketD, QStringLiteral("Спасибо!"), head()).ok());
    const auto history = TicketRepository(*m_fixture->db).events(m_fixture->ticketD);
    QCOMPARE(history->last().data.value(QStringLiteral("source")).toString(), QStringLiteral("reply"));
}

void TestWorkLogRepository::reopens()
{
    QVERIFY(TicketFeedback(*m_fixture->db).reopen(m_fixture->ticketA, head()).ok());
    const auto ticket = TicketRepository(*m_fixture->db).get(m_fixture->ticketA);
    QVERIFY(ticket.ok());
    QCOMPARE(ticket->status, TicketStatus::Reopened);
}

void TestWorkLogRepository::listsEscalationsUntilHandled()
{
    const TicketFeedback feedback(*m_fixture->db);
    auto histories = ReportRepository(*m_fixture->db).histories();
    QVERIFY(histories.ok());
    QList<Escalation> list = TicketFeedback::escalations(*histories);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).ticketNumber, qint64(3)); // open first
    QVERIFY(!list.at(0).handled);
    QCOMPARE(list.at(0).clientName, BillingFixture::clientName());
    QCOMPARE(list.at(1).ticketNumber, qint64(1));
    QVERIFY(list.at(1).handled);
    QCOMPARE(list.at(1).handledBy, QStringLiteral("Ирина Head"));
    QCOMPARE(list.at(1).handledAt.toSecsSinceEpoch(), BillingFixture::at("2026-10-06T11:00"));

    QVERIFY(!feedback.escalate(m_fixture->ticketC, head()).ok()); // already open
    QVERIFY(feedback.handleEscalation(m_fixture->ticketC, head()).ok());
    QVERIFY(!feedback.handleEscalation(m_fixture->ticketC, head()).ok());
    histories = ReportRepository(*m_fixture->db).histories();
    list = TicketFeedback::escalations(*histories);
    QCOMPARE(list.size(), 2);
    QVERIFY(list.at(0).handled && list.at(1).handled);
    QCOMPARE(list.at(0).ticketNumber, qint64(3)); // handled latest comes first
    QCOMPARE(list.at(0).handledBy, QStringLiteral("Ирина Head"));
    QVERIFY(feedback.escalate(m_fixture->ticketE, head()).ok());
    QCOMPARE(TicketFeedback::escalations(*ReportRepository(*m_fixture->db).histories()).first().ticketNumber,
             qint64(5));
}

QTEST_GUILESS_MAIN(TestWorkLogRepository)
#include "TestWorkLogRepository.moc"
