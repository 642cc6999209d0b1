#include "ui/ToolWindows.h"

#include "core/storage/CalendarRepository.h"
#include "core/storage/SessionIdentity.h"
#include "core/storage/SharedSettings.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"
#include "ui/ConsoleSession.h"
#include "ui/admin/AdministrationWindow.h"
#include "ui/intake/QuarantineDialog.h"
#include "ui/regression/RegressionScheduleWidget.h"
#include "ui/reports/MonthlyReportDialog.h"
#include "ui/reports/SlaDashboardWidget.h"
#include "ui/widgets/BreachDockWidget.h"

#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace dd {

ToolWindows::ToolWindows(QMainWindow* window, QTabWidget* tabs, BreachDockWidget* breachDock)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_breachDock(breachDock)
{ }

void ToolWindows::addMenus(QMenuBar* menuBar)
{
    QMenu* testingMenu = menuBar->addMenu(tr("Te&sting"));
    QAction* scheduleAction = testingMenu->addAction(tr("Regression &schedule"));
    scheduleAction->setObjectName(QStringLiteral("testingScheduleAction"));
    scheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(scheduleAction, &QAction::triggered, this, &ToolWindows::showTestingSchedule);

    QMenu* reportsMenu = menuBar->addMenu(tr("&Reports"));
    QAction* dashboardAction = reportsMenu->addAction(tr("SLA &dashboard"));
    dashboardAction->setObjectName(QStringLiteral("slaDashboardAction"));
    connect(dashboardAction, &QAction::triggered, this, &ToolWindows::openDashboard);
    QAction* monthlyAction = reportsMenu->addAction(tr("&Monthly report…"));
    monthlyAction->setObjectName(QStringLiteral("monthlyReportAction"));
    connect(monthlyAction, &QAction::triggered, this, &ToolWindows::openMonthlyReport);

    QMenu* mailMenu = menuBar->addMenu(tr("&Mail"));
    QAction* quarantineAction = mailMenu->addAction(tr("&Quarantine…"));
    quarantineAction->setObjectName(QStringLiteral("quarantineAction"));
    connect(quarantineAction, &QAction::triggered, this, &ToolWindows::openQuarantine);

    // Administrators only: attach() shows it once the database says who works here.
    m_adminMenu = menuBar->addMenu(tr("&Administration"));
    m_adminMenu->setObjectName(QStringLiteral("administrationMenu"));
    m_adminMenu->menuAction()->setVisible(false);
    QAction* adminAction = m_adminMenu->addAction(tr("&Administration…"));
    adminAction->setObjectName(QStringLiteral("administrationAction"));
    connect(adminAction, &QAction::triggered, this, &ToolWindows::openAdministration);
}

void ToolWindows::attach(const ConsoleSession* session, const Actor& actor)
{
    m_session = session;
    m_actor = actor;
    if (!m_session) {
        return;
    }
    if (!m_schedule) {
        m_schedule = new RegressionScheduleWidget(m_session->database(), m_actor, m_tabs);
        m_tabs->addTab(m_schedule, tr("Testing schedule"));
        connect(m_schedule, &RegressionScheduleWidget::overdueRunsChanged, this, &ToolWindows::updateOverdueRuns);
    } else {
        m_schedule->setActor(m_actor);
    }
    m_schedule->refresh();
    updateOverdueRuns();
    const bool administers = SessionIdentity::requireAdmin(m_session->database(), m_actor).ok();
    if (m_adminMenu) {
        m_adminMenu->menuAction()->setVisible(administers);
    }
    // Sixty days before the calendar runs out, administrators are told to load the next year.
    auto calendar = effectiveCalendar(m_session->database());
    const auto end = calendar ? calendarRunsOutSoon(*calendar, toMoscow(Clock::current().nowUtc()).date())
                              : std::optional<QDate>();
    if (administers && end) {
        m_window->statusBar()->showMessage(
            tr("The production calendar ends on %1: import the next year (Administration → Calendar).")
                .arg(QLocale().toString(*end, QLocale::LongFormat)));
    }
}

void ToolWindows::openAdministration()
{
    if (!m_session) {
        return;
    }
    auto* window = new AdministrationWindow(m_session->database(), m_actor, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &AdministrationWindow::configurationChanged, this, &ToolWindows::configurationChanged);
    window->show();
}

void ToolWindows::showTestingSchedule()
{
    if (m_schedule) {
        m_tabs->setCurrentWidget(m_schedule);
    }
}

void ToolWindows::updateOverdueRuns()
{
    m_breachDock->setOverdueRuns(m_schedule ? m_schedule->overdueEntries() : QList<ScheduleEntry> {});
}

void ToolWindows::openMonthlyReport()
{
    if (!m_session) {
        return;
    }
    auto* dialog
        = new MonthlyReportDialog(m_session->reports(), Clock::current().nowUtc().toSecsSinceEpoch(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ToolWindows::openDashboard()
{
    if (!m_session) {
        return;
    }
    // A child window, shown at once: its figures are computed on the reports' worker.
    auto* dashboard = new SlaDashboardWidget(m_window);
    dashboard->setWindowFlag(Qt::Window);
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    dashboard->resize(1280, 900);
    connect(dashboard, &SlaDashboardWidget::loadFailed, m_window,
            [this](const QString& message) { QMessageBox::warning(m_window, tr("SLA dashboard"), message); });
    connect(dashboard, &SlaDashboardWidget::ticketOpenRequested, this, &ToolWindows::ticketOpenRequested);
    connect(dashboard, &SlaDashboardWidget::projectOpenRequested, this, &ToolWindows::projectOpenRequested);
    dashboard->load(&m_session->reports(), m_actor, Clock::current().nowUtc().toSecsSinceEpoch());
    dashboard->show();
}

void ToolWindows::openQuarantine()
{
    if (!m_session) {
        return;
    }
    // Releasing a message queues its acknowledgment, sent from the support mailbox.
    // The shared address (every desktop and the intake send from the same mailbox).
    auto address = SharedSettings::text(m_session->database(), setting::supportAddress);
    if (!address) {
        QMessageBox::warning(m_window, tr("Quarantine"), address.error().message);
        return;
    }
    const MailAddress supportAddress { *address, tr("Technical support") };
    auto* dialog = new QuarantineDialog(m_session->database(), m_actor, supportAddress, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace dd
