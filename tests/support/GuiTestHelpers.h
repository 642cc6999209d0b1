#pragma once

#include "tests/support/FakeClock.h"

#include <QDateTime>
#include <QWidget>

namespace dd::test {

// Shows a top-level widget on the offscreen platform and waits until it is exposed.
bool showAndWait(QWidget* widget);

// Finds a child by objectName or fails the current test with a message naming it.
template<typename T> T* requireChild(QObject* parent, const QString& name)
{
    T* child = parent->findChild<T*>(name);
    if (!child) {
        qWarning("no child %s named \"%s\"", T::staticMetaObject.className(), qPrintable(name));
    }
    return child;
}

} // namespace dd::test
