#include "core/util/Clock.h"

namespace dd {

namespace {
std::unique_ptr<Clock>& installedClock()
{
    static std::unique_ptr<Clock> clock;
    return clock;
}
} // namespace

const Clock& Clock::current()
{
    static const SystemClock systemClock;
    const auto& installed = installedClock();
    return installed ? *installed : static_cast<const Clock&>(systemClock);
}

void Clock::install(std::unique_ptr<Clock> clock)
{
    installedClock() = std::move(clock);
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

OffsetClock::OffsetClock(qint64 offsetMs)
    : m_offsetMs(offsetMs)
{ }

QDateTime OffsetClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

} // namespace dd
