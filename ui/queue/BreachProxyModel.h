#pragma once

#include <QSortFilterProxyModel>

namespace dd {

class QueueModel;

// The breach list (docs/rules.md#warnings): every open ticket whose clock is in warning or breached,
// across all projects, soonest deadline first.
class BreachProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BreachProxyModel(QObject* parent = nullptr);
    void setQueueModel(QueueModel* model);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QueueModel* m_queue = nullptr;
};

} // namespace dd
