#pragma once

#include <QDockWidget>

class QTableView;

namespace dd {

class QueueModel;

// The breach list docked under the queue (SPEC §3.3): every clock in warning or
// breached, soonest first, counting down like the queue. Activating a row asks for the
// ticket to be selected.
class BreachDockWidget : public QDockWidget
{
    Q_OBJECT

public:
    BreachDockWidget(QueueModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

signals:
    void ticketActivated(qint64 number);

private:
    QTableView* m_view;
};

} // namespace dd
