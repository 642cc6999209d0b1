#include "ui/admin/AdministrationWindow.h"

#include "ui/admin/CalendarTab.h"
#include "ui/admin/ProjectsTab.h"
#include "ui/admin/SharedSettingsTab.h"
#include "ui/admin/TariffPolicyTab.h"
#include "ui/admin/TemplatesTab.h"
#include "ui/admin/UsersTab.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd {

AdministrationWindow::AdministrationWindow(const Database& database, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_service(database)
    , m_tabs(new QTabWidget(this))
    , m_settings(new SharedSettingsTab(m_service, actor, m_tabs))
    , m_tariffs(new TariffPolicyTab(m_service, m_tabs))
    , m_calendar(new CalendarTab(m_service, actor, m_tabs))
    , m_users(new UsersTab(m_service, actor, m_tabs))
    , m_projects(new ProjectsTab(m_service, m_tabs))
    , m_templates(new TemplatesTab(m_service, actor, m_tabs))
{
    setObjectName(QStringLiteral("administrationWindow"));
    setWindowTitle(tr("Administration"));
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->addTab(m_settings, tr("Settings"));
    m_tabs->addTab(m_tariffs, tr("Tariffs && policies"));
    m_tabs->addTab(m_calendar, tr("Calendar"));
    m_tabs->addTab(m_users, tr("Users"));
    m_tabs->addTab(m_projects, tr("Projects"));
    m_tabs->addTab(m_templates, tr("Templates"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(m_settings, &SharedSettingsTab::changed, this, &AdministrationWindow::configurationChanged);
    connect(m_tariffs, &TariffPolicyTab::changed, this, &AdministrationWindow::configurationChanged);
    connect(m_calendar, &CalendarTab::changed, this, &AdministrationWindow::configurationChanged);
    connect(m_projects, &ProjectsTab::changed, this, &AdministrationWindow::configurationChanged);
    resize(980, 640);
    reload();
}

void AdministrationWindow::reload()
{
    m_settings->reload();
    m_tariffs->reload();
    m_calendar->reload();
    m_users->reload();
    m_projects->reload();
    m_templates->reload();
}

void showOutcome(QLabel* label, const QString& error, const QString& done)
{
    label->setText(error.isEmpty() ? done : error);
    label->setStyleSheet(error.isEmpty() ? QStringLiteral("color: #1b5e20") : QStringLiteral("color: #b71c1c"));
}

} // namespace dd
