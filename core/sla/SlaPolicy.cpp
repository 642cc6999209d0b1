#include "core/sla/SlaPolicy.h"

#include <algorithm>
#include <limits>

namespace dd {

SlaPolicy SlaPolicy::defaults()
{
    SlaPolicy policy;
    policy.setDefaultTarget(SlaLevel::Emergency, SlaTarget { 3600, std::nullopt });
    policy.setDefaultTarget(SlaLevel::Standard, SlaTarget { 8 * 3600, std::nullopt });
    policy.setDefaultTarget(SlaLevel::Urgent, SlaTarget { 8 * 3600, std::nullopt });
    policy.addTariff(QStringLiteral("standard"));
    policy.setTarget(QStringLiteral("premium"), SlaLevel::Standard, SlaTarget { 4 * 3600, std::nullopt });
    return policy;
}

SlaTarget SlaPolicy::target(const QString& tariff, SlaLevel level) const
{
    return target(tariff, level, std::numeric_limits<qint64>::max());
}

SlaTarget SlaPolicy::target(const QString& tariff, SlaLevel level, qint64 at) const
{
    const auto it = m_tariffs.constFind(tariff);
    if (it == m_tariffs.cend() || (*it)[static_cast<int>(level)].empty()) {
        return defaultTarget(level);
    }
    const Rows& rows = (*it)[static_cast<int>(level)];
    auto inForce = std::upper_bound(rows.cbegin(), rows.cend(), at,
                                    [](qint64 instant, const auto& row) { return instant < row.first; });
    return inForce == rows.cbegin() ? rows.front().second : std::prev(inForce)->second;
}

SlaTarget SlaPolicy::defaultTarget(SlaLevel level) const
{
    return m_defaults[static_cast<int>(level)];
}

void SlaPolicy::setDefaultTarget(SlaLevel level, const SlaTarget& target)
{
    m_defaults[static_cast<int>(level)] = target;
}

void SlaPolicy::setTarget(const QString& tariff, SlaLevel level, const SlaTarget& target, qint64 validFrom)
{
    Rows& rows = m_tariffs[tariff][static_cast<int>(level)];
    auto at = std::lower_bound(rows.begin(), rows.end(), validFrom,
                               [](const auto& row, qint64 instant) { return row.first < instant; });
    if (at != rows.end() && at->first == validFrom) {
        at->second = target;
    } else {
        rows.insert(at, { validFrom, target });
    }
}

void SlaPolicy::addTariff(const QString& tariff)
{
    if (!m_tariffs.contains(tariff)) {
        m_tariffs.insert(tariff, Row {});
    }
}

void SlaPolicy::removeTariff(const QString& tariff)
{
    m_tariffs.remove(tariff);
}

} // namespace dd
