#include "widgets/BreachDockWidget.h"

#include "queue/BreachProxyModel.h"
#include "queue/CountdownDelegate.h"
#include "queue/QueueModel.h"

#include <QHeaderView>
#include <QTableView>

namespace dd {

BreachDockWidget::BreachDockWidget(QueueModel* model, QWidget* parent)
    : QDockWidget(tr("Breach warnings"), parent)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("breachDock"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_view->setObjectName(QStringLiteral("breachView"));
    auto* breaches = new BreachProxyModel(m_view);
    breaches->setQueueModel(model);
    m_view->setModel(breaches);
    m_view->setItemDelegateForColumn(QueueModel::TimeLeft, new CountdownDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QueueModel::Subject, QHeaderView::Stretch);
    const int widths[] = { 60, 110, 104, 0, 210, 150, 150, 175 };
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        if (widths[column] > 0) {
            header->resizeSection(column, widths[column]);
        }
    }
    connect(m_view, &QTableView::activated, this, [this, breaches, model](const QModelIndex& index) {
        emit ticketActivated(model->entry(breaches->mapToSource(index).row()).ticket.number);
    });
    connect(m_view, &QTableView::clicked, m_view, &QTableView::activated);
    // The countdowns tick with the queue's.
    connect(model, &QueueModel::ticked, this, [this] {
        if (m_view->isVisible()) {
            const int x = m_view->columnViewportPosition(QueueModel::TimeLeft);
            m_view->viewport()->update(x, 0, m_view->columnWidth(QueueModel::TimeLeft), m_view->viewport()->height());
        }
    });
    setWidget(m_view);
}

} // namespace dd
