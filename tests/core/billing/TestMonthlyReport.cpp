#include "tests/core/billing/BillingFixture.h"

#include "core/billing/CsvWriter.h"
#include "core/billing/MonthlyReport.h"
#include "core/billing/MonthlyReportCsv.h"
#include "core/billing/ReportRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dd;
using dd::test::BillingFixture;

class TestMonthlyReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void billsTheClientsMonth();
    void givesEachTicketItsSlaOutcome();
    void clipsWorkToTheMonth();
    void csvParsesBack();
    void listsHoursWithoutAmountsWhenNoRate();
    void parsesMonths_data();
    void parsesMonths();
    void roundsMoneyOncePerLine();

private:
    MonthlyReport report() const;

    std::unique_ptr<SlaEngine> m_engine;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BillingFixture> m_fixture;
};

void TestMonthlyReport::initTestCase()
{
    const auto calendar = ProductionCalendar::builtin();
    QVERIFY(calendar.ok());
    m_engine = std::make_unique<SlaEngine>(*calendar);
}

void TestMonthlyReport::init()
{
    m_fixture.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_dir->filePath(QStringLiteral("billing.sqlite")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

MonthlyReport TestMonthlyReport::report() const
{
    const auto made = ReportRepository(*m_fixture->db)
                          .monthlyReport(BillingFixture::clientName(), QDate(2026, 10, 1), *m_engine,
                                         BillingFixture::at("2026-11-05T12:00"));
    if (!made) {
        qWarning("%s", qPrintable(made.error().message));
        return {};
    }
    return *made;
}

void TestMonthlyReport::billsTheClientsMonth()
{
    const MonthlyReport r = report();
    QCOMPARE(r.clientName, BillingFixture::clientName());
    // A 2 h + B 1 h + D 1 h (October part) + 1.5 h normal; B 2 h + 2 h double.
    QCOMPARE(r.total.normalSeconds, qint64(5.5 * 3600));
    QCOMPARE(r.total.doubleSeconds, qint64(4 * 3600));
    // (5.5 + 2 × 4) h × 2000 ₽ = 27 000 ₽.
    QCOMPARE(r.totalAmountKopecks, qint64(2'700'000));
    QCOMPARE(r.work.size(), 5); // Сидоров's hour is another client's
    QVERIFY(r.warnings.isEmpty());

    QList<qint64> numbers;
    for (const ReportTicket& t : r.tickets) {
        numbers << t.number;
    }
    QCOMPARE(numbers, (QList<qint64> { 1, 2, 3, 4, 5 }));
    const ReportTicket& b = r.tickets.at(1);
    QCOMPARE(b.billed.normalSeconds, qint64(3600));
    QCOMPARE(b.billed.doubleSeconds, qint64(4 * 3600));
    QCOMPARE(b.amountKopecks.value_or(-1), qint64(1'800'000));
    QCOMPARE(r.tickets.at(2).billed.totalSeconds(), qint64(0)); // C: listed, no work
    QCOMPARE(r.tickets.at(2).amountKopecks.value_or(-1), qint64(0));
}

void TestMonthlyReport::givesEachTicketItsSlaOutcome()
{
    const MonthlyReport r = report();
    QCOMPARE(r.tickets.size(), 5);
    const ReportTicket& a = r.tickets.at(0);
    QCOMPARE(a.outcome, SlaOutcome::Met);
    QCOMPARE(a.reactionsMet, 2); // the first reaction and the reply to the follow-up
    QCOMPARE(a.reactionSeconds, qint64(3600));
    QCOMPARE(a.rating, 5);
    const ReportTicket& b = r.tickets.at(1);
    QCOMPARE(b.outcome, SlaOutcome::Breached);
    QCOMPARE(b.reactionSeconds, qint64(11 * 3600)); // Fri 15–20 + Sat 06–12 of the emergency schedule
    QCOMPARE(b.reactionAllowed, qint64(8 * 3600));
    QCOMPARE(b.rating, 3);
    QCOMPARE(r.tickets.at(2).outcome, SlaOutcome::Met);
    QCOMPARE(r.tickets.at(2).reactionSeconds, qint64(1800));
    QCOMPARE(r.tickets.at(3).outcome, SlaOutcome::Met);
    QCOMPARE(r.tickets.at(3).reactionSeconds, qint64(2 * 3600)); // Wed 15–16 + Thu 08–09
    QCOMPARE(r.tickets.at(4).outcome, SlaOutcome::NotCounted);
    QCOMPARE(r.tickets.at(4).status, QStringLiteral("out-of-scope"));
}

void TestMonthlyReport::clipsWorkToTheMonth()
{
    const MonthlyReport r = report();
    const ReportWorkLine& first = r.work.first();
    QCOMPARE(first.ticketNumber, qint64(4));
    QCOMPARE(first.started.toSecsSinceEpoch(), BillingFixture::at("2026-10-01T00:00"));
    QCOMPARE(first.billed.normalSeconds, qint64(3600));
    QCOMPARE(first.userName, QStringLiteral("Пётр Петров"));
    const auto september = ReportRepository(*m_fixture->db)
                               .monthlyReport(BillingFixture::clientName(), QDate(2026, 9, 1), *m_engine,
                                              BillingFixture::at("2026-11-05T12:00"));
    QVERIFY(september.ok());
    QCOMPARE(september->total.normalSeconds, qint64(3600)); // 23:00–24:00 on 30 September
    QCOMPARE(september->tickets.size(), 1);
}

void TestMonthlyReport::csvParsesBack()
{
    const QByteArray bytes = MonthlyReportCsv::write(report());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n")); // every record ends in CRLF
    QVERIFY(bytes.count("\r\n") >= 7);
    const auto parsed = CsvReader::parse(bytes);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.rows.size(), 1 + 5 + 1);
    QCOMPARE(parsed.rows.first(), MonthlyReportCsv::header());
    for (const QStringList& row : parsed.rows) {
        QCOMPARE(row.size(), MonthlyReportCsv::header().size());
    }
    const QStringList b = parsed.rows.at(2);
    QCOMPARE(b.at(0), BillingFixture::clientName()); // the comma and quotes survived
    QCOMPARE(b.at(1), QStringLiteral("2026-10"));
    QCOMPARE(b.at(2), QStringLiteral("2"));
    QCOMPARE(b.at(8), QStringLiteral("breached"));
    QCOMPARE(b.at(11), QStringLiteral("1.00"));
    QCOMPARE(b.at(12), QStringLiteral("4.00"));
    QCOMPARE(b.at(13), QStringLiteral("2000.00"));
    QCOMPARE(b.at(14), QStringLiteral("18000.00"));
    const QStringList total = parsed.rows.last();
    QCOMPARE(total.at(11), QStringLiteral("5.50"));
    QCOMPARE(total.at(12), QStringLiteral("4.00"));
    QCOMPARE(total.at(14), QStringLiteral("27000.00"));
}

void TestMonthlyReport::listsHoursWithoutAmountsWhenNoRate()
{
    QVERIFY(m_fixture->db->run(QStringLiteral("UPDATE tariffs SET hourly_rate_kopecks = NULL")).ok());
    const MonthlyReport r = report();
    QCOMPARE(r.total.doubleSeconds, qint64(4 * 3600));
    QCOMPARE(r.totalAmountKopecks, qint64(0));
    QVERIFY(!r.tickets.at(1).amountKopecks.has_value());
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(QLatin1String("standard")));
}

void TestMonthlyReport::parsesMonths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("month");
    QTest::newRow("2026-10") << "2026-10" << QDate(2026, 10, 1);
    QTest::newRow("blanks") << " 2027-01 " << QDate(2027, 1, 1);
    QTest::newRow("month 13") << "2026-13" << QDate();
    QTest::newRow("with day") << "2026-10-01" << QDate();
    QTest::newRow("one digit") << "2026-1" << QDate();
}

void TestMonthlyReport::parsesMonths()
{
    QFETCH(QString, text);
    QFETCH(QDate, month);
    QCOMPARE(MonthlyReport::parseMonth(text), month);
}

void TestMonthlyReport::roundsMoneyOncePerLine()
{
    QCOMPARE(amountKopecks(BilledTime { 1, 0 }, 200000), qint64(56)); // 55.6 kopecks
    QCOMPARE(amountKopecks(BilledTime { 0, 1800 }, 150000), qint64(150000)); // half an hour doubled
    // A tariff's own multiplier (issue 17): an hour at ×1.5 of 1000 ₽, plus a normal second.
    QCOMPARE(amountKopecks(BilledTime { 0, 3600 }, 100000, 150), qint64(150000));
    QCOMPARE(amountKopecks(BilledTime { 1, 0 }, 200000, 150), qint64(56));
    QCOMPARE(formatRoubles(123456), QStringLiteral("1234.56"));
    QCOMPARE(formatRoubles(5), QStringLiteral("0.05"));
    QCOMPARE(formatHours(4800), QStringLiteral("1.33"));
    QCOMPARE(formatHours(5400), QStringLiteral("1.50"));
}

QTEST_GUILESS_MAIN(TestMonthlyReport)
#include "TestMonthlyReport.moc"
