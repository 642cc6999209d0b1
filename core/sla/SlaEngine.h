#pragma once

#include "core/sla/ScheduleTable.h"
#include "core/sla/SlaLevel.h"
#include "core/sla/SlaPolicy.h"
#include "core/sla/SlaSettings.h"
#include "core/time/ProductionCalendar.h"
#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>

#include <vector>

namespace dd {

// One window that counted towards a deadline.
struct CountedWindow
{
    QDate date; // Moscow date
    qint64 from = 0; // UTC epoch seconds
    qint64 to = 0;
    bool shortened = false;
    qint64 seconds() const { return to - from; }
};

// A day inside the span that did not count, and why.
struct SkippedDay
{
    QDate date;
    DayOffReason reason = DayOffReason::Weekend;
};

// How a deadline came about (docs/rules.md#arithmetic): the windows that counted and the days skipped.
struct Explanation
{
    SlaLevel level = SlaLevel::Standard;
    ScheduleKind schedule = ScheduleKind::Business;
    qint64 start = 0;
    qint64 deadline = 0;
    qint64 allowed = 0;
    std::vector<CountedWindow> windows;
    std::vector<SkippedDay> skipped;
};

// Business-time arithmetic on the production calendar (docs/rules.md#arithmetic). Built once from a
// calendar, settings and a policy; after that every call is a lookup in precomputed
// per-day tables (ScheduleTable), so a deadline costs the same for 1 hour or 8 days.
// Instants are qint64 UTC epoch seconds; QDateTime overloads are for convenience.
class SlaEngine
{
public:
    SlaEngine(const ProductionCalendar& calendar, const SlaSettings& settings = {},
              const SlaPolicy& policy = SlaPolicy::defaults());

    const SlaSettings& settings() const { return m_settings; }
    const SlaPolicy& policy() const { return m_policy; }
    const ProductionCalendar& calendar() const { return m_calendar; }
    const ScheduleTable& table(ScheduleKind schedule) const { return m_tables[static_cast<int>(schedule)]; }

    qint64 maxReaction(SlaLevel level, const QString& tariff = {}) const;

    // The instant at which the level's max reaction has elapsed since `start`.
    Result<qint64> deadline(qint64 start, SlaLevel level, const QString& tariff = {}) const;
    Result<QDateTime> deadline(const QDateTime& start, SlaLevel level, const QString& tariff = {}) const;
    // The earliest instant at which `seconds` of the schedule have elapsed since `start`.
    Result<qint64> addWorkingTime(qint64 start, qint64 seconds, ScheduleKind schedule) const;
    // Working seconds of the schedule between two instants (negative when to < from).
    Result<qint64> elapsed(qint64 from, qint64 to, ScheduleKind schedule) const;
    Result<qint64> elapsed(const QDateTime& from, const QDateTime& to, ScheduleKind schedule) const;
    // Working time left from `now` until `deadline`; negative once overdue.
    Result<qint64> remaining(qint64 deadline, qint64 now, ScheduleKind schedule) const;
    // The windows that counted for deadline(start, level).
    Result<Explanation> explain(qint64 start, SlaLevel level, const QString& tariff = {}) const;

    // ok or warning for a running clock with `remaining` of `allowed` left.
    bool isWarning(SlaLevel level, qint64 allowed, qint64 remaining) const;

private:
    ProductionCalendar m_calendar;
    SlaSettings m_settings;
    SlaPolicy m_policy;
    std::array<ScheduleTable, 2> m_tables;
};

// A readable explanation, one line per day, in the UI language.
QString formatExplanation(const Explanation& explanation);
// "7:30" / "26:00" — hours and minutes, seconds when not zero ("0:30:15").
QString formatDuration(qint64 seconds);

} // namespace dd
