#include "core/billing/BillingSplit.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

BillingSplit::BillingSplit(const SlaEngine& engine)
    : m_engine(engine)
{ }

Result<BilledTime> BillingSplit::split(qint64 from, qint64 to, SlaLevel level) const
{
    if (to < from) {
        return Error { BillingSplit::tr("the work ends before it starts") };
    }
    if (level != SlaLevel::Urgent) {
        return BilledTime { to - from, 0 };
    }
    const auto business = m_engine.elapsed(from, to, ScheduleKind::Business);
    if (!business) {
        return business.error();
    }
    return BilledTime { *business, (to - from) - *business };
}

Result<BilledTime> BillingSplit::split(qint64 from, qint64 to, std::span<const LevelPeriod> levels) const
{
    if (levels.empty()) {
        return split(from, to, SlaLevel::Standard);
    }
    if (to < from) {
        return split(from, to, levels.front().level);
    }
    BilledTime total;
    for (size_t i = 0; i < levels.size(); ++i) {
        const qint64 periodStart = i == 0 ? std::min(from, levels[i].since) : levels[i].since;
        const qint64 periodEnd = i + 1 < levels.size() ? levels[i + 1].since : std::max(to, levels[i].since);
        const qint64 a = std::max(from, periodStart);
        const qint64 b = std::min(to, periodEnd);
        if (b <= a) {
            continue;
        }
        const auto part = split(a, b, levels[i].level);
        if (!part) {
            return part.error();
        }
        total += *part;
    }
    return total;
}

std::vector<LevelPeriod> levelPeriods(std::span<const TicketEvent> events)
{
    std::vector<LevelPeriod> periods;
    for (const TicketEvent& event : events) {
        if (event.type == TicketEventType::Arrived && periods.empty()) {
            periods.push_back({ event.at, event.level });
        } else if (event.type == TicketEventType::LevelChanged && !periods.empty()) {
            if (periods.back().since == event.at) {
                periods.back().level = event.level;
            } else {
                periods.push_back({ event.at, event.level });
            }
        }
    }
    return periods;
}

} // namespace dd
