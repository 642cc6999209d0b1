#include "core/sla/SlaEngine.h"
#include "core/sla/SlaLevel.h"

#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace dd {

SlaEngine::SlaEngine(const ProductionCalendar& calendar, const SlaSettings& settings, const SlaPolicy& policy)
    : m_calendar(calendar)
    , m_settings(settings)
    , m_policy(policy)
    , m_tables { ScheduleTable(calendar, ScheduleKind::Business, settings),
                 ScheduleTable(calendar, ScheduleKind::Emergency, settings) }
{ }

qint64 SlaEngine::maxReaction(SlaLevel level, const QString& tariff) const
{
    return m_policy.target(tariff, level).maxReaction;
}

Result<qint64> SlaEngine::deadline(qint64 start, SlaLevel level, const QString& tariff) const
{
    return addWorkingTime(start, maxReaction(level, tariff), scheduleOf(level));
}

Result<QDateTime> SlaEngine::deadline(const QDateTime& start, SlaLevel level, const QString& tariff) const
{
    const auto result = deadline(start.toSecsSinceEpoch(), level, tariff);
    if (!result) {
        return result.error();
    }
    return QDateTime::fromSecsSinceEpoch(*result, QTimeZone::utc());
}

Result<qint64> SlaEngine::addWorkingTime(qint64 start, qint64 seconds, ScheduleKind schedule) const
{
    const ScheduleTable& t = table(schedule);
    if (const auto result = t.add(start, seconds)) {
        return *result;
    }
    return t.missingYearError(start);
}

Result<qint64> SlaEngine::elapsed(qint64 from, qint64 to, ScheduleKind schedule) const
{
    const ScheduleTable& t = table(schedule);
    if (const auto result = t.elapsed(from, to)) {
        return *result;
    }
    // Name the year that is missing: where an end lies outside, else the gap crossed.
    return t.missingYearError(t.dayIndex(from) < 0 ? from : t.dayIndex(to) < 0 ? to : std::min(from, to));
}

Result<qint64> SlaEngine::elapsed(const QDateTime& from, const QDateTime& to, ScheduleKind schedule) const
{
    return elapsed(from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), schedule);
}

Result<qint64> SlaEngine::remaining(qint64 deadline, qint64 now, ScheduleKind schedule) const
{
    return elapsed(now, deadline, schedule);
}

Result<Explanation> SlaEngine::explain(qint64 start, SlaLevel level, const QString& tariff) const
{
    Explanation explanation;
    explanation.level = level;
    explanation.schedule = scheduleOf(level);
    explanation.start = start;
    explanation.allowed = maxReaction(level, tariff);
    const auto end = deadline(start, level, tariff);
    if (!end) {
        return end.error();
    }
    explanation.deadline = *end;
    const ScheduleTable& t = table(explanation.schedule);
    const int last = t.dayIndex(*end);
    for (int d = t.dayIndex(start); d <= last && d >= 0; ++d) {
        if (t.open(d) == t.close(d)) {
            explanation.skipped.push_back(SkippedDay { t.date(d), m_calendar.dayOffReason(t.date(d)) });
            continue;
        }
        const qint64 from = std::max(t.open(d), start);
        const qint64 to = std::min(t.close(d), *end);
        if (to > from) {
            explanation.windows.push_back(CountedWindow { t.date(d), from, to, t.shortened(d) });
        }
    }
    return explanation;
}

bool SlaEngine::isWarning(SlaLevel level, qint64 allowed, qint64 remaining) const
{
    const WarningThreshold& threshold = m_settings.warningFor(level);
    return static_cast<double>(remaining) < threshold.share * static_cast<double>(allowed)
        || remaining < threshold.seconds;
}

QString formatDuration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const qint64 s = std::abs(seconds);
    QString text = QStringLiteral("%1%2:%3").arg(sign).arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    if (s % 60 != 0) {
        text += QStringLiteral(":%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

namespace {

QString wallTime(qint64 instant)
{
    const QTime time = QDateTime::fromSecsSinceEpoch(instant, moscowZone()).time();
    return time.toString(time.second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString dayLabel(QDate date)
{
    return QStringLiteral("%1 %2").arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                       date.toString(Qt::ISODate));
}

QString reasonText(DayOffReason reason)
{
    switch (reason) {
    case DayOffReason::Weekend:
        return Sla::tr("day off (weekend)");
    case DayOffReason::Holiday:
        return Sla::tr("day off (public holiday)");
    case DayOffReason::Transfer:
        return Sla::tr("day off (transferred)");
    }
    return {};
}

} // namespace

QString formatExplanation(const Explanation& explanation)
{
    QString text = Sla::tr("%1 level, %2: %3 counted from %4, deadline %5")
                       .arg(slaLevelName(explanation.level), scheduleName(explanation.schedule),
                            formatDuration(explanation.allowed),
                            formatMoscowIso(QDateTime::fromSecsSinceEpoch(explanation.start, QTimeZone::utc())),
                            formatMoscowIso(QDateTime::fromSecsSinceEpoch(explanation.deadline, QTimeZone::utc())))
        + QLatin1Char('\n');
    auto window = explanation.windows.cbegin();
    auto skipped = explanation.skipped.cbegin();
    // Windows and skipped days interleaved by date, as a calendar reads.
    while (window != explanation.windows.cend() || skipped != explanation.skipped.cend()) {
        if (skipped == explanation.skipped.cend()
            || (window != explanation.windows.cend() && window->date < skipped->date)) {
            text += QStringLiteral("  %1  %2–%3  %4%5\n")
                        .arg(dayLabel(window->date), wallTime(window->from), wallTime(window->to),
                             formatDuration(window->seconds()),
                             window->shortened ? QStringLiteral("  ") + Sla::tr("(shortened day)") : QString());
            ++window;
        } else {
            text += QStringLiteral("  %1  %2\n").arg(dayLabel(skipped->date), reasonText(skipped->reason));
            ++skipped;
        }
    }
    return text;
}

} // namespace dd
