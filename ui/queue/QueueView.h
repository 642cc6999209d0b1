#pragma once

#include <QTableView>

namespace dd {

class QueueModel;
class QueueProxyModel;

// The queue table: rows selected whole, the countdown column painted by
// CountdownDelegate, sorting by header (no indicator = the queue order), and each tick
// of the model repainting only the countdown cells in view.
class QueueView : public QTableView
{
    Q_OBJECT

public:
    QueueView(QueueModel* model, QueueProxyModel* proxy, QWidget* parent = nullptr);
};

} // namespace dd
