#include "ui/regression/RegressionScheduleModel.h"

#include <QBrush>
#include <QLocale>

namespace dd {

QColor scheduleStateColor(ScheduleState state)
{
    switch (state) {
    case ScheduleState::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case ScheduleState::Planned:
        return QColor(0x90, 0xa4, 0xae);
    case ScheduleState::Due:
        return QColor(0xef, 0x9a, 0x00);
    case ScheduleState::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case ScheduleState::InProgress:
        return QColor(0x15, 0x65, 0xc0);
    case ScheduleState::Paused:
        return QColor(0xbd, 0xbd, 0xbd);
    }
    return {};
}

RegressionScheduleModel::RegressionScheduleModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RegressionScheduleModel::setEntries(const QList<ScheduleEntry>& entries)
{
    m_all = entries;
    rebuild();
}

void RegressionScheduleModel::setFilter(const Filter& filter)
{
    m_filter = filter;
    rebuild();
}

void RegressionScheduleModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (const ScheduleEntry& entry : m_all) {
        if (m_filter.testerId != 0 && entry.testerId != m_filter.testerId) {
            continue;
        }
        if (!m_filter.showDone && entry.state == ScheduleState::Done) {
            continue;
        }
        if (m_filter.overdueOnly && entry.state != ScheduleState::Overdue
            && !(entry.state == ScheduleState::InProgress && entry.daysOverdue > 0)) {
            continue;
        }
        m_visible.append(entry);
    }
    endResetModel();
}

const ScheduleEntry* RegressionScheduleModel::entryAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_visible.at(row) : nullptr;
}

int RegressionScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RegressionScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegressionScheduleModel::data(const QModelIndex& index, int role) const
{
    const ScheduleEntry* entry = entryAt(index.row());
    if (!entry || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    if (role == EntryIndexRole) {
        return index.row();
    }
    if (role == StateSlugRole) {
        return toSlug(entry->state);
    }
    if (role == RunIdRole) {
        return entry->runId;
    }
    if (role == Qt::DecorationRole && index.column() == State) {
        return scheduleStateColor(entry->state);
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        return QBrush(scheduleStateColor(entry->state).darker(115));
    }
    if (role == Qt::ToolTipRole && index.column() == State && entry->daysOverdue > 0) {
        return tr("Days past the due date: %1").arg(entry->daysOverdue);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case State:
        return entry->daysOverdue > 0 && entry->state != ScheduleState::Done
            ? tr("%1 (%2 d)").arg(displayName(entry->state)).arg(entry->daysOverdue)
            : displayName(entry->state);
    case Date:
        return entry->date.isValid() ? QLocale().toString(entry->date, QLocale::ShortFormat) : QStringLiteral("—");
    case Project:
        return entry->projectName.isEmpty() ? entry->projectCode : entry->projectName;
    case Tester:
        return entry->testerName.isEmpty() ? tr("not assigned") : entry->testerName;
    case Test:
        return entry->kind == RunKind::Feature ? tr("feature test, ticket #%1").arg(entry->ticketNumber)
                                               : tr("regression test");
    case Progress:
        if (entry->runId == 0) {
            return QString();
        }
        return tr("%1 pass · %2 fail · %3 skipped · %4 left")
            .arg(entry->counts.pass)
            .arg(entry->counts.fail)
            .arg(entry->counts.skip)
            .arg(entry->counts.pending);
    }
    return {};
}

QVariant RegressionScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case State:
        return tr("State");
    case Date:
        return tr("Date");
    case Project:
        return tr("Project");
    case Tester:
        return tr("Tester");
    case Test:
        return tr("Test");
    case Progress:
        return tr("Progress");
    }
    return {};
}

} // namespace dd
