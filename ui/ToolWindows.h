#pragma once

#include "core/domain/Actor.h"

#include <QObject>

class QMainWindow;
class QMenu;
class QMenuBar;
class QTabWidget;

namespace dd {

class BreachDockWidget;
class ConsoleSession;
class RegressionScheduleWidget;

// The console beyond the ticket queue: the testing schedule as a second tab (its overdue
// runs also go to the breach dock, docs/rules.md#regression-testing), the SLA dashboard and the mail quarantine as
// windows of their own. Kept apart from MainWindow so the frame stays about the queue.
class ToolWindows : public QObject
{
    Q_OBJECT

public:
    ToolWindows(QMainWindow* window, QTabWidget* tabs, BreachDockWidget* breachDock);

    void addMenus(QMenuBar* menuBar);
    // Once the database is open; again after every reload (the actor may have changed);
    // nullptr when the session closes.
    void attach(const ConsoleSession* session, const Actor& actor);
    RegressionScheduleWidget* testingSchedule() const { return m_schedule; }

public slots:
    void showTestingSchedule();
    void openDashboard();
    void openMonthlyReport();
    void openQuarantine();
    void openAdministration();

signals:
    // The Administration window changed settings, the policy or the calendar.
    void configurationChanged();
    // The dashboard asked to show a ticket in the queue.
    void ticketOpenRequested(qint64 number);
    void projectOpenRequested(const QString& project);

private:
    void updateOverdueRuns();

    QMainWindow* m_window;
    QTabWidget* m_tabs;
    BreachDockWidget* m_breachDock;
    const ConsoleSession* m_session = nullptr;
    Actor m_actor;
    RegressionScheduleWidget* m_schedule = nullptr;
    QMenu* m_adminMenu = nullptr;
};

} // namespace dd
