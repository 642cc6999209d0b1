#pragma once

#include "core/domain/Actor.h"
#include "core/util/DatabaseLocation.h"
#include "ui/queue/QueueLoader.h"
#include "ui/queue/QueueProxyModel.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTableView;
class QTreeView;

namespace dd {

class BreachDockWidget;
class BreachNotifier;
class NotificationBanner;
class ConsoleSession;
class Database;
class QueueModel;
class QueueProxyModel;
class QueueView;
class ProjectTreeModel;
class SlaEngine;
class StatusClockWidget;
class TicketActions;
class TicketService;
class TicketDetailWidget;
class ToolWindows;

// The console's frame: projects on the left, the queue in the middle, the ticket on the
// right, breach warnings docked below, the database and the Moscow clock in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const DatabaseLocation& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Tests run on a fake clock: the database must not replace it with the server's.
    void setUseServerClock(bool use) { m_useServerClock = use; }
    // Fill an empty database with the demo data on opening (the first start).
    void setFillDemoData(bool fill) { m_fillDemoData = fill; }
    // Ask who works here when the login is none of the database's users (the program
    // does; tests and screenshots do not).
    void setAskIdentity(bool ask) { m_askIdentity = ask; }
    bool isDemo() const { return m_demo; }
    // Up to how many resolved and closed tickets load in the background after the first
    // screen; more than that load when shown (View → Show resolved and closed) and those a
    // search finds one by one (docs/console.md).
    void setClosedInBackgroundLimit(qint64 limit) { m_closedInBackgroundLimit = limit; }
    // True when the last load left the resolved and closed tickets for later.
    bool closedDeferred() const { return m_closedDeferred; }

    StatusClockWidget* statusClock() const { return m_statusClock; }
    QueueModel* queueModel() const { return m_queueModel; }
    QueueProxyModel* queueProxy() const { return m_queueProxy; }
    BreachNotifier* notifier() const { return m_notifier; }
    NotificationBanner* banner() const { return m_banner; }
    const Database* database() const;
    // Saved views of the engineer (View → Saved views).
    void saveCurrentView(const QString& name);
    bool applyView(const QString& name);
    // Selects a ticket in the queue (pinned among the filters when they hide it); false if unknown.
    bool selectTicket(qint64 number);
    // Shows one project's tickets (the dashboard's project bars), by the name the
    // dashboard shows; false when no project has it.
    bool scopeToProject(const QString& shownName);

protected:
    // The layout is saved when the window closes and restored when it opens.
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

signals:
    // Emitted when the open tickets are in the queue (the closed ones follow in the
    // background); --screenshot waits for it. Never after a failure: loadFailed instead.
    void dataLoaded();
    void loadFailed(const QString& message);
    // Every resolved and closed ticket is in the model too.
    void closedLoaded();
    // The search index's first page for `text` (the open tickets' matches) is shown.
    void searchFirstShown(const QString& text);
    // The search index answered for `text` and the queue shows all it found.
    void searchShown(const QString& text);

public slots:
    void loadData();
    void focusSearch();
    void showAbout();
    void showSettings();
    void newRequest();
    // One ticket changed here: its row and the detail follow.
    void reloadTicket(qint64 ticketId);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createProjectTree();
    void createQueueView();
    void createDetailPane();
    // The quick filters (Alt+1…5) and "Save this view…".
    void createViewActions();
    void createBreachDock();
    void connectAlerts();
    void askIdentity(const QList<User>& users);
    // A client's escalation, as an alert for the managers among the people of this desktop.
    void announceEscalation(qint64 ticketId, const QString& title, const QString& text);
    void announceHeldEscalations();
    void restoreLayout();
    void saveLayout() const;
    void arrangeForWidth();
    void updateWindowTitle();
    void createStatusBar();
    bool openDatabase();
    void connectSession();
    void connectQueueService();
    void connectSync();
    void closeSession();
    void showSnapshot(ConsoleSnapshot snapshot);
    // Who works here: the login on PostgreSQL, the login setting on SQLite (asked when unknown).
    void identifyActor(const QList<User>& users);
    void loadClosedTickets();
    void applyChanged(std::vector<QueueEntry> entries, const QList<qint64>& missing);
    void searchNow();
    void rebuildEngine();
    void showCurrentTicket();
    void applyQuickFilters();
    QueueProxyModel::QuickFilters checkedQuickFilters() const;
    void checkQuickFilters(QueueProxyModel::QuickFilters filters);
    QString viewOwner() const;
    void rebuildViewsMenu();
    void updateQueueFeedback();
    void applyScope();
    qint64 currentTicketId() const;
    void refreshSummary();
    // In a search's page, the tickets left for later (closedDeferred) that it shows are read.
    void fetchMissingMatches(const QString& text, const QList<qint64>& ids);

    DatabaseLocation m_location;
    bool m_useServerClock = true;
    bool m_fillDemoData = false;
    bool m_askIdentity = false;
    bool m_identityAsked = false;
    // Escalations heard before the first snapshot named this desktop's person.
    struct HeldEscalation
    {
        qint64 ticketId;
        QString title;
        QString text;
    };
    QList<HeldEscalation> m_heldEscalations;
    bool m_peopleKnown = false;
    bool m_demo = false; // DemoData filled the database: DEMO in the title and status bar
    QLabel* m_demoLabel = nullptr;
    qint64 m_closedInBackgroundLimit = 200000;
    bool m_closedDeferred = false;
    std::unique_ptr<ConsoleSession> m_session;
    // What the ticket pane, its actions and dialogs read and write through (the session's connection).
    std::unique_ptr<TicketService> m_ticketService;
    std::shared_ptr<SlaEngine> m_engine;
    ConsoleSnapshot m_snapshot; // projects and people; the entries live in the model
    Actor m_actor;

    QAction* m_newRequestAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_queueOrderAction = nullptr;
    QAction* m_showClosedAction = nullptr;
    QAction* m_saveViewAction = nullptr;
    QMenu* m_viewsMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_quickFilterActions;
    TicketActions* m_ticketActions = nullptr;

    QLineEdit* m_searchEdit = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_splitter = nullptr; // projects | the work area
    QSplitter* m_workSplitter = nullptr; // queue | ticket, side by side or stacked
    ToolWindows* m_toolWindows = nullptr;
    QTreeView* m_projectsView = nullptr;
    ProjectTreeModel* m_projectsModel = nullptr;
    QueueView* m_queueView = nullptr;
    QueueModel* m_queueModel = nullptr;
    QueueProxyModel* m_queueProxy = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_detailPlaceholder = nullptr;
    TicketDetailWidget* m_detail = nullptr;
    BreachDockWidget* m_breachDock = nullptr;
    QTimer* m_searchTimer = nullptr; // search waits for the typing to pause
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_outageLabel = nullptr; // shown while the shared database is unreachable
    QLabel* m_ticketCountLabel = nullptr;
    StatusClockWidget* m_statusClock = nullptr;
    BreachNotifier* m_notifier = nullptr;
    NotificationBanner* m_banner = nullptr;
};

} // namespace dd
