#pragma once

#include "core/regression/RegressionPlan.h"

#include <QDockWidget>

class QTabWidget;
class QTableView;

namespace dd {

class QueueModel;
class RegressionScheduleModel;

// The breach list docked under the queue (docs/rules.md#warnings): every clock in warning or
// breached, soonest first, counting down like the queue; in a second tab the regression
// runs that are overdue (docs/rules.md#regression-testing), shown only when there are any. Activating a row asks for
// the ticket (or the testing schedule) to be shown.
class BreachDockWidget : public QDockWidget
{
    Q_OBJECT

public:
    BreachDockWidget(QueueModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QTableView* overdueRunsView() const { return m_runsView; }
    void setOverdueRuns(const QList<ScheduleEntry>& runs);

signals:
    void ticketActivated(qint64 number);
    void testingScheduleRequested();

private:
    QTableView* m_view;
    QTabWidget* m_tabs;
    QTableView* m_runsView;
    RegressionScheduleModel* m_runsModel;
};

} // namespace dd
