#include "ui/queue/QueueView.h"

#include "ui/queue/CountdownDelegate.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"

#include <QFontMetrics>
#include <QHeaderView>

#include <algorithm>

namespace dd {

QueueView::QueueView(QueueModel* model, QueueProxyModel* proxy, QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("queueView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setModel(proxy);
    setItemDelegateForColumn(QueueModel::TimeLeft, new CountdownDelegate(this));
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(QueueModel::Subject, QHeaderView::Stretch);
    // Numbers are bold and reach seven digits in a database of a million tickets.
    QFont bold = font();
    bold.setBold(true);
    const int numberWidth = std::max(52, QFontMetrics(bold).horizontalAdvance(QStringLiteral("0000000")) + 16);
    const int widths[] = { numberWidth, 92, 92, 0, 104, 92, 96, 136 };
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        if (widths[column] > 0) {
            header->resizeSection(column, widths[column]);
        }
    }
    // A tick repaints only the countdown cells the view shows: no row changes, no query.
    connect(model, &QueueModel::ticked, this, [this] {
        const int x = columnViewportPosition(QueueModel::TimeLeft);
        viewport()->update(x, 0, columnWidth(QueueModel::TimeLeft), viewport()->height());
    });
}

} // namespace dd
