#pragma once

#include <QDateTime>

#include <memory>

namespace dd {

// The one source of "now". The program uses the database server's clock once connected
// (docs/rules.md#time: desktops with skewed clocks must agree); tests install a fake one
// (tests/support/FakeClock.h).
// Nothing outside a Clock calls QDateTime::currentDateTime().
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock& current();
    // Takes ownership; pass nullptr to return to the system clock.
    static void install(std::unique_ptr<Clock> clock);
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// The desktop clock corrected by an offset measured against the database server.
class OffsetClock : public Clock
{
public:
    explicit OffsetClock(qint64 offsetMs);
    QDateTime nowUtc() const override;
    qint64 offsetMs() const { return m_offsetMs; }

private:
    qint64 m_offsetMs;
};

} // namespace dd
