#pragma once

#include <QStyledItemDelegate>

namespace dd {

// Paints the working time left (h:mm:ss) in the colour of the clock's state, with a
// thin bar underneath for the share of the allowed time already used. Reads the
// model's roles at paint time, so a tick only needs the visible cells repainted.
class CountdownDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CountdownDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace dd
