#include "GuiTestHelpers.h"

#include <QTest>

namespace dd::test {

bool showAndWait(QWidget* widget)
{
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

} // namespace dd::test
