#pragma once

#include "util/DatabaseLocation.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace dd {

class StatusClockWidget;

// The console's frame: projects on the left, the queue in the middle, the ticket on the
// right, breach warnings docked below, the database and the Moscow clock in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const DatabaseLocation& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    StatusClockWidget* statusClock() const { return m_statusClock; }

signals:
    // Emitted once the first load from the database has finished; --screenshot waits for it.
    void dataLoaded();

public slots:
    void loadData();
    void focusSearch();
    void showAbout();

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createBreachDock();
    void createStatusBar();

    DatabaseLocation m_database;

    QAction* m_newRequestAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_ticketActions;
    QList<QAction*> m_quickFilterActions;

    QLineEdit* m_searchEdit = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_projectsView = nullptr;
    QTableView* m_queueView = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QDockWidget* m_breachDock = nullptr;
    QLabel* m_databaseLabel = nullptr;
    StatusClockWidget* m_statusClock = nullptr;
};

} // namespace dd
