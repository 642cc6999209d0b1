#pragma once

#include "core/domain/Project.h"
#include "ui/queue/QueueEntry.h"

#include <QHash>
#include <QStandardItemModel>

#include <vector>

namespace dd {

// Client → project, with the number of open tickets and the worst SLA state of each
// (docs/rules.md#warnings). "All projects" comes first. Counts are updated in place, so expansion
// and selection survive every change.
class ProjectTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    // FullNameRole: a project's full name and sites (the row shows its short name).
    enum Role { ClientIdRole = Qt::UserRole + 1, ProjectIdRole, WorstStateRole, FullNameRole };

    explicit ProjectTreeModel(QObject* parent = nullptr);

    void setProjects(const QList<Project>& projects);
    void updateSummary(const std::vector<QueueEntry>& entries);

    QModelIndex indexOfProject(qint64 projectId) const;
    // The project's row, else the client's, else invalid (0, 0: "all projects" is row 0).
    QModelIndex indexOf(qint64 clientId, qint64 projectId) const;

private:
    void setSummary(QStandardItem* nameItem, QStandardItem* countItem, int open, int worstSeverity);

    QHash<qint64, QStandardItem*> m_clientItems;
    QHash<qint64, QStandardItem*> m_projectItems;
    QStandardItem* m_allItem = nullptr;
};

} // namespace dd
