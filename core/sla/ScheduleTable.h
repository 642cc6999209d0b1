#pragma once

#include "core/sla/SlaLevel.h"
#include "core/sla/SlaSettings.h"
#include "core/time/ProductionCalendar.h"
#include "core/util/Result.h"

#include <QDate>

#include <optional>
#include <vector>

namespace dd {

// One schedule over the calendar's years, precomputed: for every Moscow day its
// midnight, window opening and closing (UTC epoch seconds, through QTimeZone, so a
// change of Moscow's offset needs no code) and the cumulative working seconds at the
// day's start. A deadline is then a search in that table.
class ScheduleTable
{
public:
    ScheduleTable() = default;
    ScheduleTable(const ProductionCalendar& calendar, ScheduleKind schedule, const SlaSettings& settings);

    ScheduleKind schedule() const { return m_schedule; }
    bool isEmpty() const { return m_midnight.empty(); }
    QDate firstDate() const { return m_first; }
    int dayCount() const { return m_midnight.empty() ? 0 : static_cast<int>(m_midnight.size()) - 1; }

    // Hot path: nullopt when an instant or the result is outside the calendar.
    std::optional<qint64> add(qint64 start, qint64 seconds) const;
    std::optional<qint64> elapsed(qint64 from, qint64 to) const;
    // Working seconds from the table's start to `at`.
    std::optional<qint64> position(qint64 at) const;

    // The Moscow day containing `at` (index into the table), or -1.
    int dayIndex(qint64 at) const;
    QDate date(int index) const { return m_first.addDays(index); }
    qint64 midnight(int index) const { return m_midnight[index]; }
    qint64 open(int index) const { return m_open[index]; }
    qint64 close(int index) const { return m_close[index]; }
    bool shortened(int index) const { return m_shortened[index]; }
    bool missing(int index) const { return m_missingBefore[index + 1] != m_missingBefore[index]; }

    // The error when an operation starting at `at` leaves the calendar: names the first
    // year from `at` on that has no calendar.
    Error missingYearError(qint64 at) const;

private:
    ScheduleKind m_schedule = ScheduleKind::Business;
    QDate m_first;
    // From the first to the last loaded year; days of a year missing in between have no
    // window and count in m_missingBefore, so crossing them is an error.
    std::vector<qint64> m_midnight; // n + 1 entries (the last is the end of the table)
    std::vector<qint64> m_open;
    std::vector<qint64> m_close;
    std::vector<qint64> m_cumulative; // n + 1 entries
    std::vector<bool> m_shortened;
    std::vector<int> m_missingBefore;
    QList<int> m_years; // n + 1 entries: missing days before index i
};

} // namespace dd
