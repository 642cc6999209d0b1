#pragma once

#include "core/regression/RegressionPlan.h"

#include <QAbstractTableModel>
#include <QColor>

namespace dd {

// The colour of a schedule state, the same in the table, the timeline and the legend.
QColor scheduleStateColor(ScheduleState state);

// The testing schedule as a table: one row per entry (RegressionPlan::schedule), filtered
// to one tester ("my runs"), to open entries, or to overdue ones (the breach dock).
class RegressionScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, Date, Project, Tester, Test, Progress, ColumnCount };
    enum Roles { EntryIndexRole = Qt::UserRole + 1, StateSlugRole, RunIdRole };

    struct Filter
    {
        qint64 testerId = 0; // 0 = every tester
        bool showDone = true;
        bool overdueOnly = false;
    };

    explicit RegressionScheduleModel(QObject* parent = nullptr);

    void setEntries(const QList<ScheduleEntry>& entries);
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    // The entries that pass the filter, in row order.
    const QList<ScheduleEntry>& visibleEntries() const { return m_visible; }
    const ScheduleEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<ScheduleEntry> m_all;
    QList<ScheduleEntry> m_visible;
    Filter m_filter;
};

} // namespace dd
