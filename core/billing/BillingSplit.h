#pragma once

#include "core/sla/SlaEngine.h"
#include "core/sla/SlaLevel.h"
#include "core/sla/TicketClocks.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <span>

namespace dd {

// Work time as billed (docs/rules.md#work-log, regulation §2.3.3): normal rate and double rate.
struct BilledTime
{
    qint64 normalSeconds = 0;
    qint64 doubleSeconds = 0;

    qint64 totalSeconds() const { return normalSeconds + doubleSeconds; }
    BilledTime& operator+=(const BilledTime& other)
    {
        normalSeconds += other.normalSeconds;
        doubleSeconds += other.doubleSeconds;
        return *this;
    }
    bool operator==(const BilledTime&) const = default;
};

// A ticket's level from `since` on (its arrival, then each level change).
struct LevelPeriod
{
    qint64 since = 0; // UTC epoch seconds
    SlaLevel level = SlaLevel::Standard;
};

// Splits a work-log entry [from, to) into normal and double-rate time. Only work on an
// `urgent` ticket outside the `business` schedule is doubled (§2.3.3: urgent work the
// client asked for outside business hours); for `standard` and `emergency` tickets all
// time is normal — an emergency is part of the service, not an extra the client orders.
// The business part is the SLA engine's elapsed(), so billing and the SLA clocks agree
// on the calendar (holidays, working weekends, shortened days) to the second.
class BillingSplit
{
    Q_DECLARE_TR_FUNCTIONS(dd::BillingSplit)

public:
    explicit BillingSplit(const SlaEngine& engine);

    Result<BilledTime> split(qint64 from, qint64 to, SlaLevel level) const;
    // For a ticket whose level changed during the work: each part is billed at the level
    // in force then. `levels` is sorted by `since`; the first period also covers any time
    // before its `since` (work logged before the arrival was recorded).
    Result<BilledTime> split(qint64 from, qint64 to, std::span<const LevelPeriod> levels) const;

private:
    const SlaEngine& m_engine;
};

// The level periods of a ticket from its SLA events: the arrival's level, then each
// level change. Empty when the history has no arrival.
std::vector<LevelPeriod> levelPeriods(std::span<const TicketEvent> events);

} // namespace dd
