// The engineer's own arrangement of the console: the layout restored and saved between
// starts, narrow and short screens, combined quick filters, saved views, what the status
// bar and an empty queue say about the filter, and the alerts and title (issue 18).
#include "ui/MainWindow.h"

#include "core/domain/Permissions.h"
#include "ui/queue/ProjectTreeModel.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"
#include "ui/queue/QueueView.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/settings/SavedViews.h"
#include "ui/settings/WindowLayout.h"
#include "ui/widgets/BreachDockWidget.h"
#include "ui/widgets/BreachNotifier.h"
#include "ui/widgets/DesktopNotifications.h"
#include "ui/widgets/NotificationBanner.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>
#include <utility>

namespace dd {

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(WindowLayout::state(QStringLiteral("geometry")))) {
        // The first start: as large as suits the screen, never larger than it (1280×720
        // laptops). A "screen" narrower than any desktop's, like the offscreen platform's
        // 800×600, is not one to fit: there the window keeps its designed size.
        const QScreen* shown = screen();
        const QSize available = shown ? shown->availableGeometry().size() : QSize();
        const QSize designed(1440, 880);
        resize(available.width() >= 1024 ? designed.boundedTo(available * 0.96) : designed);
    }
    restoreState(WindowLayout::state(QStringLiteral("window")));
    m_splitter->restoreState(WindowLayout::state(QStringLiteral("projects-splitter")));
    m_workSplitter->restoreState(WindowLayout::state(QStringLiteral("queue-splitter")));
    m_queueView->horizontalHeader()->restoreState(WindowLayout::state(QStringLiteral("queue-columns")));
    checkQuickFilters(
        QueueProxyModel::QuickFilters(QFlag(WindowLayout::value(QStringLiteral("quick-filters"), 0).toInt())));
    m_showClosedAction->setChecked(WindowLayout::value(QStringLiteral("show-closed"), false).toBool());
    arrangeForWidth();
}

void MainWindow::saveLayout() const
{
    WindowLayout::setState(QStringLiteral("geometry"), saveGeometry());
    WindowLayout::setState(QStringLiteral("window"), saveState());
    WindowLayout::setState(QStringLiteral("projects-splitter"), m_splitter->saveState());
    WindowLayout::setState(QStringLiteral("queue-splitter"), m_workSplitter->saveState());
    WindowLayout::setState(QStringLiteral("queue-columns"), m_queueView->horizontalHeader()->saveState());
    WindowLayout::setValue(QStringLiteral("quick-filters"), static_cast<int>(checkedQuickFilters().toInt()));
    WindowLayout::setValue(QStringLiteral("show-closed"), m_showClosedAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    arrangeForWidth();
}

void MainWindow::arrangeForWidth()
{
    // Below this width a side-by-side ticket pane (with its reply editor) squeezes the
    // subject to "…": the ticket goes below the queue.
    const Qt::Orientation wanted = width() < 1800 ? Qt::Vertical : Qt::Horizontal;
    if (m_workSplitter->orientation() != wanted) {
        m_workSplitter->setOrientation(wanted);
        // Proportions, not pixels: the splitter may not have its final size yet. Stacked,
        // the ticket gets the larger share: its reply editor needs the height.
        m_workSplitter->setSizes(wanted == Qt::Vertical ? QList<int> { 2000, 3000 } : QList<int> { 3000, 2000 });
        // On a short screen the warnings dock gives the ticket room (the engineer may
        // drag it back; the layout is remembered).
        resizeDocks({ m_breachDock }, { height() < 800 ? 120 : 190 }, Qt::Vertical);
    }
}

namespace {

using QuickFilter = QueueProxyModel::QuickFilter;
// In the order of the quick-filter actions.
const QuickFilter quickFilterOfAction[] = { QuickFilter::Mine, QuickFilter::Unassigned, QuickFilter::Emergencies,
                                            QuickFilter::Waiting, QuickFilter::Breached };

} // namespace

QueueProxyModel::QuickFilters MainWindow::checkedQuickFilters() const
{
    QueueProxyModel::QuickFilters filters;
    for (int i = 0; i < m_quickFilterActions.size(); ++i) {
        if (m_quickFilterActions[i]->isChecked()) {
            filters |= quickFilterOfAction[i];
        }
    }
    return filters;
}

void MainWindow::checkQuickFilters(QueueProxyModel::QuickFilters filters)
{
    for (int i = 0; i < m_quickFilterActions.size(); ++i) {
        const QSignalBlocker quiet(m_quickFilterActions[i]);
        m_quickFilterActions[i]->setChecked(filters.testFlag(quickFilterOfAction[i]));
    }
    applyQuickFilters();
}

void MainWindow::applyQuickFilters()
{
    m_queueProxy->setQuickFilters(checkedQuickFilters());
}

QString MainWindow::viewOwner() const
{
    return m_actor.login.isEmpty() ? ConsoleSettings::login() : m_actor.login;
}

void MainWindow::saveCurrentView(const QString& name)
{
    SavedView view;
    view.name = name;
    view.quickFilters = static_cast<int>(checkedQuickFilters().toInt());
    view.showClosed = m_showClosedAction->isChecked();
    view.search = m_searchEdit->text();
    const QModelIndex scope = m_projectsView->currentIndex().siblingAtColumn(0);
    view.clientId = scope.data(ProjectTreeModel::ClientIdRole).toLongLong();
    view.projectId = scope.data(ProjectTreeModel::ProjectIdRole).toLongLong();
    const QHeaderView* header = m_queueView->horizontalHeader();
    view.sortColumn = m_queueProxy->isQueueOrder() ? -1 : header->sortIndicatorSection();
    view.sortDescending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    SavedViews::save(viewOwner(), view);
    rebuildViewsMenu();
    statusBar()->showMessage(tr("View “%1” saved").arg(name), 5000);
}

bool MainWindow::applyView(const QString& name)
{
    const QList<SavedView> views = SavedViews::load(viewOwner());
    const auto view
        = std::find_if(views.cbegin(), views.cend(), [&name](const SavedView& known) { return known.name == name; });
    if (view == views.cend()) {
        return false;
    }
    checkQuickFilters(QueueProxyModel::QuickFilters(QFlag(view->quickFilters)));
    m_showClosedAction->setChecked(view->showClosed);
    const QModelIndex scope = m_projectsModel->indexOf(view->clientId, view->projectId);
    m_projectsView->setCurrentIndex(scope.isValid() ? scope : m_projectsModel->index(0, 0));
    m_searchEdit->setText(view->search);
    searchNow();
    if (view->sortColumn < 0) {
        m_queueProxy->sort(-1);
        m_queueView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    } else {
        m_queueView->sortByColumn(view->sortColumn, view->sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    return true;
}

void MainWindow::rebuildViewsMenu()
{
    m_viewsMenu->clear();
    const QList<SavedView> views = SavedViews::load(viewOwner());
    for (const SavedView& view : views) {
        m_viewsMenu->addAction(view.name, this, [this, name = view.name] { applyView(name); });
    }
    if (views.isEmpty()) {
        m_viewsMenu->addAction(tr("No saved views yet"))->setEnabled(false);
        return;
    }
    m_viewsMenu->addSeparator();
    QMenu* removeMenu = m_viewsMenu->addMenu(tr("Delete"));
    for (const SavedView& view : views) {
        removeMenu->addAction(view.name, this, [this, name = view.name] {
            SavedViews::remove(viewOwner(), name);
            rebuildViewsMenu();
        });
    }
}

void MainWindow::updateQueueFeedback()
{
    // The count follows what the engineer sees; an empty result says why and how to widen it.
    const int shown = m_queueProxy->rowCount();
    const int total = m_queueModel->rowCount();
    m_ticketCountLabel->setText(shown == total ? tr("%n ticket(s)", nullptr, total)
                                               : tr("%1 of %n ticket(s)", nullptr, total).arg(shown));
    const QString search = m_searchEdit->text().trimmed();
    if (shown > 0 || total == 0) {
        m_queueView->setEmptyMessage({}, {});
    } else if (!search.isEmpty()) {
        m_queueView->setEmptyMessage(tr("Nothing found for «%1»").arg(search),
                                     m_showClosedAction->isChecked() ? QString() : tr("Search closed tickets too"));
    } else {
        m_queueView->setEmptyMessage(tr("No ticket matches these filters"), {});
    }
}

void MainWindow::connectAlerts()
{
    DesktopNotifications* alerts = m_notifier->notifications();
    connect(alerts, &DesktopNotifications::shown, m_banner, &NotificationBanner::showAlert);
    const auto open = [this](qint64 ticketId) {
        const int row = m_queueModel->rowOfTicket(ticketId);
        if (row < 0) {
            return;
        }
        m_tabs->setCurrentIndex(0);
        selectTicket(m_queueModel->entry(row).ticket.number);
        raise();
        activateWindow();
    };
    connect(alerts, &DesktopNotifications::activated, this, open);
    connect(m_banner, &NotificationBanner::openRequested, this, open);
    connect(m_notifier, &BreachNotifier::countsChanged, this, &MainWindow::updateWindowTitle);
}

void MainWindow::announceEscalation(qint64 ticketId, const QString& title, const QString& text)
{
    // Managers are told (docs/rules.md#feedback); who works here is known with the first
    // snapshot, which the reports' worker may answer before.
    if (!m_peopleKnown) {
        m_heldEscalations.append({ ticketId, title, text });
        return;
    }
    // A person who is none of the database's users (a fresh embedded database) hears
    // everything rather than miss one.
    const auto person = std::find_if(m_snapshot.users.cbegin(), m_snapshot.users.cend(),
                                     [this](const User& user) { return user.id == m_actor.userId; });
    const Permissions permissions
        = person == m_snapshot.users.cend() ? Permissions::everything() : Permissions::forRoles(person->roles);
    if (!permissions.allows(Permissions::Action::HearEscalations)) {
        return;
    }
    m_notifier->notifications()->show({ ticketId, title, text, DesktopNotifications::Urgency::Critical });
}

void MainWindow::announceHeldEscalations()
{
    m_peopleKnown = true;
    const QList<HeldEscalation> held = std::exchange(m_heldEscalations, {});
    for (const HeldEscalation& escalation : held) {
        announceEscalation(escalation.ticketId, escalation.title, escalation.text);
    }
}

void MainWindow::updateWindowTitle()
{
    // The taskbar shows the title: the breached count is seen without switching windows.
    const int breached = m_notifier ? m_notifier->breachedCount() : 0;
    const QString base = m_demo ? tr("Dutydesk — DEMO — %1").arg(m_location.displayName())
                                : tr("Dutydesk — %1").arg(m_location.displayName());
    setWindowTitle(breached > 0 ? tr("(%n breached) %1", nullptr, breached).arg(base) : base);
}

bool MainWindow::scopeToProject(const QString& shownName)
{
    const auto project = std::find_if(m_snapshot.projects.cbegin(), m_snapshot.projects.cend(),
                                      [&](const Project& p) { return p.shownName() == shownName; });
    const QModelIndex index
        = project == m_snapshot.projects.cend() ? QModelIndex() : m_projectsModel->indexOfProject(project->id);
    if (!index.isValid()) {
        return false;
    }
    m_projectsView->setCurrentIndex(index); // applyScope follows; filters and search stay
    raise();
    activateWindow();
    return true;
}

void MainWindow::createViewActions()
{
    // Not exclusive: "My tickets" and "Breached" together show my breached tickets.
    const QStringList names { QStringLiteral("filterMine"), QStringLiteral("filterUnassigned"),
                              QStringLiteral("filterEmergencies"), QStringLiteral("filterWaiting"),
                              QStringLiteral("filterBreached") };
    const QStringList texts { tr("My tickets"), tr("Unassigned"), tr("Emergencies"), tr("Waiting"), tr("Breached") };
    for (int i = 0; i < texts.size(); ++i) {
        auto* action = new QAction(texts[i], this);
        action->setObjectName(names[i]);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::toggled, this, &MainWindow::applyQuickFilters);
        m_quickFilterActions.append(action);
    }
    m_saveViewAction = new QAction(tr("&Save this view…"), this);
    m_saveViewAction->setObjectName(QStringLiteral("saveViewAction"));
    connect(m_saveViewAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save this view"),
                                                   tr("Name (filters, search, project and sort are kept):"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            saveCurrentView(name.trimmed());
        }
    });
}

} // namespace dd
