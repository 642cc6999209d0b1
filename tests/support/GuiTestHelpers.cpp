#include "GuiTestHelpers.h"

#include "ui/MainWindow.h"
#include "ui/settings/ConsoleSettings.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace dd::test {

bool showAndWait(QWidget* widget)
{
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

std::unique_ptr<MainWindow> openConsole(const DatabaseLocation& location, const QString& login)
{
    ConsoleSettings::setValue(ConsoleSettings::Key::Login, login);
    auto window = std::make_unique<MainWindow>(location);
    window->setUseServerClock(false);
    QSignalSpy loaded(window.get(), &MainWindow::dataLoaded);
    window->loadData();
    if (!loaded.wait(10000)) {
        qWarning("the console did not load");
    }
    return window;
}

QDialog* waitForDialog(QWidget* window, const QString& name)
{
    QDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window->findChild<QDialog*>(name);
            return dialog && dialog->isVisible();
        },
        3000);
    if (!shown) {
        qWarning("no dialog %s", qPrintable(name));
        return nullptr;
    }
    return dialog;
}

void press(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, key, modifiers);
}

void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void clickOk(QDialog* dialog)
{
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace dd::test
