#pragma once

#include "core/domain/Project.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace dd {

class AdministrationService;

// The projects with their names and short names (issue 18): the short name is what the
// queue, the project tree and the dashboard show. Edited in place; each edit is one
// versioned change — a stale one is refused naming what the project is now, and the
// typed text stays in the cell.
class ProjectsTab : public QWidget
{
    Q_OBJECT

public:
    enum Column { Code, Client, Name, ShortName, ColumnCount };

    explicit ProjectsTab(const AdministrationService& service, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

signals:
    // The names every desktop shows changed.
    void changed();

public slots:
    void reload();

private slots:
    void save(QTableWidgetItem* item);

private:
    const AdministrationService& m_service;
    QTableWidget* m_table;
    QLabel* m_outcome;
    QList<Project> m_projects; // by row, with the version each edit expects
    bool m_filling = false;
};

} // namespace dd
