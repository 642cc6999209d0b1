#include "GuiTestHelpers.h"

#include <QTest>

namespace dd::test {

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

bool showAndWait(QWidget* widget)
{
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

} // namespace dd::test
