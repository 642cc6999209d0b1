#include "ui/queue/QueueView.h"

#include "ui/queue/CountdownDelegate.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {

namespace {

// A long subject keeps its start and its end ("Не работает… на странице оплаты"); the
// whole of it is in the tooltip. Names and statuses elide at the end as usual.
class MiddleElidingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

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
    setItemDelegateForColumn(QueueModel::Subject, new MiddleElidingDelegate(this));
    QHeaderView* header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QueueModel::Subject, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueueView::chooseColumns);
    // Numbers are bold and reach seven digits in a database of a million tickets.
    QFont bold = font();
    bold.setBold(true);
    const int numberWidth = std::max(48, QFontMetrics(bold).horizontalAdvance(QStringLiteral("0000000")) + 16);
    const int widths[QueueModel::ColumnCount] = { numberWidth, 80, 92, 0, 100, 92, 96, 84, 84 };
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        if (widths[column] > 0) {
            header->resizeSection(column, widths[column]);
        }
    }
    // Shown from the header's menu; the subject keeps the room by default (issue 18 point 1).
    header->setSectionHidden(QueueModel::LastActivity, true);
    m_empty = new QWidget(viewport());
    m_empty->setObjectName(QStringLiteral("queueEmpty"));
    auto* emptyLayout = new QVBoxLayout(m_empty);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("queueEmptyText"));
    m_emptyText->setTextFormat(Qt::PlainText); // it quotes what the engineer typed
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyAction = new QPushButton(m_empty);
    m_emptyAction->setObjectName(QStringLiteral("queueEmptyAction"));
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    connect(m_emptyAction, &QPushButton::clicked, this, &QueueView::emptyActionTriggered);
    m_empty->hide();
    // A tick repaints only the countdown cells the view shows: no row changes, no query.
    connect(model, &QueueModel::ticked, this, [this] {
        const int x = columnViewportPosition(QueueModel::TimeLeft);
        viewport()->update(x, 0, columnWidth(QueueModel::TimeLeft), viewport()->height());
    });
}

void QueueView::setEmptyMessage(const QString& message, const QString& action)
{
    m_emptyText->setText(message);
    m_emptyAction->setText(action);
    m_emptyAction->setVisible(!action.isEmpty());
    m_empty->setVisible(!message.isEmpty());
    placeEmptyMessage();
}

QString QueueView::emptyMessage() const
{
    return m_empty->isVisible() ? m_emptyText->text() : QString();
}

void QueueView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    placeEmptyMessage();
}

void QueueView::placeEmptyMessage()
{
    const QRect area = viewport()->rect();
    const QSize size(std::min(area.width() - 20, 520), m_empty->sizeHint().height());
    m_empty->setGeometry(QRect(QPoint((area.width() - size.width()) / 2, area.height() / 3), size));
}

void QueueView::chooseColumns(const QPoint& at)
{
    // Every column but the subject and the countdown can be hidden.
    QMenu menu(this);
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        if (column == QueueModel::Subject || column == QueueModel::TimeLeft) {
            continue;
        }
        QAction* action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(at));
}

} // namespace dd
