#include "ui/widgets/BreachDockWidget.h"

#include "ui/queue/BreachProxyModel.h"
#include "ui/queue/CountdownDelegate.h"
#include "ui/queue/QueueModel.h"
#include "ui/regression/RegressionScheduleModel.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>

namespace dd {

BreachDockWidget::BreachDockWidget(QueueModel* model, QWidget* parent)
    : QDockWidget(tr("Breach warnings"), parent)
    , m_view(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_runsView(new QTableView(this))
    , m_runsModel(new RegressionScheduleModel(this))
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
    const int widths[QueueModel::ColumnCount] = { 60, 110, 104, 0, 210, 150, 150, 175, 175 };
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        if (widths[column] > 0) {
            header->resizeSection(column, widths[column]);
        }
    }
    header->setSectionHidden(QueueModel::LastActivity, true); // a breach is about its deadline
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

    m_runsView->setObjectName(QStringLiteral("overdueRunsView"));
    RegressionScheduleModel::Filter overdueOnly;
    overdueOnly.overdueOnly = true;
    m_runsModel->setFilter(overdueOnly);
    m_runsView->setModel(m_runsModel);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setWordWrap(false);
    m_runsView->verticalHeader()->hide();
    m_runsView->verticalHeader()->setDefaultSectionSize(m_view->verticalHeader()->defaultSectionSize());
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->horizontalHeader()->resizeSection(RegressionScheduleModel::State, 150);
    m_runsView->horizontalHeader()->resizeSection(RegressionScheduleModel::Project, 260);
    m_runsView->horizontalHeader()->resizeSection(RegressionScheduleModel::Tester, 180);
    connect(m_runsView, &QTableView::activated, this, &BreachDockWidget::testingScheduleRequested);

    // Tickets first: they are what breaches by the hour; overdue runs are counted in days.
    m_tabs->setObjectName(QStringLiteral("breachTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Tickets"));
    m_tabs->addTab(m_runsView, QString());
    setWidget(m_tabs);
    setOverdueRuns({});
}

void BreachDockWidget::setOverdueRuns(const QList<ScheduleEntry>& runs)
{
    m_runsModel->setEntries(runs);
    const int count = m_runsModel->rowCount();
    m_tabs->setTabText(1, tr("Overdue regression runs (%1)").arg(count));
    m_tabs->setTabVisible(1, count > 0);
}

} // namespace dd
