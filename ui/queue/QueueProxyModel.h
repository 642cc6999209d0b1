#pragma once

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace dd {

class QueueModel;
struct QueueEntry;

// The queue as an engineer sees it: one project or client (the tree), quick filters
// (combined: "mine" and "breached" shows my breached tickets), a text search, and by default the queue order of
// docs/rules.md#tickets (emergencies first by deadline, then first in, first out) until a column header is clicked.
class QueueProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class QuickFilter { None = 0, Mine = 1, Unassigned = 2, Emergencies = 4, Waiting = 8, Breached = 16 };
    Q_DECLARE_FLAGS(QuickFilters, QuickFilter)

    explicit QueueProxyModel(QObject* parent = nullptr);

    void setQueueModel(QueueModel* model);

    // A row shows when it passes every filter set.
    void setQuickFilters(QuickFilters filters);
    QuickFilters quickFilters() const { return m_quickFilters; }
    // Exactly one filter (None: none).
    void setQuickFilter(QuickFilter filter) { setQuickFilters(filter == QuickFilter::None ? QuickFilters() : filter); }
    void setCurrentUserId(qint64 userId);
    // 0 = all; a project narrows more than a client.
    void setScope(qint64 clientId, qint64 projectId);
    void setSearchText(const QString& text);
    // What the search index found for `text` (description, messages, assignee … beyond
    // the row's own text); ignored unless `text` is still the search text.
    void setSearchMatches(const QString& text, const QList<qint64>& ticketIds);
    // More of them: search results stream in, a page at a time.
    void addSearchMatches(const QString& text, const QList<qint64>& ticketIds);
    void setShowClosed(bool show);
    // The selected ticket stays in view while selected, even once it no longer matches
    // (resolved here, changed on another desktop), so the selection is never lost.
    // Pins a ticket and shows it even when the filters hide it (a notification or a
    // breach warning opens it without throwing away the engineer's filters).
    void revealTicket(qint64 ticketId);
    void setPinnedTicket(qint64 ticketId);

    // column < 0 returns to the queue order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isQueueOrder() const { return m_queueOrder; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool accepts(const QueueEntry& entry) const;
    bool passes(const QueueEntry& entry, QuickFilter filter) const;

    QueueModel* m_queue = nullptr;
    QuickFilters m_quickFilters;
    qint64 m_currentUserId = 0;
    qint64 m_clientId = 0;
    qint64 m_projectId = 0;
    QString m_search; // case-folded
    qint64 m_searchNumber = 0; // "#123" or "123" also matches the number exactly
    QSet<qint64> m_searchMatches; // from the index, for m_search
    bool m_showClosed = false;
    qint64 m_pinnedTicketId = 0;
    bool m_queueOrder = true;
    QCollator m_collator; // one collator, not one per comparison: sorting 100,000 subjects
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QueueProxyModel::QuickFilters)

} // namespace dd
