#include "ui/queue/ProjectTreeModel.h"
#include "ui/common/PlainText.h"

#include "ui/common/VocabularyNames.h"

#include <QPainter>
#include <QPixmap>

#include <map>

namespace dd {

namespace {

QIcon stateIcon(int severity)
{
    // Severity as in clockStateSeverity(): 4 breached, 3 warning, 2 ok, below: nothing running.
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (severity >= 2) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const ClockState state = severity == 4 ? ClockState::Breached
            : severity == 3                    ? ClockState::Warning
                                               : ClockState::Ok;
        painter.setBrush(clockStateColor(state));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(1, 1, 10, 10);
    }
    return QIcon(pixmap);
}

QString severityName(int severity)
{
    switch (severity) {
    case 4:
        return clockStateName(ClockState::Breached);
    case 3:
        return clockStateName(ClockState::Warning);
    case 2:
        return clockStateName(ClockState::Ok);
    default:
        return {};
    }
}

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject* parent)
    : QStandardItemModel(0, 2, parent)
{
    setHorizontalHeaderLabels({ tr("Client / project"), tr("Open") });
}

void ProjectTreeModel::setProjects(const QList<Project>& projects)
{
    removeRows(0, rowCount());
    m_clientItems.clear();
    m_projectItems.clear();

    m_allItem = new QStandardItem(tr("All projects"));
    m_allItem->setData(0, ClientIdRole);
    m_allItem->setData(0, ProjectIdRole);
    appendRow({ m_allItem, new QStandardItem });

    std::map<QString, QList<const Project*>> byClient; // sorted by client name
    for (const Project& project : projects) {
        byClient[project.clientName].append(&project);
    }
    for (const auto& [clientName, clientProjects] : byClient) {
        auto* clientItem = new QStandardItem(clientName);
        const qint64 clientId = clientProjects.first()->clientId;
        clientItem->setData(clientId, ClientIdRole);
        clientItem->setData(0, ProjectIdRole);
        for (const Project* project : clientProjects) {
            // The short name fits the tree; the full name and the sites head the tooltip.
            auto* projectItem = new QStandardItem(project->shownName());
            projectItem->setData(clientId, ClientIdRole);
            projectItem->setData(project->id, ProjectIdRole);
            projectItem->setData(QStringList { project->name, project->siteUrls.join(QLatin1Char('\n')) }
                                     .join(QLatin1Char('\n'))
                                     .trimmed(),
                                 FullNameRole);
            projectItem->setToolTip(plainToolTip(projectItem->data(FullNameRole).toString()));
            clientItem->appendRow({ projectItem, new QStandardItem });
            m_projectItems.insert(project->id, projectItem);
        }
        appendRow({ clientItem, new QStandardItem });
        m_clientItems.insert(clientId, clientItem);
    }
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            if (QStandardItem* it = item(row, column)) {
                it->setEditable(false);
                for (int child = 0; child < it->rowCount(); ++child) {
                    for (int c = 0; c < 2; ++c) {
                        if (QStandardItem* sub = it->child(child, c)) {
                            sub->setEditable(false);
                        }
                    }
                }
            }
        }
    }
}

void ProjectTreeModel::updateSummary(const std::vector<QueueEntry>& entries)
{
    struct Summary
    {
        int open = 0;
        int worst = -1;
    };
    QHash<qint64, Summary> byProject;
    QHash<qint64, Summary> byClient;
    Summary all;
    for (const QueueEntry& entry : entries) {
        if (!entry.open) {
            continue;
        }
        const int severity = entry.shown ? clockStateSeverity(entry.state) : -1;
        for (Summary* summary : { &byProject[entry.ticket.projectId], &byClient[entry.clientId], &all }) {
            ++summary->open;
            summary->worst = std::max(summary->worst, severity);
        }
    }
    auto apply = [this](QStandardItem* nameItem, const Summary& summary) {
        QStandardItem* parent = nameItem->parent() ? nameItem->parent() : invisibleRootItem();
        setSummary(nameItem, parent->child(nameItem->row(), 1), summary.open, summary.worst);
    };
    for (auto it = m_projectItems.cbegin(); it != m_projectItems.cend(); ++it) {
        apply(it.value(), byProject.value(it.key()));
    }
    for (auto it = m_clientItems.cbegin(); it != m_clientItems.cend(); ++it) {
        apply(it.value(), byClient.value(it.key()));
    }
    if (m_allItem) {
        apply(m_allItem, all);
    }
}

void ProjectTreeModel::setSummary(QStandardItem* nameItem, QStandardItem* countItem, int open, int worstSeverity)
{
    if (nameItem->data(WorstStateRole).toInt() != worstSeverity + 1 || nameItem->icon().isNull()) {
        nameItem->setData(worstSeverity + 1, WorstStateRole);
        nameItem->setIcon(stateIcon(worstSeverity));
    }
    const QString worst = severityName(worstSeverity);
    const QString summary = worst.isEmpty() ? tr("%n open ticket(s)", nullptr, open)
                                            : tr("%n open ticket(s), worst clock: %1", nullptr, open).arg(worst);
    const QString fullName = nameItem->data(FullNameRole).toString();
    nameItem->setToolTip(fullName.isEmpty() ? summary : fullName + QLatin1Char('\n') + summary);
    if (countItem && countItem->data(Qt::DisplayRole).toInt() != open) {
        countItem->setData(open, Qt::DisplayRole);
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

QModelIndex ProjectTreeModel::indexOfProject(qint64 projectId) const
{
    QStandardItem* item = m_projectItems.value(projectId);
    return item ? item->index() : QModelIndex();
}

QModelIndex ProjectTreeModel::indexOf(qint64 clientId, qint64 projectId) const
{
    if (projectId != 0) {
        return indexOfProject(projectId);
    }
    QStandardItem* client = m_clientItems.value(clientId);
    return client ? client->index() : QModelIndex();
}

} // namespace dd
