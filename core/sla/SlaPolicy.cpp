#include "core/sla/SlaPolicy.h"

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
    const auto it = m_tariffs.constFind(tariff);
    if (it != m_tariffs.cend() && (*it)[static_cast<int>(level)]) {
        return *(*it)[static_cast<int>(level)];
    }
    return defaultTarget(level);
}

SlaTarget SlaPolicy::defaultTarget(SlaLevel level) const
{
    return m_defaults[static_cast<int>(level)];
}

void SlaPolicy::setDefaultTarget(SlaLevel level, const SlaTarget& target)
{
    m_defaults[static_cast<int>(level)] = target;
}

void SlaPolicy::setTarget(const QString& tariff, SlaLevel level, const SlaTarget& target)
{
    m_tariffs[tariff][static_cast<int>(level)] = target;
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
