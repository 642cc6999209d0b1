#pragma once

#include "core/util/Clock.h"

#include <QDateTime>

namespace dd {

// A clock that stands still until told to move. Only tests need one, so it lives here and
// not in core (the program's clocks are SystemClock and OffsetClock).
class FakeClock : public Clock
{
public:
    explicit FakeClock(QDateTime nowUtc);
    QDateTime nowUtc() const override;
    void set(QDateTime nowUtc);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

namespace test {

// Installs a FakeClock for the lifetime of the object, then returns to the system clock.
class ScopedFakeClock
{
public:
    explicit ScopedFakeClock(const QDateTime& nowUtc);
    ~ScopedFakeClock();
    ScopedFakeClock(const ScopedFakeClock&) = delete;
    ScopedFakeClock& operator=(const ScopedFakeClock&) = delete;
    FakeClock& clock() { return *m_clock; }

private:
    FakeClock* m_clock;
};

} // namespace test
} // namespace dd
