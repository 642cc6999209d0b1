#include "core/sla/SlaEngine.h"
#include "core/util/MoscowTime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dd;

namespace {

// A deliberately naive reference: the day's window straight from the calendar and
// QDateTime, walked window by window. Shares nothing with ScheduleTable.
struct Window
{
    qint64 open = 0;
    qint64 close = 0;
};

Window naiveWindow(const ProductionCalendar& calendar, QDate date, ScheduleKind schedule)
{
    const auto instant = [&](int hour) { return QDateTime(date, QTime(hour, 0), moscowZone()).toSecsSinceEpoch(); };
    if (schedule == ScheduleKind::Emergency) {
        return { instant(6), instant(20) };
    }
    const DayKind kind = *calendar.dayKind(date);
    if (kind == DayKind::DayOff) {
        return {};
    }
    return { instant(8), instant(kind == DayKind::Shortened ? 15 : 16) };
}

QDate moscowDate(qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant, moscowZone()).date();
}

qint64 naiveDeadline(const ProductionCalendar& calendar, qint64 start, qint64 seconds, ScheduleKind schedule)
{
    qint64 left = seconds;
    for (QDate date = moscowDate(start);; date = date.addDays(1)) {
        const Window w = naiveWindow(calendar, date, schedule);
        if (w.close <= start || w.open == w.close) {
            continue;
        }
        const qint64 from = std::max(w.open, start);
        if (w.close - from >= left) {
            return from + left;
        }
        left -= w.close - from;
    }
}

qint64 naiveElapsed(const ProductionCalendar& calendar, qint64 from, qint64 to, ScheduleKind schedule)
{
    qint64 total = 0;
    for (QDate date = moscowDate(from); date <= moscowDate(to); date = date.addDays(1)) {
        const Window w = naiveWindow(calendar, date, schedule);
        total += std::max<qint64>(0, std::min(w.close, to) - std::max(w.open, from));
    }
    return total;
}

} // namespace

// Properties on thousands of random instants per level over 2024–2027, against the
// naive reference: deadline, elapsed(start, deadline) == max reaction, minimality,
// additivity.
class TestSlaProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deadlinesMatchTheReference_data();
    void deadlinesMatchTheReference();
    void elapsedIsAdditiveAndMatchesTheReference_data();
    void elapsedIsAdditiveAndMatchesTheReference();

private:
    qint64 randomInstant(QRandomGenerator& random) const;

    ProductionCalendar m_calendar;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_samples = 3000;
};

void TestSlaProperties::initTestCase()
{
    m_calendar = *ProductionCalendar::builtin();
    m_from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), moscowZone()).toSecsSinceEpoch();
    // Leave room for a deadline of a few weeks before the end of 2027.
    m_to = QDateTime(QDate(2027, 12, 1), QTime(0, 0), moscowZone()).toSecsSinceEpoch();
    bool ok = false;
    const int samples = qEnvironmentVariableIntValue("DUTYDESK_PROPERTY_SAMPLES", &ok);
    if (ok && samples > 0) {
        m_samples = samples;
    }
}

qint64 TestSlaProperties::randomInstant(QRandomGenerator& random) const
{
    const qint64 instant = random.bounded(m_from, m_to);
    if (random.bounded(4) != 0) {
        return instant;
    }
    // A quarter of the samples sit on or next to a window edge, where the bugs live.
    static const int edges[] = { 6, 8, 15, 16, 20, 0 };
    const QDate date = moscowDate(instant);
    const int hour = edges[random.bounded(6)];
    return QDateTime(date, QTime(hour, 0), moscowZone()).toSecsSinceEpoch() + random.bounded(-1, 2);
}

void TestSlaProperties::deadlinesMatchTheReference_data()
{
    QTest::addColumn<SlaLevel>("level");
    QTest::newRow("emergency") << SlaLevel::Emergency;
    QTest::newRow("standard") << SlaLevel::Standard;
    QTest::newRow("urgent") << SlaLevel::Urgent;
}

void TestSlaProperties::deadlinesMatchTheReference()
{
    QFETCH(SlaLevel, level);
    const SlaEngine engine(m_calendar);
    const ScheduleKind schedule = scheduleOf(level);
    const qint64 allowed = engine.maxReaction(level);
    QRandomGenerator random(static_cast<quint32>(level) * 7919 + 1);
    for (int i = 0; i < m_samples; ++i) {
        const qint64 start = randomInstant(random);
        const auto deadline = engine.deadline(start, level);
        QVERIFY(deadline.ok());
        QCOMPARE(*deadline, naiveDeadline(m_calendar, start, allowed, schedule));
        QVERIFY(*deadline > start);
        QCOMPARE(*engine.elapsed(start, *deadline, schedule), allowed);
        // Minimal: a second earlier the allowed time has not yet elapsed.
        QCOMPARE(*engine.elapsed(start, *deadline - 1, schedule), allowed - 1);
        // Any amount of working time, from a second to a few weeks, costs the same.
        const qint64 amount = 1 + random.bounded(20 * 8 * 3600);
        QCOMPARE(*engine.addWorkingTime(start, amount, schedule), naiveDeadline(m_calendar, start, amount, schedule));
    }
}

void TestSlaProperties::elapsedIsAdditiveAndMatchesTheReference_data()
{
    QTest::addColumn<ScheduleKind>("schedule");
    QTest::newRow("business") << ScheduleKind::Business;
    QTest::newRow("emergency") << ScheduleKind::Emergency;
}

void TestSlaProperties::elapsedIsAdditiveAndMatchesTheReference()
{
    QFETCH(ScheduleKind, schedule);
    const SlaEngine engine(m_calendar);
    QRandomGenerator random(static_cast<quint32>(schedule) * 104729 + 3);
    for (int i = 0; i < m_samples; ++i) {
        qint64 a = randomInstant(random);
        // Mostly short spans (days), sometimes long ones (months).
        const qint64 span = random.bounded(4) == 0 ? 90 * 86400 : 5 * 86400;
        qint64 c = std::min(a + random.bounded(span), m_to);
        if (a > c) {
            std::swap(a, c);
        }
        const qint64 b = a + (c > a ? random.bounded(c - a + 1) : 0);
        const qint64 ab = *engine.elapsed(a, b, schedule);
        const qint64 bc = *engine.elapsed(b, c, schedule);
        const qint64 ac = *engine.elapsed(a, c, schedule);
        QCOMPARE(ac, ab + bc);
        QCOMPARE(ac, naiveElapsed(m_calendar, a, c, schedule));
        QCOMPARE(*engine.elapsed(c, a, schedule), -ac);
        QVERIFY(ab >= 0 && bc >= 0);
    }
}

QTEST_GUILESS_MAIN(TestSlaProperties)
#include "TestSlaProperties.moc"
