#include "core/sla/SlaEngine.h"
#include "core/util/MoscowTime.h"

#include <QTest>

using namespace dd;

namespace {

qint64 at(const QString& text)
{
    const auto parsed = parseInstant(text);
    return parsed.ok() ? parsed->toSecsSinceEpoch() : -1;
}

QString iso(qint64 instant)
{
    return formatMoscowIso(QDateTime::fromSecsSinceEpoch(instant, QTimeZone::utc()));
}

const ProductionCalendar& calendar()
{
    static const ProductionCalendar builtin = *ProductionCalendar::builtin();
    return builtin;
}

// The default engine, built once (the tables take a moment under the sanitizers).
const SlaEngine& defaultEngine()
{
    static const SlaEngine engine(calendar());
    return engine;
}

} // namespace

// Hand-checked vectors for each rule of docs/rules.md#arithmetic on the Russian calendar.
class TestSlaEngine : public QObject
{
    Q_OBJECT

private slots:
    void deadlines_data();
    void deadlines();
    void shortenedDaysAreASetting();
    void tariffOverridesTheDefaults();
    void elapsedAndRemaining_data();
    void elapsedAndRemaining();
    void yearWithoutCalendarIsAnError_data();
    void yearWithoutCalendarIsAnError();
    void explainsTheWindowsThatCounted();
    void explainsAnEmergency();
    void warningThresholds();
    void slugsRoundTrip();
};

void TestSlaEngine::deadlines_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("deadline");
    QTest::newRow("Friday 15:30 standard, Monday 9 March transferred") << "standard"
                                                                       << "2026-03-06T15:30:00"
                                                                       << "2026-03-10T15:30:00+03:00";
    QTest::newRow("emergency at 21:00 on a holiday") << "emergency"
                                                     << "2026-05-09T21:00:00"
                                                     << "2026-05-10T07:00:00+03:00";
    QTest::newRow("standard on Saturday counts from Monday opening") << "standard"
                                                                     << "2026-03-14T11:00:00"
                                                                     << "2026-03-16T16:00:00+03:00";
    QTest::newRow("emergency at 21:30") << "emergency"
                                        << "2026-03-03T21:30:00"
                                        << "2026-03-04T07:00:00+03:00";
    QTest::newRow("deadline on a window's end is that instant") << "standard"
                                                                << "2026-03-13T08:00:00"
                                                                << "2026-03-13T16:00:00+03:00";
    QTest::newRow("start at closing counts from next opening") << "standard"
                                                               << "2026-03-12T16:00:00"
                                                               << "2026-03-13T16:00:00+03:00";
    QTest::newRow("start before opening") << "standard"
                                          << "2026-03-12T03:17:00"
                                          << "2026-03-12T16:00:00+03:00";
    QTest::newRow("shortened 30 April then May holidays") << "standard"
                                                          << "2026-04-30T10:00:00"
                                                          << "2026-05-04T11:00:00+03:00";
    QTest::newRow("working Saturday 2024-04-27") << "standard"
                                                 << "2024-04-26T12:00:00"
                                                 << "2024-04-27T12:00:00+03:00";
    QTest::newRow("shortened working Saturday ends at 15:00") << "standard"
                                                              << "2024-11-01T15:00:00"
                                                              << "2024-11-02T15:00:00+03:00";
    QTest::newRow("across New Year holidays") << "standard"
                                              << "2025-12-30T12:00:00"
                                              << "2026-01-12T12:00:00+03:00";
    QTest::newRow("urgent runs on the emergency schedule") << "urgent"
                                                           << "2026-03-07T18:00:00"
                                                           << "2026-03-08T12:00:00+03:00";
    QTest::newRow("to the second") << "standard"
                                   << "2026-03-04T15:59:59"
                                   << "2026-03-05T15:59:59+03:00";
    QTest::newRow("emergency to the second") << "emergency"
                                             << "2026-03-04T19:30:15"
                                             << "2026-03-05T06:30:15+03:00";
    QTest::newRow("offset input") << "standard"
                                  << "2026-03-03T05:00:00Z"
                                  << "2026-03-03T16:00:00+03:00";
    QTest::newRow("Omsk input") << "emergency"
                                << "2026-03-03T16:00:00+06:00"
                                << "2026-03-03T14:00:00+03:00";
    QTest::newRow("Friday before a transferred Monday is full") << "standard"
                                                                << "2026-03-06T08:00:00"
                                                                << "2026-03-06T16:00:00+03:00";
    QTest::newRow("30 December 2026 is full, then New Year 2027") << "standard"
                                                                  << "2026-12-30T09:00:00"
                                                                  << "2027-01-11T09:00:00+03:00";
}

void TestSlaEngine::deadlines()
{
    QFETCH(QString, level);
    QFETCH(QString, start);
    QFETCH(QString, deadline);
    const SlaEngine& engine = defaultEngine();
    const auto result = engine.deadline(at(start), *parseSlaLevel(level));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(iso(*result), deadline);
    // The QDateTime overload agrees.
    const auto viaQt = engine.deadline(*parseInstant(start), *parseSlaLevel(level));
    QCOMPARE(formatMoscowIso(*viaQt), deadline);
}

void TestSlaEngine::shortenedDaysAreASetting()
{
    SlaSettings settings;
    settings.shortenedDays = false;
    const SlaEngine full(calendar(), settings);
    QCOMPARE(iso(*full.deadline(at("2026-04-30T10:00:00"), SlaLevel::Standard)), "2026-05-04T10:00:00+03:00");
    QCOMPARE(iso(*full.deadline(at("2024-11-02T08:00:00"), SlaLevel::Standard)), "2024-11-02T16:00:00+03:00");
    const SlaEngine shortened(calendar());
    // Saturday 2 November 2024 ends at 15:00; Monday the 4th is a holiday.
    QCOMPARE(iso(*shortened.deadline(at("2024-11-02T08:00:00"), SlaLevel::Standard)), "2024-11-05T09:00:00+03:00");
    QCOMPARE(*shortened.elapsed(at("2026-04-30T00:00:00"), at("2026-05-01T00:00:00"), ScheduleKind::Business),
             7 * 3600);
    QCOMPARE(*full.elapsed(at("2026-04-30T00:00:00"), at("2026-05-01T00:00:00"), ScheduleKind::Business), 8 * 3600);
    // The emergency schedule never shortens.
    QCOMPARE(*shortened.elapsed(at("2026-04-30T00:00:00"), at("2026-05-01T00:00:00"), ScheduleKind::Emergency),
             14 * 3600);
}

void TestSlaEngine::tariffOverridesTheDefaults()
{
    SlaPolicy policy = SlaPolicy::defaults();
    policy.setTarget(QStringLiteral("gold"), SlaLevel::Standard, SlaTarget { 4 * 3600, 16 * 3600 });
    const SlaEngine engine(calendar(), {}, policy);
    QCOMPARE(engine.maxReaction(SlaLevel::Standard, QStringLiteral("gold")), 4 * 3600);
    QCOMPARE(engine.maxReaction(SlaLevel::Standard, QStringLiteral("basic")), 8 * 3600);
    QCOMPARE(engine.maxReaction(SlaLevel::Emergency, QStringLiteral("gold")), 3600);
    QCOMPARE(engine.maxReaction(SlaLevel::Urgent), 8 * 3600);
    QCOMPARE(iso(*engine.deadline(at("2026-03-06T15:30:00"), SlaLevel::Standard, QStringLiteral("gold"))),
             "2026-03-10T11:30:00+03:00");
    QCOMPARE(policy.target(QStringLiteral("gold"), SlaLevel::Standard).resolutionTarget, 16 * 3600);
    QVERIFY(!policy.target(QStringLiteral("basic"), SlaLevel::Standard).resolutionTarget);
}

void TestSlaEngine::elapsedAndRemaining_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("Friday 15:30 to Tuesday 15:30") << "business"
                                                   << "2026-03-06T15:30:00"
                                                   << "2026-03-10T15:30:00" << qint64(8 * 3600);
    QTest::newRow("weekend counts nothing") << "business"
                                            << "2026-03-07T09:00:00"
                                            << "2026-03-08T18:00:00" << qint64(0);
    QTest::newRow("backwards is negative") << "business"
                                           << "2026-03-10T15:30:00"
                                           << "2026-03-06T15:30:00" << qint64(-8 * 3600);
    QTest::newRow("odd seconds") << "business"
                                 << "2026-03-04T08:00:01"
                                 << "2026-03-04T09:00:00" << qint64(3599);
    QTest::newRow("emergency over a week") << "emergency"
                                           << "2026-03-02T00:00:00"
                                           << "2026-03-09T00:00:00" << qint64(7 * 14 * 3600);
    QTest::newRow("business year 2026") << "business"
                                        << "2026-01-01T00:00:00"
                                        << "2027-01-01T00:00:00" << qint64((247 * 8 - 4) * 3600);
}

void TestSlaEngine::elapsedAndRemaining()
{
    QFETCH(QString, schedule);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, seconds);
    const SlaEngine& engine = defaultEngine();
    const ScheduleKind kind = schedule == QLatin1String("business") ? ScheduleKind::Business : ScheduleKind::Emergency;
    const auto result = engine.elapsed(at(from), at(to), kind);
    QVERIFY(result.ok());
    QCOMPARE(*result, seconds);
    QCOMPARE(*engine.remaining(at(to), at(from), kind), seconds);
}

void TestSlaEngine::yearWithoutCalendarIsAnError_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("year");
    QTest::newRow("deadline runs into 2028") << "2027-12-31T10:00:00"
                                             << "2028";
    QTest::newRow("start in 2028") << "2028-01-10T10:00:00"
                                   << "2028";
    QTest::newRow("start in 2023") << "2023-12-29T10:00:00"
                                   << "2023";
}

void TestSlaEngine::yearWithoutCalendarIsAnError()
{
    QFETCH(QString, start);
    QFETCH(QString, year);
    const SlaEngine& engine = defaultEngine();
    const auto result = engine.deadline(at(start), SlaLevel::Standard);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(year), qPrintable(result.error().message));
    const auto elapsed = engine.elapsed(at("2026-01-01T00:00:00"), at(start), ScheduleKind::Emergency);
    if (!start.startsWith(QLatin1String("2027"))) {
        QVERIFY(!elapsed.ok());
        QVERIFY(elapsed.error().message.contains(year));
    }
    // A gap between loaded years is no fallback either.
    ProductionCalendar gap;
    gap.setYear(*calendar().year(2024));
    gap.setYear(*calendar().year(2026));
    const SlaEngine gapped(gap);
    const auto across = gapped.deadline(at("2024-12-28T10:00:00"), SlaLevel::Standard);
    QVERIFY(!across.ok());
    QVERIFY2(across.error().message.contains(QStringLiteral("2025")), qPrintable(across.error().message));
    QVERIFY(!gapped.elapsed(at("2024-12-28T10:00:00"), at("2026-01-12T10:00:00"), ScheduleKind::Business).ok());
    QCOMPARE(iso(*gapped.deadline(at("2026-03-06T15:30:00"), SlaLevel::Standard)), "2026-03-10T15:30:00+03:00");
}

void TestSlaEngine::explainsTheWindowsThatCounted()
{
    const SlaEngine& engine = defaultEngine();
    const auto explanation = engine.explain(at("2026-03-06T15:30:00"), SlaLevel::Standard);
    QVERIFY(explanation.ok());
    QCOMPARE(explanation->windows.size(), size_t(2));
    QCOMPARE(iso(explanation->windows[0].from), "2026-03-06T15:30:00+03:00");
    QCOMPARE(iso(explanation->windows[0].to), "2026-03-06T16:00:00+03:00");
    QCOMPARE(explanation->windows[0].seconds(), 1800);
    QCOMPARE(iso(explanation->windows[1].from), "2026-03-10T08:00:00+03:00");
    QCOMPARE(explanation->windows[1].seconds(), 7 * 3600 + 1800);
    QCOMPARE(explanation->skipped.size(), size_t(3));
    QCOMPARE(explanation->skipped[0].date, QDate(2026, 3, 7));
    QCOMPARE(explanation->skipped[0].reason, DayOffReason::Weekend);
    QCOMPARE(explanation->skipped[1].reason, DayOffReason::Holiday);
    QCOMPARE(explanation->skipped[2].date, QDate(2026, 3, 9));
    QCOMPARE(explanation->skipped[2].reason, DayOffReason::Transfer);
    qint64 total = 0;
    for (const auto& window : explanation->windows) {
        total += window.seconds();
    }
    QCOMPARE(total, explanation->allowed);

    const QString text = formatExplanation(*explanation);
    QVERIFY2(text.contains(QStringLiteral("15:30–16:00  0:30")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-03-10  08:00–15:30  7:30")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-03-09  day off (transferred)")), qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')), 6);
    QCOMPARE(formatDuration(26 * 3600 + 5), "26:00:05");
}

void TestSlaEngine::explainsAnEmergency()
{
    const SlaEngine& engine = defaultEngine();
    const auto explanation = engine.explain(at("2026-05-09T19:30:00"), SlaLevel::Emergency);
    QVERIFY(explanation.ok());
    QCOMPARE(explanation->skipped.size(), size_t(0)); // holidays count for emergencies
    QCOMPARE(explanation->windows.size(), size_t(2));
    QCOMPARE(explanation->windows[0].seconds(), 1800);
    QCOMPARE(iso(explanation->windows[1].to), "2026-05-10T06:30:00+03:00");
    QVERIFY(!engine.explain(at("2028-02-01T10:00:00"), SlaLevel::Emergency).ok());
}

void TestSlaEngine::warningThresholds()
{
    const SlaEngine& engine = defaultEngine();
    QVERIFY(!engine.isWarning(SlaLevel::Standard, 8 * 3600, 2 * 3600));
    QVERIFY(engine.isWarning(SlaLevel::Standard, 8 * 3600, 2 * 3600 - 1));
    QVERIFY(!engine.isWarning(SlaLevel::Emergency, 3600, 15 * 60));
    QVERIFY(engine.isWarning(SlaLevel::Emergency, 3600, 15 * 60 - 1));
    SlaSettings settings;
    settings.warning[static_cast<int>(SlaLevel::Standard)] = WarningThreshold { 0.5, 0 };
    const SlaEngine half(calendar(), settings);
    QVERIFY(half.isWarning(SlaLevel::Standard, 8 * 3600, 4 * 3600 - 1));
    QVERIFY(!half.isWarning(SlaLevel::Standard, 8 * 3600, 4 * 3600));
}

void TestSlaEngine::slugsRoundTrip()
{
    for (SlaLevel level : { SlaLevel::Emergency, SlaLevel::Standard, SlaLevel::Urgent }) {
        QCOMPARE(parseSlaLevel(slaLevelId(level)), level);
    }
    QCOMPARE(slaLevelId(SlaLevel::Urgent), "urgent");
    QVERIFY(!parseSlaLevel(u"Standard"));
    QVERIFY(!parseSlaLevel(u""));
    QCOMPARE(scheduleOf(SlaLevel::Urgent), ScheduleKind::Emergency);
    QCOMPARE(scheduleOf(SlaLevel::Standard), ScheduleKind::Business);
}

QTEST_GUILESS_MAIN(TestSlaEngine)
#include "TestSlaEngine.moc"
