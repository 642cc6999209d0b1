#include "MainWindow.h"

#include "widgets/StatusClockWidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

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
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dutydesk — %1").arg(database.displayName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dutydesk.svg")));
    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createBreachDock();
    createStatusBar();
    resize(1400, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newRequestAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New request…"), this);
    m_newRequestAction->setShortcut(QKeySequence::New);
    m_newRequestAction->setToolTip(tr("Register a request that came by phone or messenger"));

    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::loadData);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Dutydesk"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Ticket actions act on the selected ticket; none is selected until the queue has one.
    const std::pair<QString, QKeySequence> ticketActions[] = {
        { tr("Re&gister…"), QKeySequence(Qt::CTRL | Qt::Key_G) },
        { tr("Re&ply…"), QKeySequence(Qt::CTRL | Qt::Key_R) },
        { tr("&Postpone…"), QKeySequence(Qt::CTRL | Qt::Key_P) },
        { tr("Res&ume"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
        { tr("Re&solve…"), QKeySequence(Qt::CTRL | Qt::Key_Return) },
        { tr("&Close"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return) },
        { tr("&Out of scope…"), QKeySequence(Qt::CTRL | Qt::Key_O) },
        { tr("Hand to &development…"), QKeySequence(Qt::CTRL | Qt::Key_D) },
        { tr("Mark &escalated"), QKeySequence(Qt::CTRL | Qt::Key_E) },
    };
    for (const auto& [text, shortcut] : ticketActions) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setEnabled(false);
        m_ticketActions.append(action);
    }

    auto* filterGroup = new QActionGroup(this);
    filterGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const QString& text :
         { tr("My tickets"), tr("Unassigned"), tr("Emergencies"), tr("Waiting"), tr("Breached") }) {
        auto* action = new QAction(text, filterGroup);
        action->setCheckable(true);
        m_quickFilterActions.append(action);
    }
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newRequestAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_refreshAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_findAction);

    QMenu* ticketMenu = menuBar()->addMenu(tr("&Ticket"));
    for (int i = 0; i < m_ticketActions.size(); ++i) {
        if (i == 4 || i == 6) {
            ticketMenu->addSeparator();
        }
        ticketMenu->addAction(m_ticketActions[i]);
    }

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions(m_quickFilterActions);
    viewMenu->addSeparator();

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
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

    m_projectsView = new QTreeView(m_splitter);
    m_projectsView->setObjectName(QStringLiteral("projectsView"));
    m_projectsView->setHeaderHidden(false);
    m_projectsView->setUniformRowHeights(true);
    auto* projectsModel = new QStandardItemModel(0, 2, m_projectsView);
    projectsModel->setHorizontalHeaderLabels({ tr("Client / project"), tr("Open") });
    m_projectsView->setModel(projectsModel);
    m_projectsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projectsView->header()->setStretchLastSection(false);

    m_queueView = new QTableView(m_splitter);
    m_queueView->setObjectName(QStringLiteral("queueView"));
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setSortingEnabled(true);
    m_queueView->verticalHeader()->hide();
    auto* queueModel = new QStandardItemModel(0, 8, m_queueView);
    queueModel->setHorizontalHeaderLabels({ tr("No."), tr("Time left"), tr("Level"), tr("Subject"), tr("Project"),
                                            tr("Status"), tr("Assignee"), tr("Arrived") });
    m_queueView->setModel(queueModel);
    m_queueView->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_detailStack = new QStackedWidget(m_splitter);
    m_detailStack->setObjectName(QStringLiteral("detailStack"));
    m_detailStack->addWidget(makePlaceholder(
        tr("Select a ticket to see its clocks, history and the project's account manager, programmer and tester."),
        m_detailStack));

    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({ 260, 760, 380 });
    setCentralWidget(m_splitter);
}

void MainWindow::createBreachDock()
{
    m_breachDock = new QDockWidget(tr("Breach warnings"), this);
    m_breachDock->setObjectName(QStringLiteral("breachDock"));
    m_breachDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    auto* stack = new QStackedWidget(m_breachDock);
    stack->addWidget(makePlaceholder(tr("No clock is in warning or breached."), stack));
    m_breachDock->setWidget(stack);
    addDockWidget(Qt::BottomDockWidgetArea, m_breachDock);
    resizeDocks({ m_breachDock }, { 160 }, Qt::Vertical);

    QMenu* viewMenu = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_breachDock->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(m_database.isPostgres() ? tr("Shared database: %1").arg(m_database.displayName())
                                                     : tr("Local database: %1").arg(m_database.displayName()));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseLabel, 1);

    m_statusClock = new StatusClockWidget(this);
    statusBar()->addPermanentWidget(m_statusClock);
}

void MainWindow::loadData()
{
    // The queue, projects and breach list are filled from the database here.
    QTimer::singleShot(0, this, &MainWindow::dataLoaded);
}

void MainWindow::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dutydesk"),
                       tr("<h3>Dutydesk %1</h3><p>The technical-support console: per-project queues with live "
                          "countdowns to SLA breach, breach warnings, the bimonthly regression schedule.</p>")
                           .arg(QStringLiteral(DUTYDESK_VERSION)));
}

} // namespace dd
