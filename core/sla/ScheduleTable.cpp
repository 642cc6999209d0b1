#include "core/sla/ScheduleTable.h"

#include "core/util/MoscowTime.h"

#include <QDateTime>

#include <algorithm>

namespace dd {

namespace {

qint64 moscowInstant(QDate date, QTime time)
{
    return QDateTime(date, time, moscowZone()).toSecsSinceEpoch();
}

} // namespace

ScheduleTable::ScheduleTable(const ProductionCalendar& calendar, ScheduleKind schedule, const SlaSettings& settings)
    : m_schedule(schedule)
    , m_years(calendar.years())
{
    if (m_years.isEmpty()) {
        return;
    }
    m_first = QDate(m_years.first(), 1, 1);
    const QDate end(m_years.last() + 1, 1, 1);
    const auto n = static_cast<size_t>(m_first.daysTo(end));
    m_midnight.resize(n + 1);
    m_open.resize(n);
    m_close.resize(n);
    m_cumulative.resize(n + 1);
    m_shortened.resize(n);
    m_missingBefore.resize(n + 1);
    m_cumulative[0] = 0;
    m_missingBefore[0] = 0;
    QDate date = m_first;
    for (size_t i = 0; i < n; ++i, date = date.addDays(1)) {
        m_midnight[i] = moscowInstant(date, QTime(0, 0));
        qint64 open = m_midnight[i];
        qint64 close = open;
        const auto kind = calendar.dayKind(date);
        const bool missing = !kind.ok();
        if (missing) {
            // No window: crossing the day is detected through m_missingBefore.
        } else if (schedule == ScheduleKind::Emergency) {
            open = moscowInstant(date, settings.emergencyOpen);
            close = moscowInstant(date, settings.emergencyClose);
        } else if (ProductionCalendar::isWorking(*kind)) {
            open = moscowInstant(date, settings.businessOpen);
            close = moscowInstant(date, settings.businessClose);
            if (*kind == DayKind::Shortened && settings.shortenedDays) {
                close -= settings.shortenedBy;
                m_shortened[i] = true;
            }
        }
        m_open[i] = open;
        m_close[i] = std::max(open, close);
        m_cumulative[i + 1] = m_cumulative[i] + (m_close[i] - m_open[i]);
        m_missingBefore[i + 1] = m_missingBefore[i] + (missing ? 1 : 0);
    }
    m_midnight[n] = moscowInstant(end, QTime(0, 0));
}

int ScheduleTable::dayIndex(qint64 at) const
{
    const int n = dayCount();
    if (n == 0 || at < m_midnight[0] || at >= m_midnight[n]) {
        return -1;
    }
    // Days are 86,400 s long but for an offset change; the guess is off by one at most.
    int index = static_cast<int>(std::min<qint64>((at - m_midnight[0]) / 86400, n - 1));
    while (m_midnight[index] > at) {
        --index;
    }
    while (m_midnight[index + 1] <= at) {
        ++index;
    }
    return index;
}

std::optional<qint64> ScheduleTable::position(qint64 at) const
{
    const int d = dayIndex(at);
    if (d < 0 || missing(d)) {
        return std::nullopt;
    }
    return m_cumulative[d] + std::clamp(at - m_open[d], qint64 { 0 }, m_close[d] - m_open[d]);
}

std::optional<qint64> ScheduleTable::add(qint64 start, qint64 seconds) const
{
    const int d = dayIndex(start);
    if (d < 0 || missing(d)) {
        return std::nullopt;
    }
    if (seconds <= 0) {
        return start;
    }
    const qint64* cumulative = m_cumulative.data();
    const size_t n = m_midnight.size() - 1;
    const qint64 target = cumulative[d] + std::clamp(start - m_open[d], qint64 { 0 }, m_close[d] - m_open[d]) + seconds;
    if (target > cumulative[n]) {
        return std::nullopt;
    }
    // Galloping search for the first day boundary j > d with cumulative[j] >= target:
    // a few steps for hours, a dozen for years, whatever the schedule.
    size_t low = static_cast<size_t>(d) + 1;
    size_t high = low;
    size_t step = 1;
    while (cumulative[high] < target) {
        low = high + 1;
        high = std::min(high + step, n);
        step *= 2;
    }
    const size_t j
        = static_cast<size_t>(std::lower_bound(cumulative + low, cumulative + high + 1, target) - cumulative);
    const size_t e = j - 1;
    if (m_missingBefore[e + 1] != m_missingBefore[d]) {
        return std::nullopt;
    }
    return m_open[e] + (target - cumulative[e]);
}

std::optional<qint64> ScheduleTable::elapsed(qint64 from, qint64 to) const
{
    const int a = dayIndex(from);
    const int b = dayIndex(to);
    if (a < 0 || b < 0 || m_missingBefore[std::max(a, b) + 1] != m_missingBefore[std::min(a, b)]) {
        return std::nullopt;
    }
    const auto at = [this](int d, qint64 t) {
        return m_cumulative[d] + std::clamp(t - m_open[d], qint64 { 0 }, m_close[d] - m_open[d]);
    };
    return at(b, to) - at(a, from);
}

Error ScheduleTable::missingYearError(qint64 at) const
{
    int year = QDateTime::fromSecsSinceEpoch(at, moscowZone()).date().year();
    if (m_years.contains(year)) {
        while (m_years.contains(year)) {
            ++year;
        }
    }
    return ProductionCalendar::missingYearError(year);
}

} // namespace dd
