#include "ui/MainWindow.h"

#include "core/demo/DemoData.h"

// The main window's side of its ConsoleSession: opening it, loading the queue through
// the session's worker, applying other desktops' changes and search results.

#include "core/sla/SlaEngine.h"
#include "core/storage/Database.h"
#include "core/storage/SessionIdentity.h"
#include "core/storage/TicketSla.h"
#include "core/util/Clock.h"
#include "ui/ConsoleSession.h"
#include "ui/ToolWindows.h"
#include "ui/queue/ProjectTreeModel.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"
#include "ui/queue/QueueService.h"
#include "ui/queue/QueueSync.h"
#include "ui/queue/QueueView.h"
#include "ui/reports/EscalationNotifier.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketDetailWidget.h"
#include "ui/ticket/TicketService.h"
#include "ui/widgets/BreachNotifier.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <limits>

namespace dd {

const Database* MainWindow::database() const
{
    return m_session ? &m_session->database() : nullptr;
}

void MainWindow::closeSession()
{
    if (!m_session) {
        return;
    }
    m_ticketActions->setContext(nullptr, m_engine.get());
    m_detail->setContext(nullptr, m_engine.get());
    m_toolWindows->attach(nullptr, m_actor);
    m_ticketService.reset();
    m_session.reset();
    m_peopleKnown = false; // a new database names its own people
    m_heldEscalations.clear();
}

bool MainWindow::openDatabase()
{
    if (m_session) {
        return true;
    }
    ConsoleSession::Options options;
    options.useServerClock = m_useServerClock;
    options.fillDemoData = m_fillDemoData;
    QString warning;
    auto opened = ConsoleSession::open(m_location, options, &warning);
    if (!opened) {
        const QString message = tr("Cannot open the database: %1").arg(opened.error().toString());
        m_databaseLabel->setText(message);
        m_detailPlaceholder->setText(message);
        return false;
    }
    if (!warning.isEmpty()) {
        qWarning("%s", qPrintable(warning));
        statusBar()->showMessage(warning);
    }
    m_session = std::move(opened.value());
    const auto demo = isDemoDatabase(m_session->database());
    m_demo = demo && *demo;
    m_demoLabel->setVisible(m_demo);
    updateWindowTitle();
    connectSession();
    rebuildEngine();
    return true;
}

void MainWindow::askIdentity(const QList<User>& users)
{
    QStringList names;
    for (const User& user : users) {
        names << QStringLiteral("%1 (%2)").arg(user.fullName, user.login);
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        this, tr("Who are you?"),
        tr("“%1” is not a user of this database. Pick yourself, so that “My tickets” shows your work and your "
           "actions carry your name:")
            .arg(ConsoleSettings::login()),
        names, 0, false, &ok);
    const qsizetype index = names.indexOf(picked);
    if (!ok || index < 0) {
        return;
    }
    const User& user = users.at(index);
    ConsoleSettings::setValue(ConsoleSettings::Key::Login, user.login);
    m_actor = Actor { user.id, user.login, user.fullName };
    m_queueProxy->setCurrentUserId(user.id);
    if (m_ticketService) {
        m_ticketService->setActor(m_actor);
    }
    m_ticketActions->setPeople(m_actor, m_snapshot.users, m_snapshot.projects);
    m_detail->setActor(m_actor);
    statusBar()->showMessage(tr("You work as %1").arg(m_actor.displayName()), 8000);
}

void MainWindow::connectSession()
{
    connect(&m_session->escalations(), &EscalationNotifier::notified, this, &MainWindow::announceEscalation);
    connectQueueService();
    connectSync();
}

// The queue's worker answers: the open tickets, closed ones page by page, refetched
// changes, search matches and failures.
void MainWindow::connectQueueService()
{
    QueueService* queue = &m_session->queue();
    connect(queue, &QueueService::openLoaded, this,
            [this](const std::shared_ptr<ConsoleSnapshot>& snapshot) { showSnapshot(std::move(*snapshot)); });
    connect(queue, &QueueService::closedLoaded, this, [this](const QueueService::Entries& page) {
        m_queueModel->upsertMany(std::move(*page));
        updateQueueFeedback();
    });
    connect(queue, &QueueService::closedFinished, this, &MainWindow::closedLoaded);
    connect(queue, &QueueService::refetched, this,
            [this](const QueueService::Entries& entries, const QList<qint64>& missing) {
                applyChanged(std::move(*entries), missing);
            });
    connect(queue, &QueueService::searchMatched, this,
            [this](const QString& text, const QList<qint64>& ids, bool firstPage) {
                if (text != m_searchEdit->text()) {
                    return;
                }
                if (firstPage) {
                    m_queueProxy->setSearchMatches(text, ids);
                    emit searchFirstShown(text);
                } else {
                    m_queueProxy->addSearchMatches(text, ids);
                }
                fetchMissingMatches(text, ids);
            });
    connect(queue, &QueueService::searchFinished, this, [this](const QString& text) {
        if (text == m_searchEdit->text()) {
            emit searchShown(text);
        }
    });
    connect(queue, &QueueService::failed, this, [this](const QString& message, bool loading) {
        if (loading) {
            const QString sentence = tr("Cannot read the tickets: %1").arg(message);
            statusBar()->showMessage(sentence);
            emit loadFailed(sentence);
        } else {
            statusBar()->showMessage(message, 8000);
        }
    });
}

void MainWindow::connectSync()
{
    QueueService* queue = &m_session->queue();
    QueueSync* sync = &m_session->sync();
    // A burst of changes from other desktops is one refetch on the worker, one model update.
    connect(sync, &QueueSync::ticketsChanged, queue, &QueueService::refetch);
    connect(sync, &QueueSync::reloadNeeded, this, &MainWindow::loadData);
    // Another desktop (or the CLI) changed the shared settings, policy or calendar.
    connect(sync, &QueueSync::configurationChanged, this, [this] {
        rebuildEngine();
        loadData();
    });
    connect(sync, &QueueSync::statusChanged, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(sync, &QueueSync::connectionChanged, this, [this](bool connected, const QString& message) {
        m_outageLabel->setText(message);
        m_outageLabel->setVisible(!connected);
        m_databaseLabel->setVisible(connected); // the outage sentence names the database
        if (connected) {
            statusBar()->showMessage(tr("Connected again to %1").arg(m_location.displayName()), 10000);
        } else {
            statusBar()->clearMessage(); // a stale passing message would only confuse
        }
    });
}

void MainWindow::rebuildEngine()
{
    // The calendar, the policy table, the thresholds and the shortened-day rule all come
    // from the database, as for every other desktop, the CLI and the reports.
    auto sla = TicketSla::load(m_session->database());
    if (!sla) {
        statusBar()->showMessage(tr("SLA policy: %1").arg(sla.error().toString()));
        m_engine = std::make_shared<SlaEngine>(ProductionCalendar {});
    } else {
        const SlaEngine& loaded = sla.value()->engine();
        m_engine = std::make_shared<SlaEngine>(loaded.calendar(), loaded.settings(), loaded.policy());
    }
    m_queueModel->setEngine(m_engine);
    m_session->queue().setEngine(m_engine);
    if (!m_ticketService || &m_ticketService->database() != &m_session->database()) {
        m_ticketService = std::make_unique<TicketService>(m_session->database(), m_actor);
    }
    m_ticketActions->setContext(m_ticketService.get(), m_engine.get());
    m_detail->setContext(m_ticketService.get(), m_engine.get());
}

void MainWindow::loadData()
{
    if (!openDatabase()) {
        emit loadFailed(m_databaseLabel->text());
        return;
    }
    // The window stays responsive: the worker reads, the queue fills when it answers.
    if (m_queueModel->rowCount() == 0) {
        m_detailPlaceholder->setText(tr("Loading tickets…"));
    }
    m_session->queue().load();
}

void MainWindow::showSnapshot(ConsoleSnapshot snapshot)
{
    const qint64 keep = currentTicketId();
    const int scroll = m_queueView->verticalScrollBar()->value();
    identifyActor(snapshot.users);
    m_snapshot = std::move(snapshot);
    const bool firstLoad = m_projectsModel->rowCount() == 0;
    m_queueModel->setEntries(std::move(m_snapshot.entries));
    m_snapshot.entries.clear();
    if (firstLoad) {
        m_projectsModel->setProjects(m_snapshot.projects);
        m_projectsView->expandAll();
        m_projectsView->setCurrentIndex(m_projectsModel->index(0, 0));
    }
    m_detailPlaceholder->setText(
        tr("Select a ticket to see its clocks, history and the project's account manager, programmer and tester."));
    refreshSummary();
    m_queueProxy->setCurrentUserId(m_actor.userId);
    if (m_ticketService) {
        m_ticketService->setActor(m_actor);
    }
    m_ticketActions->setPeople(m_actor, m_snapshot.users, m_snapshot.projects);
    m_detail->setPeople(m_snapshot.users, m_snapshot.projects);
    m_detail->setActor(m_actor);
    announceHeldEscalations();
    m_queueModel->tick();
    m_queueModel->startTicking();
    const int row = m_queueModel->rowOfTicket(keep);
    if (row >= 0) {
        m_queueView->setCurrentIndex(m_queueProxy->mapFromSource(m_queueModel->index(row, 0)));
    }
    m_queueView->verticalScrollBar()->setValue(scroll);
    updateQueueFeedback();
    m_toolWindows->attach(m_session.get(), m_actor);
    emit dataLoaded();
    loadClosedTickets();
}

void MainWindow::identifyActor(const QList<User>& users)
{
    // On PostgreSQL the login is who acts; the login setting counts on SQLite only.
    auto actor = SessionIdentity::actor(m_session->database(), {}, ConsoleSettings::login());
    m_actor = actor ? *actor : Actor { 0, ConsoleSettings::login(), {} };
    if (m_actor.userId == 0 && m_askIdentity && !m_identityAsked && !m_location.isPostgres() && !users.isEmpty()) {
        m_identityAsked = true;
        // Not one of this database's people: "My tickets" would stay empty and actions
        // would be recorded under a stranger's name. Asked once the queue is up.
        QTimer::singleShot(0, this, [this, users] { askIdentity(users); });
    }
}

// Closed tickets once the first screen is up (at once when asked to show them): they
// should not compete with it for the machine. A million of them would take gigabytes
// that nobody looks at: past the limit they wait until shown.
void MainWindow::loadClosedTickets()
{
    const qint64 closedCount = m_snapshot.ticketCount - m_queueModel->rowCount();
    m_closedDeferred = false;
    if (m_showClosedAction->isChecked()) {
        m_session->queue().loadClosed();
    } else if (closedCount > m_closedInBackgroundLimit) {
        m_closedDeferred = true;
        statusBar()->showMessage(
            tr("%n resolved or closed ticket(s) load when shown (View → Show resolved and closed).", nullptr,
               int(std::min<qint64>(closedCount, std::numeric_limits<int>::max()))),
            15000);
    } else {
        QTimer::singleShot(1000, this, [this] {
            if (m_session) {
                m_session->queue().loadClosed();
            }
        });
    }
}

void MainWindow::applyChanged(std::vector<QueueEntry> entries, const QList<qint64>& missing)
{
    const qint64 current = currentTicketId();
    bool currentChanged = missing.contains(current);
    for (const QueueEntry& entry : entries) {
        currentChanged = currentChanged || entry.ticket.id == current;
    }
    m_queueModel->upsertMany(std::move(entries));
    for (qint64 id : missing) {
        m_queueModel->remove(id);
    }
    updateQueueFeedback();
    if (currentChanged) {
        showCurrentTicket();
    }
}

void MainWindow::searchNow()
{
    const QString text = m_searchEdit->text();
    m_queueProxy->setSearchText(text); // the rows' own text at once; the index adds the rest
    if (m_session && !text.trimmed().isEmpty()) {
        m_session->queue().search(text);
    }
}

void MainWindow::fetchMissingMatches(const QString& text, const QList<qint64>& ids)
{
    // Resolved and closed tickets left for later are hidden anyway, except the one whose
    // number is typed (it shows whatever its status): only then are they read.
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#'))) {
        digits.remove(0, 1);
    }
    bool isNumber = false;
    digits.toLongLong(&isNumber);
    if (!m_closedDeferred || !m_session || !isNumber) {
        return;
    }
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (m_queueModel->rowOfTicket(id) < 0) {
            missing << id;
        }
        if (missing.size() >= QueueService::searchPageSize) {
            break; // hidden unless shown; showing them loads them all
        }
    }
    if (!missing.isEmpty()) {
        m_session->queue().refetch(missing);
    }
}

void MainWindow::refreshSummary()
{
    m_projectsModel->updateSummary(m_queueModel->entries());
    m_notifier->updateWorstState();
}

void MainWindow::reloadTicket(qint64 ticketId)
{
    if (!m_session) {
        return;
    }
    auto entry = m_session->queue().ticketNow(ticketId, m_snapshot.projects, *m_engine);
    if (!entry) {
        statusBar()->showMessage(entry.error().toString(), 8000);
        return;
    }
    m_queueModel->upsert(std::move(entry.value()));
    if (currentTicketId() == ticketId) {
        showCurrentTicket();
    }
}

} // namespace dd
