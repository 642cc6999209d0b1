#pragma once

#include <QTableView>

namespace dd {

class QueueModel;
class QueueProxyModel;

// The queue table: rows selected whole, the countdown column painted by
// CountdownDelegate, sorting by header (no indicator = the queue order), and each tick
// of the model repainting only the countdown cells in view. Columns are the engineer's:
// moved, resized and hidden (header menu); the subject takes the room that is left.
class QueueView : public QTableView
{
    Q_OBJECT

public:
    QueueView(QueueModel* model, QueueProxyModel* proxy, QWidget* parent = nullptr);

private slots:
    void chooseColumns(const QPoint& at);
};

} // namespace dd
