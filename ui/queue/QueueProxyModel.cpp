#include "ui/queue/QueueProxyModel.h"

#include "core/sla/QueueOrder.h"
#include "ui/queue/QueueModel.h"

namespace dd {

namespace {

QueueOrderKey orderKey(const QueueEntry& entry)
{
    QueueOrderKey key;
    key.emergency = entry.open && entry.ticket.level == QLatin1String("emergency");
    key.deadline = entry.shown && entry.shown->isRunning() ? entry.shown->deadline : 0;
    key.arrived = entry.ticket.arrived.toSecsSinceEpoch();
    key.number = entry.ticket.number;
    return key;
}

// Running clocks by deadline, then paused ones, then tickets without a clock.
std::pair<int, qint64> timeLeftKey(const QueueEntry& entry)
{
    if (!entry.shown) {
        return { 2, 0 };
    }
    if (!entry.shown->isRunning()) {
        return { 1, entry.shown->remaining };
    }
    return { 0, entry.shown->deadline };
}

int levelRank(const QString& level)
{
    if (level == QLatin1String("emergency")) {
        return 0;
    }
    return level == QLatin1String("urgent") ? 1 : 2;
}

} // namespace

QueueProxyModel::QueueProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void QueueProxyModel::setQueueModel(QueueModel* model)
{
    m_queue = model;
    setSourceModel(model);
    sort(-1);
}

void QueueProxyModel::setQuickFilters(QuickFilters filters)
{
    if (m_quickFilters != filters) {
        m_quickFilters = filters;
        m_pinnedTicketId = 0; // the user asked for another view: it shows what matches
        invalidateFilter();
    }
}

void QueueProxyModel::setCurrentUserId(qint64 userId)
{
    if (m_currentUserId != userId) {
        m_currentUserId = userId;
        invalidateFilter();
    }
}

void QueueProxyModel::setScope(qint64 clientId, qint64 projectId)
{
    if (m_clientId != clientId || m_projectId != projectId) {
        m_clientId = clientId;
        m_projectId = projectId;
        m_pinnedTicketId = 0;
        invalidateFilter();
    }
}

void QueueProxyModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search) {
        return;
    }
    m_search = folded;
    m_searchMatches.clear();
    QString digits = m_search;
    if (digits.startsWith(QLatin1Char('#'))) {
        digits.remove(0, 1);
    }
    bool isNumber = false;
    m_searchNumber = digits.toLongLong(&isNumber);
    if (!isNumber) {
        m_searchNumber = 0;
    }
    m_pinnedTicketId = 0;
    invalidateFilter();
}

void QueueProxyModel::setSearchMatches(const QString& text, const QList<qint64>& ticketIds)
{
    if (text.trimmed().toCaseFolded() != m_search) {
        return; // an answer to an older question
    }
    m_searchMatches = QSet<qint64>(ticketIds.cbegin(), ticketIds.cend());
    invalidateFilter();
}

void QueueProxyModel::addSearchMatches(const QString& text, const QList<qint64>& ticketIds)
{
    if (text.trimmed().toCaseFolded() != m_search || ticketIds.isEmpty()) {
        return;
    }
    for (qint64 id : ticketIds) {
        m_searchMatches.insert(id);
    }
    invalidateFilter();
}

void QueueProxyModel::setShowClosed(bool show)
{
    if (m_showClosed != show) {
        m_showClosed = show;
        m_pinnedTicketId = 0;
        invalidateFilter();
    }
}

void QueueProxyModel::setPinnedTicket(qint64 ticketId)
{
    if (ticketId == m_pinnedTicketId) {
        return;
    }
    const qint64 previous = m_pinnedTicketId;
    m_pinnedTicketId = ticketId;
    // Only a ticket kept in view by the pin needs the filter run again.
    const int row = m_queue && previous != 0 ? m_queue->rowOfTicket(previous) : -1;
    if (row >= 0 && !accepts(m_queue->entry(row))) {
        invalidateFilter();
    }
}

void QueueProxyModel::revealTicket(qint64 ticketId)
{
    setPinnedTicket(ticketId);
    const int row = m_queue ? m_queue->rowOfTicket(ticketId) : -1;
    if (row >= 0 && !accepts(m_queue->entry(row))) {
        invalidateFilter();
    }
}

void QueueProxyModel::sort(int column, Qt::SortOrder order)
{
    m_queueOrder = column < 0;
    // The queue order is a sort too (on column 0), so new rows land in their place.
    QSortFilterProxyModel::sort(m_queueOrder ? 0 : column, m_queueOrder ? Qt::AscendingOrder : order);
}

bool QueueProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_queue || sourceParent.isValid()) {
        return false;
    }
    const QueueEntry& entry = m_queue->entry(sourceRow);
    return (m_pinnedTicketId != 0 && entry.ticket.id == m_pinnedTicketId) || accepts(entry);
}

bool QueueProxyModel::accepts(const QueueEntry& entry) const
{
    const Ticket& t = entry.ticket;
    // A number typed into search finds the ticket whatever its status.
    if (m_searchNumber != 0 && t.number == m_searchNumber) {
        return true;
    }
    if (!entry.open && !m_showClosed) {
        return false;
    }
    if (m_projectId != 0 ? t.projectId != m_projectId : (m_clientId != 0 && entry.clientId != m_clientId)) {
        return false;
    }
    for (const QuickFilter filter : { QuickFilter::Mine, QuickFilter::Unassigned, QuickFilter::Emergencies,
                                      QuickFilter::Waiting, QuickFilter::Breached }) {
        if (m_quickFilters.testFlag(filter) && !passes(entry, filter)) {
            return false;
        }
    }
    return m_search.isEmpty() || m_searchMatches.contains(t.id) || entry.searchText.contains(m_search);
}

bool QueueProxyModel::passes(const QueueEntry& entry, QuickFilter filter) const
{
    const Ticket& t = entry.ticket;
    switch (filter) {
    case QuickFilter::None:
        return true;
    case QuickFilter::Mine:
        return m_currentUserId != 0 && t.assigneeId == m_currentUserId;
    case QuickFilter::Unassigned:
        return t.assigneeId == 0;
    case QuickFilter::Emergencies:
        return t.level == QLatin1String("emergency");
    case QuickFilter::Waiting:
        return t.status == TicketStatus::Waiting;
    case QuickFilter::Breached:
        return entry.shown && entry.state == ClockState::Breached;
    }
    return true;
}

bool QueueProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QueueEntry& a = m_queue->entry(left.row());
    const QueueEntry& b = m_queue->entry(right.row());
    if (m_queueOrder) {
        return queueBefore(orderKey(a), orderKey(b));
    }
    const Ticket& x = a.ticket;
    const Ticket& y = b.ticket;
    switch (left.column()) {
    case QueueModel::Number:
        return x.number < y.number;
    case QueueModel::TimeLeft:
        return timeLeftKey(a) < timeLeftKey(b);
    case QueueModel::Level:
        return levelRank(x.level) < levelRank(y.level);
    case QueueModel::Subject:
        return m_collator.compare(x.subject, y.subject) < 0;
    case QueueModel::Project:
        return m_collator.compare(x.projectShownName(), y.projectShownName()) < 0;
    case QueueModel::Status:
        return static_cast<int>(x.status) < static_cast<int>(y.status);
    case QueueModel::Assignee:
        return m_collator.compare(x.assigneeName, y.assigneeName) < 0;
    case QueueModel::Arrived:
        return x.arrived < y.arrived;
    case QueueModel::LastActivity:
        return x.lastActivity() < y.lastActivity();
    default:
        return x.number < y.number;
    }
}

} // namespace dd
