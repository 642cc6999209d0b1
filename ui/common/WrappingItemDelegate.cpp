#include "ui/common/WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

namespace dd {

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view, int column)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_column(column)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = m_view->columnWidth(index.column());
    if (index.column() != m_column || width <= 0) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    // The style wraps the text within a valid rectangle, and measures one line otherwise.
    item.rect = QRect(0, 0, width, 1);
    item.features |= QStyleOptionViewItem::WrapText;
    const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    const QSize wrapped = style->sizeFromContents(QStyle::CT_ItemViewItem, &item, QSize(), item.widget);
    return { width, wrapped.height() };
}

} // namespace dd
