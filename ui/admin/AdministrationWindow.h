#pragma once

#include "core/domain/Actor.h"
#include "ui/admin/AdministrationService.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace dd {

class CalendarTab;
class Database;
class ProjectsTab;
class SharedSettingsTab;
class TariffPolicyTab;
class TemplatesTab;
class UsersTab;

// Running the service from the console (issue 17): one tab per thing an administrator
// changes — shared settings, tariffs and policies, the calendar, users, projects,
// acknowledgment templates. Every edit goes through core/storage (validated, versioned: a stale edit
// is refused naming who changed what, the input stays in the form). MainWindow shows it
// to administrators only (ToolWindows).
class AdministrationWindow : public QDialog
{
    Q_OBJECT

public:
    AdministrationWindow(const Database& database, const Actor& actor, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }

signals:
    // Something every desktop computes with changed (settings, policy, calendar).
    void configurationChanged();

public slots:
    // Re-reads every tab (another desktop changed something).
    void reload();

private:
    AdministrationService m_service; // before the tabs, which hold it
    QTabWidget* m_tabs;
    SharedSettingsTab* m_settings;
    TariffPolicyTab* m_tariffs;
    CalendarTab* m_calendar;
    UsersTab* m_users;
    ProjectsTab* m_projects;
    TemplatesTab* m_templates;
};

// The sentence shown under a form after a save: green when done, red with the reason
// when refused (a stale edit, a bad value) — the form keeps what was typed.
void showOutcome(QLabel* label, const QString& error, const QString& done);

} // namespace dd
