#include "tests/core/billing/BillingFixture.h"

#include "core/billing/ReportRepository.h"
#include "core/billing/TicketFeedback.h"
#include "core/billing/WorkLogRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/util/MoscowTime.h"

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
    void readsTimesOfDayAsToday_data();
    void readsTimesOfDayAsToday();
    void checksThePeriod();
    void readsTheFormsInput_data();
    void readsTheFormsInput();
    void defaultStartIsNotBeforeArrival();
    void refusesWorkInTheFutureOrBeforeArrival();
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
    // Issue 18: how people type it, in Russian too.
    QTest::newRow("90 мин") << "90 мин" << qint64(5400);
    QTest::newRow("1ч 30м") << "1ч 30м" << qint64(5400);
    QTest::newRow("1.5ч") << "1.5ч" << qint64(5400);
    QTest::newRow("1,5 ч") << "1,5 ч" << qint64(5400);
    QTest::newRow("30 мин") << "30 мин" << qint64(1800);
    QTest::newRow("1ч") << "1ч" << qint64(3600);
    QTest::newRow("2 часа") << "2 часа" << qint64(7200);
    QTest::newRow("45m") << "45m" << qint64(2700);
    QTest::newRow("1.5h") << "1.5h" << qint64(5400);
    QTest::newRow("0.1h six minutes") << "0.1h" << qint64(360);
    QTest::newRow("upper case 1Ч 30М") << "1Ч 30М" << qint64(5400);
    QTest::newRow("abc") << "abc" << qint64(0);
    QTest::newRow("negative -1ч") << "-1ч" << qint64(0);
    QTest::newRow("25:99") << "25:99" << qint64(0);
    QTest::newRow("longer than a day 25:30") << "25:30" << qint64(0);
    QTest::newRow("decimal with minutes 1.5ч 10м") << "1.5ч 10м" << qint64(0);
    QTest::newRow("unit alone ч") << "ч" << qint64(0);
}

void TestWorkLogRepository::parsesDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QCOMPARE(parseWorkDuration(text).value_or(0), seconds);
}

void TestWorkLogRepository::readsTimesOfDayAsToday_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO UTC; empty = refused
    // 2 December 2026 22:30 UTC is already 3 December in Moscow: "today" is Moscow's.
    QTest::newRow("18:00 today, not 18 hours") << "18:00"
                                               << "2026-12-03T15:00:00Z";
    QTest::newRow("9:05 single digit hour") << "9:05"
                                            << "2026-12-03T06:05:00Z";
    QTest::newRow("full instant") << "2026-12-01T10:00"
                                  << "2026-12-01T07:00:00Z";
    QTest::newRow("25:99 refused") << "25:99"
                                   << "";
    QTest::newRow("words refused") << "вечером"
                                   << "";
}

void TestWorkLogRepository::readsTimesOfDayAsToday()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 12, 2), QTime(22, 30), QTimeZone::utc());
    const auto parsed = parseWorkTime(text, now);
    if (expected.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->toUTC().toString(Qt::ISODate), expected);
}

void TestWorkLogRepository::checksThePeriod()
{
    const auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone::utc());
    };
    const QDateTime arrived = utc(2, 7, 0); // 10:00 Moscow
    const QDateTime now = utc(2, 12, 0); // 15:00 Moscow
    QVERIFY(checkWorkPeriod(utc(2, 8, 0), utc(2, 9, 30), arrived, now).ok());
    QVERIFY(checkWorkPeriod(arrived, now, arrived, now).ok()); // both edges allowed
    const auto future = checkWorkPeriod(utc(2, 11, 0), utc(2, 15, 0), arrived, now);
    QVERIFY(!future.ok());
    QVERIFY2(future.error().message.contains(QStringLiteral("future"))
                 && future.error().message.contains(QStringLiteral("02.12.2026 18:00")),
             qPrintable(future.error().message));
    const auto early = checkWorkPeriod(utc(2, 6, 0), utc(2, 8, 0), arrived, now);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().message.contains(QStringLiteral("before the ticket arrived at 02.12.2026 10:00")),
             qPrintable(early.error().message));
    QVERIFY(!checkWorkPeriod(utc(2, 9, 0), utc(2, 8, 0), arrived, now).ok());
    QVERIFY(!checkWorkPeriod(utc(2, 9, 0), utc(2, 9, 0), arrived, now).ok());
    QVERIFY(!checkWorkPeriod(QDateTime(), utc(2, 9, 0), arrived, now).ok());
}

void TestWorkLogRepository::readsTheFormsInput_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("started"); // Moscow "HH:mm" on 3 December 2026; empty = refused
    QTest::addColumn<QString>("finished");
    QTest::newRow("from and to") << "09:00"
                                 << "18:00"
                                 << ""
                                 << "09:00"
                                 << "18:00";
    QTest::newRow("from and duration") << "09:00"
                                       << ""
                                       << "1ч 30м"
                                       << "09:00"
                                       << "10:30";
    QTest::newRow("to and duration") << ""
                                     << "12:00"
                                     << "1,5 ч"
                                     << "10:30"
                                     << "12:00";
    QTest::newRow("all three agree") << "09:00"
                                     << "10:00"
                                     << "60"
                                     << "09:00"
                                     << "10:00";
    QTest::newRow("all three disagree") << "09:00"
                                        << "10:00"
                                        << "2h"
                                        << ""
                                        << "";
    QTest::newRow("from alone") << "09:00"
                                << ""
                                << ""
                                << ""
                                << "";
    QTest::newRow("bad duration") << "09:00"
                                  << ""
                                  << "abc"
                                  << ""
                                  << "";
    QTest::newRow("bad time") << "25:99"
                              << ""
                              << "1h"
                              << ""
                              << "";
}

void TestWorkLogRepository::readsTheFormsInput()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, duration);
    QFETCH(QString, started);
    QFETCH(QString, finished);
    const QDateTime now(QDate(2026, 12, 3), QTime(17, 0), QTimeZone::utc()); // 20:00 Moscow
    const auto period = workPeriodFromInput(from, to, duration, now);
    if (started.isEmpty()) {
        QVERIFY(!period.ok());
        QVERIFY(!period.error().message.isEmpty());
        return;
    }
    QVERIFY2(period.ok(), qPrintable(period.ok() ? QString() : period.error().message));
    QCOMPARE(toMoscow(period->started).toString(QStringLiteral("dd.MM HH:mm")), "03.12 " + started);
    QCOMPARE(toMoscow(period->finished).toString(QStringLiteral("dd.MM HH:mm")), "03.12 " + finished);
}

void TestWorkLogRepository::defaultStartIsNotBeforeArrival()
{
    const QDateTime now(QDate(2026, 12, 3), QTime(9, 0, 30), QTimeZone::utc());
    QCOMPARE(defaultWorkStart(now.addSecs(-7200), now), QDateTime(QDate(2026, 12, 3), QTime(8, 1), QTimeZone::utc()));
    const QDateTime arrived(QDate(2026, 12, 3), QTime(8, 40, 10), QTimeZone::utc());
    QCOMPARE(defaultWorkStart(arrived, now), QDateTime(QDate(2026, 12, 3), QTime(8, 41), QTimeZone::utc()));
    QVERIFY(defaultWorkStart(arrived, now) >= arrived);
}

void TestWorkLogRepository::refusesWorkInTheFutureOrBeforeArrival()
{
    const WorkLogRepository repository(*m_fixture->db);
    const qint64 before = repository.forTicket(m_fixture->ticketA)->size();
    const auto ticket = TicketRepository(*m_fixture->db).get(m_fixture->ticketA);
    QVERIFY(ticket.ok());
    WorkLogEntry entry;
    entry.ticketId = m_fixture->ticketA;
    entry.userId = m_fixture->programmerId;
    entry.started = ticket->arrived.addSecs(-3600);
    entry.finished = ticket->arrived.addSecs(3600);
    const auto early = repository.add(entry);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().message.contains(QStringLiteral("before the ticket arrived")),
             qPrintable(early.error().message));
    const QDateTime now = *m_fixture->db->serverNow();
    entry.started = now.addSecs(-600);
    entry.finished = now.addSecs(3600);
    const auto future = repository.add(entry);
    QVERIFY(!future.ok());
    QVERIFY2(future.error().message.contains(QStringLiteral("future")), qPrintable(future.error().message));
    QCOMPARE(repository.forTicket(m_fixture->ticketA)->size(), before); // nothing half-saved
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
