#include "ui/queue/BreachProxyModel.h"

#include "ui/queue/QueueModel.h"

namespace dd {

BreachProxyModel::BreachProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void BreachProxyModel::setQueueModel(QueueModel* model)
{
    m_queue = model;
    setSourceModel(model);
    sort(QueueModel::TimeLeft);
}

bool BreachProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_queue || sourceParent.isValid()) {
        return false;
    }
    const QueueEntry& entry = m_queue->entry(sourceRow);
    // A clock in error is as urgent as a breach: nobody knows its deadline.
    return entry.open && entry.shown
        && (entry.state == ClockState::Warning || entry.state == ClockState::Breached
            || entry.state == ClockState::Error);
}

bool BreachProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QueueEntry& a = m_queue->entry(left.row());
    const QueueEntry& b = m_queue->entry(right.row());
    if (a.shown->deadline != b.shown->deadline) {
        return a.shown->deadline < b.shown->deadline;
    }
    return a.ticket.number < b.ticket.number;
}

} // namespace dd
