#pragma once

#include "tests/support/FakeClock.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QDialog;

namespace dd {
struct DatabaseLocation;
class MainWindow;
} // namespace dd

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

// The console on `location` as `login` (the actor is read at loading), on the test's own
// clock, its queue loaded (it is read on a worker). Not shown yet.
std::unique_ptr<MainWindow> openConsole(const DatabaseLocation& location, const QString& login);

// The dialog named `name` under `window` once it is visible (within 3 s), else null.
QDialog* waitForDialog(QWidget* window, const QString& name);

// A key pressed as a person would: the window active, the key to the widget with focus.
// Shortcuts act on the active window; a closed dialog may leave none active offscreen.
void press(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

// Types `text` into `widget`; QTest::keyClicks knows ASCII only, and people type Russian.
void type(QWidget* widget, const QString& text);

// Clicks the dialog's enabled OK button.
void clickOk(QDialog* dialog);

} // namespace dd::test
