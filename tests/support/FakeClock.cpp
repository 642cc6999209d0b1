#include "tests/support/FakeClock.h"

namespace dd {

FakeClock::FakeClock(QDateTime nowUtc)
    : m_now(nowUtc.toUTC())
{ }

QDateTime FakeClock::nowUtc() const
{
    return m_now;
}

void FakeClock::set(QDateTime nowUtc)
{
    m_now = nowUtc.toUTC();
}

void FakeClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

namespace test {

ScopedFakeClock::ScopedFakeClock(const QDateTime& nowUtc)
{
    auto clock = std::make_unique<FakeClock>(nowUtc);
    m_clock = clock.get();
    Clock::install(std::move(clock));
}

ScopedFakeClock::~ScopedFakeClock()
{
    Clock::install(nullptr);
}

} // namespace test
} // namespace dd
