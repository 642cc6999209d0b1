#pragma once

#include <QTableView>

class QLabel;
class QPushButton;

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

    // A sentence over the empty table (nothing found, nothing matches) and, when not
    // empty, a button that widens the view; an empty message hides both.
    void setEmptyMessage(const QString& message, const QString& action);
    QString emptyMessage() const;

signals:
    void emptyActionTriggered();

protected:
    void resizeEvent(QResizeEvent* event) override;

private slots:
    void chooseColumns(const QPoint& at);

private:
    void placeEmptyMessage();

    QWidget* m_empty = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyAction = nullptr;
};

} // namespace dd
