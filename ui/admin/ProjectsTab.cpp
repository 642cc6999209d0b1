#include "ui/admin/ProjectsTab.h"

#include "ui/admin/AdministrationService.h"
#include "ui/admin/AdministrationWindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

ProjectsTab::ProjectsTab(const AdministrationService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_outcome(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("projectsTable"));
    m_outcome->setObjectName(QStringLiteral("projectsOutcome"));
    m_outcome->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({ tr("Code"), tr("Client"), tr("Name"), tr("Short name") });
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    connect(m_table, &QTableWidget::itemChanged, this, &ProjectsTab::save);
    auto* hint = new QLabel(tr("The short name (at most %1 characters) is what the queue, the project tree and the "
                               "dashboard show; empty: the full name. Double-click a name to change it.")
                                .arg(Project::maxShortNameLength),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_outcome);
}

void ProjectsTab::reload()
{
    auto projects = m_service.projects();
    if (!projects) {
        showOutcome(m_outcome, projects.error().message, {});
        return;
    }
    m_projects = *projects;
    const QScopedValueRollback filling(m_filling, true);
    m_table->setRowCount(static_cast<int>(m_projects.size()));
    for (int row = 0; row < m_projects.size(); ++row) {
        const Project& p = m_projects.at(row);
        const QStringList cells { p.code, p.clientName, p.name, p.shortName };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column != Name && column != ShortName) {
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(Code);
    m_table->resizeColumnToContents(Client);
    m_table->resizeColumnToContents(ShortName);
}

void ProjectsTab::save(QTableWidgetItem* item)
{
    if (m_filling || !item || item->row() >= m_projects.size()) {
        return;
    }
    Project& project = m_projects[item->row()];
    Project edited = project;
    (item->column() == Name ? edited.name : edited.shortName) = item->text().trimmed();
    if (edited.name == project.name && edited.shortName == project.shortName) {
        return;
    }
    auto updated = m_service.updateProject(edited, project.version);
    if (!updated) {
        // The typed text stays in the cell: the engineer corrects it or reloads.
        showOutcome(m_outcome, updated.error().message, {});
        return;
    }
    project = *updated;
    showOutcome(m_outcome, {}, tr("Project “%1” saved.").arg(project.code));
    emit changed();
}

} // namespace dd
