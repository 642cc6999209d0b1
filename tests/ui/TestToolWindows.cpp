#include "tests/support/GuiTestHelpers.h"
#include "ui/MainWindow.h"
#include "ui/ToolWindows.h"
#include "ui/intake/QuarantineDialog.h"
#include "ui/regression/RegressionScheduleWidget.h"
#include "ui/reports/SlaDashboardWidget.h"
#include "ui/widgets/BreachDockWidget.h"

#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// The console beyond the queue: the testing schedule tab, overdue runs in the breach
// dock, the quarantine window — on the demo database a first start creates.
class TestToolWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testingScheduleIsASecondTab();
    void overdueRunsReachTheBreachDock();
    void quarantineOpensFromTheMailMenu();
    void dashboardShowsAtOnceAndFillsInTheBackground();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestToolWindows::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto location = DatabaseLocation::parse(m_dir.filePath(QStringLiteral("console.sqlite")));
    QVERIFY(location.ok());
    m_window = std::make_unique<MainWindow>(*location);
    m_window->setFillDemoData(true);
    QVERIFY(test::showAndWait(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::dataLoaded);
    m_window->loadData();
    QVERIFY(loaded.wait(60000));
}

void TestToolWindows::testingScheduleIsASecondTab()
{
    auto* tabs = test::requireChild<QTabWidget>(m_window.get(), QStringLiteral("workspaceTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);
    auto* schedule = qobject_cast<RegressionScheduleWidget*>(tabs->widget(1));
    QVERIFY(schedule);
    auto* action = test::requireChild<QAction>(m_window.get(), QStringLiteral("testingScheduleAction"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(tabs->currentWidget(), schedule);
    // The demo history has every project tested recently except the ones left overdue.
    QVERIFY(!schedule->overdueEntries().isEmpty());
    tabs->setCurrentIndex(0);
}

void TestToolWindows::overdueRunsReachTheBreachDock()
{
    auto* dock = test::requireChild<BreachDockWidget>(m_window.get(), QStringLiteral("breachDock"));
    auto* tabs = test::requireChild<QTabWidget>(m_window.get(), QStringLiteral("breachTabs"));
    QVERIFY(dock && tabs);
    QVERIFY(tabs->isTabVisible(1));
    QCOMPARE(dock->overdueRunsView()->model()->rowCount(), 1);
    QVERIFY(tabs->tabText(1).contains(QStringLiteral("(1)")));
    // Activating an overdue run shows the schedule.
    auto* workspace = test::requireChild<QTabWidget>(m_window.get(), QStringLiteral("workspaceTabs"));
    emit dock->testingScheduleRequested();
    QCOMPARE(workspace->currentIndex(), 1);
    workspace->setCurrentIndex(0);
}

void TestToolWindows::quarantineOpensFromTheMailMenu()
{
    auto* action = test::requireChild<QAction>(m_window.get(), QStringLiteral("quarantineAction"));
    QVERIFY(action);
    QVERIFY(!m_window->findChild<QuarantineDialog*>());
    action->trigger();
    QTRY_VERIFY(m_window->findChild<QuarantineDialog*>());
    auto* dialog = m_window->findChild<QuarantineDialog*>();
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
}

void TestToolWindows::dashboardShowsAtOnceAndFillsInTheBackground()
{
    auto* action = test::requireChild<QAction>(m_window.get(), QStringLiteral("slaDashboardAction"));
    QVERIFY(action);
    action->trigger();
    // Every ticket's history is read on the reports' worker: the window is up before.
    auto* dashboard = m_window->findChild<SlaDashboardWidget*>();
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    QVERIFY(dashboard->isLoading());
    QVERIFY(dashboard->statistics().weeks.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading(), 60000);
    QCOMPARE(dashboard->statistics().weeks.size(), 12);
    QVERIFY(dashboard->statistics().met + dashboard->statistics().breached > 0);
    dashboard->close();
}

void TestToolWindows::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestToolWindows)
#include "TestToolWindows.moc"
