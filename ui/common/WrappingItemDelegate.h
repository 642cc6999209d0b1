#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace dd {

// Rows as tall as their whole text at the column's width (issue 18: the history's long
// comments wrap instead of ending in "…"). QTreeView asks a delegate for a row's height
// without the column's width, so the plain delegate measures one unbroken line.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Wraps `column` (the others keep one line and their natural width); lays the view's rows
    // out again whenever one of its columns changes width.
    WrappingItemDelegate(QTreeView* view, int column);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_view = nullptr;
    int m_column = 0;
};

} // namespace dd
