#pragma once

#include <QUrl>

#include "core/domain/Actor.h"
#include "core/domain/Project.h"
#include "core/domain/User.h"
#include "ui/queue/QueueEntry.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QVBoxLayout;

namespace dd {

class Database;
class SlaEngine;
class WorkLogWidget;

// The selected ticket: every field, the project's account manager, programmer and
// tester with their contacts, each clock with the windows that counted (docs/rules.md#arithmetic),
// the history timeline, and the messages with their attachments.
class TicketDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TicketDetailWidget(QWidget* parent = nullptr);

    void setContext(const Database* database, const SlaEngine* engine);
    // Who logs work from the pane's "Work log" tab (the console's user).
    void setActor(const Actor& actor);
    void setPeople(const QList<User>& users, const QList<Project>& projects);
    void showTicket(const QueueEntry& entry);
    qint64 ticketId() const { return m_ticketId; }
    WorkLogWidget* workLog() const { return m_workLog; }

private:
    QWidget* createOverview();
    void fillFields(const QueueEntry& entry);
    void fillPeople(const Project* project);
    void fillClocks(const QueueEntry& entry);
    QString explanationText(const QueueEntry& entry, const TicketClock& clock) const;
    int fillHistory(qint64 ticketId); // the latest rating in it, 0 when none
    void fillMessages(qint64 ticketId);
    // "Save original…" under an e-mail: the mail as it arrived (docs/mail-intake.md#damage).
    void saveOriginal(const QUrl& link);
    QString personText(qint64 userId) const;

    const Database* m_database = nullptr;
    const SlaEngine* m_engine = nullptr;
    QHash<qint64, User> m_users;
    QHash<qint64, Project> m_projects;
    qint64 m_ticketId = 0;

    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_fields = nullptr;
    QLabel* m_accountManager = nullptr;
    QLabel* m_programmer = nullptr;
    QLabel* m_tester = nullptr;
    QVBoxLayout* m_clocksLayout = nullptr;
    QLabel* m_description = nullptr;
    QTreeWidget* m_history = nullptr;
    QTextBrowser* m_messages = nullptr;
    WorkLogWidget* m_workLog = nullptr;
    Actor m_actor;
};

} // namespace dd
