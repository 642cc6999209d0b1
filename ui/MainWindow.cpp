#include "ui/MainWindow.h"

#include "core/sla/SlaEngine.h"
#include "core/storage/Database.h"
#include "core/storage/SessionIdentity.h"
#include "core/storage/TicketSla.h"
#include "core/util/Clock.h"
#include "ui/ConsoleSession.h"
#include "ui/ToolWindows.h"
#include "ui/common/RoleGate.h"
#include "ui/queue/ProjectTreeModel.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"
#include "ui/queue/QueueService.h"
#include "ui/queue/QueueSync.h"
#include "ui/queue/QueueView.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/settings/SavedViews.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/WindowLayout.h"
#include "ui/ticket/CannedAnswersDialog.h"
#include "ui/ticket/NewRequestDialog.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketDetailWidget.h"
#include "ui/ticket/TicketService.h"
#include "ui/widgets/BreachDockWidget.h"
#include "ui/widgets/BreachNotifier.h"
#include "ui/widgets/DesktopNotifications.h"
#include "ui/widgets/HelpDialogs.h"
#include "ui/widgets/NotificationBanner.h"
#include "ui/widgets/StatusClockWidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {

namespace {

QLabel* makePlaceholder(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

} // namespace

MainWindow::MainWindow(const DatabaseLocation& database, QWidget* parent)
    : QMainWindow(parent)
    , m_location(database)
    , m_engine(std::make_shared<SlaEngine>(ProductionCalendar {}))
{
    setObjectName(QStringLiteral("mainWindow"));
    updateWindowTitle();
    setWindowIcon(QIcon(QStringLiteral(":/icons/dutydesk.svg")));
    m_queueModel = new QueueModel(m_engine, this);
    m_ticketActions = new TicketActions(this);
    createActions();
    createToolBar();
    createCentralArea();
    createBreachDock();
    m_toolWindows = new ToolWindows(this, m_tabs, m_breachDock);
    connect(m_toolWindows, &ToolWindows::configurationChanged, this, [this] {
        rebuildEngine();
        loadData();
    });
    connect(m_toolWindows, &ToolWindows::projectOpenRequested, this, &MainWindow::scopeToProject);
    connect(m_toolWindows, &ToolWindows::ticketOpenRequested, this, [this](qint64 number) {
        if (selectTicket(number)) {
            raise();
            activateWindow();
        }
    });
    createMenus();
    createStatusBar();
    m_notifier = new BreachNotifier(m_queueModel, this);
    connectAlerts();
    connect(m_ticketActions, &TicketActions::ticketChanged, this, &MainWindow::reloadTicket);
    connect(m_detail, &TicketDetailWidget::ticketChanged, this, &MainWindow::reloadTicket);
    connect(m_ticketActions, &TicketActions::composeRequested, m_detail, &TicketDetailWidget::compose);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Before any child goes: the session's objects hold the connection the widgets use.
    closeSession();
}

void MainWindow::createActions()
{
    m_newRequestAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New request…"), this);
    m_newRequestAction->setObjectName(QStringLiteral("newRequestAction"));
    m_newRequestAction->setShortcut(QKeySequence::New);
    m_newRequestAction->setToolTip(tr("Register a request that came by phone or messenger"));
    connect(m_newRequestAction, &QAction::triggered, this, &MainWindow::newRequest);

    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::loadData);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_queueOrderAction = new QAction(tr("&Queue order"), this);
    m_queueOrderAction->setToolTip(tr("Emergencies first by deadline, then first in, first out"));
    m_queueOrderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_queueOrderAction, &QAction::triggered, this,
            [this] { m_queueView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); });

    m_showClosedAction = new QAction(tr("Show &resolved and closed"), this);
    m_showClosedAction->setObjectName(QStringLiteral("showClosedAction"));
    m_showClosedAction->setCheckable(true);
    connect(m_showClosedAction, &QAction::toggled, this, [this](bool on) {
        m_queueProxy->setShowClosed(on);
        if (on && m_session) {
            m_closedDeferred = false;
            m_session->queue().loadClosed(); // if not on its way yet
        }
    });

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Dutydesk"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    createViewActions();
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newRequestAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_refreshAction);
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_findAction);
    QAction* cannedAnswers = editMenu->addAction(tr("&Canned answers…"));
    cannedAnswers->setObjectName(QStringLiteral("cannedAnswersAction"));
    connect(cannedAnswers, &QAction::triggered, this, [this] {
        if (!m_ticketService) {
            return;
        }
        CannedAnswersDialog dialog(*m_ticketService, this);
        dialog.exec();
    });

    QMenu* ticketMenu = menuBar()->addMenu(tr("&Ticket"));
    m_ticketActions->addToMenu(ticketMenu);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions(m_quickFilterActions);
    m_viewsMenu = viewMenu->addMenu(tr("Saved &views"));
    m_viewsMenu->setObjectName(QStringLiteral("savedViewsMenu"));
    viewMenu->addAction(m_saveViewAction);
    rebuildViewsMenu();
    viewMenu->addSeparator();
    viewMenu->addAction(m_queueOrderAction);
    viewMenu->addAction(m_showClosedAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_breachDock->toggleViewAction());

    m_toolWindows->addMenus(menuBar());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* guide = helpMenu->addAction(tr("&Quick guide"));
    guide->setObjectName(QStringLiteral("quickGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] {
        QuickGuideDialog dialog(this);
        dialog.exec();
    });
    QAction* keys = helpMenu->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newRequestAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addActions(m_quickFilterActions);

    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Number, subject or client (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(280);
    m_searchEdit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    toolBar->addWidget(m_searchEdit);
}

void MainWindow::createCentralArea()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    createProjectTree();
    createQueueView();
    createDetailPane();
    // The tree keeps its width when the window narrows (its short names then still read
    // whole); the queue gives and takes the rest.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 235, 1205 });
    m_workSplitter->setStretchFactor(0, 3);
    m_workSplitter->setStretchFactor(1, 2);
    m_workSplitter->setSizes({ 3000, 2000 }); // the ticket pane needs room for its reply editor
    // The queue is the first tab; the testing schedule joins once the database is open.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Ticket queues"));
    // The banner carries every alert inside the window, whatever the desktop shows.
    m_banner = new NotificationBanner(this);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::createProjectTree()
{
    m_projectsView = new QTreeView(m_splitter);
    m_projectsView->setObjectName(QStringLiteral("projectsView"));
    m_projectsView->setUniformRowHeights(true);
    m_projectsView->setIndentation(14); // project rows keep room for their (short) names
    m_projectsModel = new ProjectTreeModel(m_projectsView);
    m_projectsView->setModel(m_projectsModel);
    m_projectsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projectsView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_projectsView->header()->setStretchLastSection(false);
    connect(m_projectsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::applyScope);
}

// The queue, its proxy (filters, search, scope) and what follows its rows and search.
void MainWindow::createQueueView()
{
    m_queueProxy = new QueueProxyModel(this);
    m_queueProxy->setQueueModel(m_queueModel);
    // The queue and the ticket side by side on a wide screen, the ticket below it on a
    // narrow one (1280×720): the subject keeps its room either way.
    m_workSplitter = new QSplitter(Qt::Horizontal, m_splitter);
    m_workSplitter->setObjectName(QStringLiteral("workSplitter"));
    m_workSplitter->setChildrenCollapsible(false);
    m_queueView = new QueueView(m_queueModel, m_queueProxy, m_workSplitter);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentTicket);
    connect(m_queueModel, &QueueModel::summaryChanged, this, &MainWindow::refreshSummary);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_queueProxy, signal, this, &MainWindow::updateQueueFeedback);
    }
    connect(m_queueProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateQueueFeedback);
    connect(m_queueProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateQueueFeedback);
    connect(m_queueView, &QueueView::emptyActionTriggered, this, [this] { m_showClosedAction->setChecked(true); });
    // The sentence names the search: it changes with the words even when the rows do not.
    connect(this, &MainWindow::searchShown, this, &MainWindow::updateQueueFeedback);
    // Filtering 100,000 rows on every keystroke froze the window: search once typing pauses.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::searchNow);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
}

void MainWindow::createDetailPane()
{
    m_detailStack = new QStackedWidget(m_workSplitter);
    m_detailStack->setObjectName(QStringLiteral("detailStack"));
    // Its tabs scroll: below the queue it may be short, the queue keeps its share.
    m_detailStack->setMinimumSize(240, 160);
    m_detailPlaceholder = makePlaceholder(
        tr("Select a ticket to see its clocks, history and the project's account manager, programmer and tester."),
        m_detailStack);
    m_detailStack->addWidget(m_detailPlaceholder);
    m_detail = new TicketDetailWidget(m_detailStack);
    m_detailStack->addWidget(m_detail);
}

void MainWindow::createBreachDock()
{
    m_breachDock = new BreachDockWidget(m_queueModel, this);
    m_breachDock->setWindowTitle(tr("Breach warnings"));
    connect(m_breachDock, &BreachDockWidget::ticketActivated, this, [this](qint64 number) {
        m_tabs->setCurrentIndex(0);
        selectTicket(number);
    });
    connect(m_breachDock, &BreachDockWidget::testingScheduleRequested, this,
            [this] { m_toolWindows->showTestingSchedule(); });
    addDockWidget(Qt::BottomDockWidgetArea, m_breachDock);
    resizeDocks({ m_breachDock }, { 190 }, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(m_location.isPostgres() ? tr("Shared database: %1").arg(m_location.displayName())
                                                     : tr("Local database: %1").arg(m_location.displayName()));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseLabel, 1);
    m_ticketCountLabel = new QLabel(this);
    m_ticketCountLabel->setObjectName(QStringLiteral("ticketCountLabel"));
    statusBar()->addWidget(m_ticketCountLabel);

    // Permanent, so no passing message covers it for as long as the outage lasts.
    m_outageLabel = new QLabel(this);
    m_outageLabel->setObjectName(QStringLiteral("outageLabel"));
    m_outageLabel->setWordWrap(true);
    m_outageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outageLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_outageLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_outageLabel, 1);

    m_demoLabel = new QLabel(tr("DEMO"), this);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setToolTip(tr("Demo data: the clients, people and tickets are made up"));
    m_demoLabel->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #8e24aa; font-weight: bold; padding: 1px 8px; }"));
    m_demoLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_demoLabel);

    m_statusClock = new StatusClockWidget(this);
    statusBar()->addPermanentWidget(m_statusClock);
}

qint64 MainWindow::currentTicketId() const
{
    const QModelIndex current = m_queueView->currentIndex();
    return current.isValid() ? current.data(QueueModel::TicketIdRole).toLongLong() : 0;
}

void MainWindow::showCurrentTicket()
{
    m_queueProxy->setPinnedTicket(currentTicketId());
    const int row = m_queueModel->rowOfTicket(currentTicketId());
    if (row < 0) {
        m_detailStack->setCurrentWidget(m_detailPlaceholder);
        m_ticketActions->setTicket(nullptr);
        return;
    }
    const QueueEntry& entry = m_queueModel->entry(row);
    m_detail->showTicket(entry);
    m_ticketActions->setTicket(&entry);
    m_detailStack->setCurrentWidget(m_detail);
}

bool MainWindow::selectTicket(qint64 number)
{
    // A closed ticket may not have arrived from the worker yet: read that one now.
    const auto known = std::find_if(m_queueModel->entries().cbegin(), m_queueModel->entries().cend(),
                                    [number](const QueueEntry& entry) { return entry.ticket.number == number; });
    if (known == m_queueModel->entries().cend() && m_session) {
        if (auto entries = m_session->queue().numberNow(number, m_snapshot.projects, *m_engine)) {
            m_queueModel->upsertMany(std::move(entries.value()));
        }
    }
    for (const QueueEntry& entry : m_queueModel->entries()) {
        if (entry.ticket.number != number) {
            continue;
        }
        const QModelIndex source = m_queueModel->index(m_queueModel->rowOfTicket(entry.ticket.id), 0);
        QModelIndex index = m_queueProxy->mapFromSource(source);
        if (!index.isValid()) {
            // Hidden by the engineer's filters: shown pinned among them, filters kept.
            m_queueProxy->revealTicket(entry.ticket.id);
            index = m_queueProxy->mapFromSource(source);
        }
        m_queueView->setCurrentIndex(index);
        m_queueView->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return index.isValid();
    }
    return false;
}

void MainWindow::applyScope()
{
    const QModelIndex current = m_projectsView->currentIndex().siblingAtColumn(0);
    m_queueProxy->setScope(current.data(ProjectTreeModel::ClientIdRole).toLongLong(),
                           current.data(ProjectTreeModel::ProjectIdRole).toLongLong());
}

void MainWindow::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void MainWindow::newRequest()
{
    if (!m_session || !m_ticketService) {
        return;
    }
    auto* dialog = new NewRequestDialog(*m_ticketService, m_snapshot.projects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewRequestDialog::ticketFiled, this, [this](qint64 ticketId) {
        reloadTicket(ticketId);
        const int row = m_queueModel->rowOfTicket(ticketId);
        if (row >= 0) {
            selectTicket(m_queueModel->entry(row).ticket.number);
        }
    });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_session ? &m_session->database() : nullptr, m_actor, m_snapshot.users, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this] {
        // Who works here ("My tickets", who acts) is read again with the queue.
        if (m_session) {
            rebuildEngine();
            loadData();
        }
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dutydesk"),
                       tr("<h3>Dutydesk %1</h3><p>The technical-support console: per-project queues with live "
                          "countdowns to SLA breach, breach warnings, the bimonthly regression schedule.</p>")
                           .arg(QStringLiteral(DUTYDESK_VERSION)));
}

} // namespace dd
