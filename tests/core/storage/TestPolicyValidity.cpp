#include "tests/support/EngineDatabases.h"
#include "tests/support/PostgresServer.h"

#include "core/domain/Actor.h"
#include "core/schema/SchemaCatalog.h"
#include "core/sla/SlaPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/TariffRepository.h"
#include "core/storage/TicketSla.h"
#include "core/util/MoscowTime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

constexpr qint64 hour = 3600;

std::vector<TicketClock> clocksOf(const SlaEngine& engine, qint64 arrived, qint64 now)
{
    const TicketEvent arrival { TicketEventType::Arrived, arrived, SlaLevel::Standard };
    return computeTicketClocks(engine, std::span<const TicketEvent>(&arrival, 1), QStringLiteral("premium"), now);
}

const TicketClock& reaction(const std::vector<TicketClock>& clocks)
{
    return *std::find_if(clocks.begin(), clocks.end(),
                         [](const TicketClock& clock) { return clock.kind == ClockKind::Reaction; });
}

} // namespace

// A policy change applies to clocks from that moment on (docs/rules.md#sla-policies):
// each policy row has a validity start, and a clock uses the row in force when it
// started, so past SLA figures never move.
class TestPolicyValidity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowInForce_data();
    void rowInForce();
    void pastClocksKeepTheirPolicy();
    void staleAndBadPolicyEditsAreRefused();
    void tariffsAndRates();

private:
    std::unique_ptr<Database> fresh(const QString& name);

    test::EngineDatabases m_databases;
};

void TestPolicyValidity::initTestCase()
{
    const Status started = m_databases.startBuiltEngine();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

std::unique_ptr<Database> TestPolicyValidity::fresh(const QString& name)
{
    return m_databases.fresh(name);
}

void TestPolicyValidity::rowInForce_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("maxReaction");
    // Rows: 8 h from the start, 4 h from 1000, 2 h from 2000.
    QTest::newRow("before the first row: the first row") << qint64(-5) << 8 * hour;
    QTest::newRow("inside the first row") << qint64(999) << 8 * hour;
    QTest::newRow("the instant a change took effect") << qint64(1000) << 4 * hour;
    QTest::newRow("a second before the next change") << qint64(1999) << 4 * hour;
    QTest::newRow("after the last change") << qint64(50000) << 2 * hour;
}

void TestPolicyValidity::rowInForce()
{
    QFETCH(qint64, at);
    QFETCH(qint64, maxReaction);
    SlaPolicy policy = SlaPolicy::defaults();
    // Added out of order: the policy sorts them by validity.
    policy.setTarget(QStringLiteral("gold"), SlaLevel::Standard, SlaTarget { 2 * hour, std::nullopt }, 2000);
    policy.setTarget(QStringLiteral("gold"), SlaLevel::Standard, SlaTarget { 8 * hour, std::nullopt }, 0);
    policy.setTarget(QStringLiteral("gold"), SlaLevel::Standard, SlaTarget { 4 * hour, 16 * hour }, 1000);
    QCOMPARE(policy.target(QStringLiteral("gold"), SlaLevel::Standard, at).maxReaction, maxReaction);
    QCOMPARE(policy.target(QStringLiteral("gold"), SlaLevel::Standard).maxReaction, 2 * hour); // in force now
    QCOMPARE(policy.target(QStringLiteral("gold"), SlaLevel::Emergency, at).maxReaction, hour); // the default
}

void TestPolicyValidity::pastClocksKeepTheirPolicy()
{
    auto database = fresh(QStringLiteral("validity"));
    QVERIFY(database);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // A ticket that arrived a week ago and is still waiting for a reaction, on premium
    // (standard level: 4 working hours).
    const qint64 pastArrival = now - 7 * 24 * hour;
    auto before = TicketSla::load(*database);
    QVERIFY(before.ok());
    const TicketClock pastBefore = reaction(clocksOf(before.value()->engine(), pastArrival, now));
    QCOMPARE(pastBefore.allowed, 4 * hour);

    QVERIFY(
        TariffRepository(*database).setPolicy(QStringLiteral("premium"), SlaLevel::Standard, 2 * hour, 10 * hour).ok());
    auto after = TicketSla::load(*database);
    QVERIFY(after.ok());
    const SlaEngine& engine = after.value()->engine();
    // The past clock: the same allowed time and deadline as before the change.
    const TicketClock pastAfter = reaction(clocksOf(engine, pastArrival, now));
    QCOMPARE(pastAfter.allowed, 4 * hour);
    QCOMPARE(pastAfter.deadline, pastBefore.deadline);
    QCOMPARE(pastAfter.state, pastBefore.state);
    // A ticket arriving after the change runs on the new times, resolution included.
    const auto future = clocksOf(engine, now + 60, now + 120);
    QCOMPARE(reaction(future).allowed, 2 * hour);
    const auto resolution = std::find_if(future.begin(), future.end(),
                                         [](const TicketClock& clock) { return clock.kind == ClockKind::Resolution; });
    QVERIFY(resolution != future.end());
    QCOMPARE(resolution->allowed, 10 * hour);
    // `sla deadline --tariff premium` without a ticket: the policy in force now.
    QCOMPARE(engine.maxReaction(SlaLevel::Standard, QStringLiteral("premium")), 2 * hour);
    // Both rows are kept.
    const auto history = TariffRepository(*database).policyHistory();
    QVERIFY(history.ok());
    int premiumStandard = 0;
    for (const PolicyRow& row : *history) {
        premiumStandard += row.tariff == QLatin1String("premium") && row.level == SlaLevel::Standard;
    }
    QCOMPARE(premiumStandard, 2);
}

void TestPolicyValidity::staleAndBadPolicyEditsAreRefused()
{
    auto database = fresh(QStringLiteral("stale"));
    QVERIFY(database);
    const TariffRepository tariffs(*database);
    const auto inForce = tariffs.policyInForce();
    QVERIFY(inForce.ok());
    qint64 seenId = 0;
    for (const PolicyRow& row : *inForce) {
        if (row.tariff == QLatin1String("standard") && row.level == SlaLevel::Urgent) {
            seenId = row.id;
        }
    }
    QVERIFY(seenId > 0);
    QVERIFY(tariffs.setPolicy(QStringLiteral("standard"), SlaLevel::Urgent, 6 * hour, std::nullopt, seenId).ok());
    // A second editor who saw the old row is refused, told what is in force now.
    const Status stale
        = tariffs.setPolicy(QStringLiteral("standard"), SlaLevel::Urgent, 5 * hour, std::nullopt, seenId);
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().message.contains(QStringLiteral("6h")), qPrintable(stale.error().message));
    QVERIFY(!tariffs.setPolicy(QStringLiteral("nope"), SlaLevel::Urgent, hour, std::nullopt).ok());
    QVERIFY(!tariffs.setPolicy(QStringLiteral("standard"), SlaLevel::Urgent, 0, std::nullopt).ok());
}

void TestPolicyValidity::tariffsAndRates()
{
    auto database = fresh(QStringLiteral("tariffs"));
    QVERIFY(database);
    const TariffRepository tariffs(*database);
    QVERIFY(tariffs.add(Tariff { QStringLiteral("gold"), QStringLiteral("Золотой"), 250000, 200, 0 }).ok());
    QVERIFY(!tariffs.add(Tariff { QStringLiteral("gold"), QStringLiteral("Again"), 1, 200, 0 }).ok());
    QVERIFY(!tariffs.add(Tariff { QStringLiteral("Gold Plus"), QStringLiteral("x"), 1, 200, 0 }).ok());
    auto gold = tariffs.find(QStringLiteral("gold"));
    QVERIFY(gold.ok() && *gold);
    QCOMPARE((*gold)->hourlyRateKopecks, std::optional<qint64>(250000));
    QCOMPARE((*gold)->doubleRatePercent, 200);
    TariffChange change;
    change.hourlyRateKopecks = std::optional<qint64>(300050);
    QVERIFY(tariffs.update(QStringLiteral("gold"), change, (*gold)->version).ok());
    // The editor who read version 1 is now stale.
    QVERIFY(!tariffs.update(QStringLiteral("gold"), change, (*gold)->version).ok());
    QCOMPARE(TariffRepository::formatRate((*tariffs.find(QStringLiteral("gold")))->hourlyRateKopecks),
             QStringLiteral("3000.50"));
    QCOMPARE(*TariffRepository::parseRate(QStringLiteral("1 500,5")), qint64(150050));
    QVERIFY(!TariffRepository::parseRate(QStringLiteral("12.345")).ok());
    QVERIFY(!TariffRepository::parseRate(QStringLiteral("-5")).ok());
    // A new tariff is known to the policy at once (the defaults until it has rows).
    QVERIFY(TicketSla::load(*database).value()->engine().policy().hasTariff(QStringLiteral("gold")));
}

QTEST_GUILESS_MAIN(TestPolicyValidity)
#include "TestPolicyValidity.moc"
