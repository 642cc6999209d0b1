#pragma once

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

class ConversationWidget;
class SlaEngine;
class TicketService;
class TriageEditor;
class WorkLogWidget;

// The selected ticket, the engineer's workspace (issue 15): every field, triage editable
// after registration (TriageEditor), the project's account manager, programmer and tester
// with their contacts, each clock with the windows that counted (docs/rules.md#arithmetic),
// the history timeline with every typed text in full, and the conversation with its reply
// editor (ConversationWidget). Reads and writes go through the TicketService it is given.
class TicketDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TicketDetailWidget(QWidget* parent = nullptr);

    void setContext(const TicketService* service, const SlaEngine* engine);
    // Who logs work from the pane's "Work log" tab (the console's user).
    void setActor(const Actor& actor);
    void setPeople(const QList<User>& users, const QList<Project>& projects);
    void showTicket(const QueueEntry& entry);
    qint64 ticketId() const { return m_ticketId; }
    WorkLogWidget* workLog() const { return m_workLog; }
    ConversationWidget* conversation() const { return m_conversation; }
    TriageEditor* triage() const { return m_triage; }
    // Opens the Messages tab with the cursor in the editor: a reply, or a note.
    void compose(bool note);

signals:
    void ticketChanged(qint64 ticketId);

private:
    QWidget* createOverview();
    void fillFields(const QueueEntry& entry);
    void fillPeople(const Project* project);
    void fillClocks(const QueueEntry& entry);
    QString explanationText(const QueueEntry& entry, const TicketClock& clock) const;
    int fillHistory(qint64 ticketId); // the latest rating in it, 0 when none
    void fillMessages(const Ticket& ticket);
    QString personText(qint64 userId) const;

    const TicketService* m_service = nullptr;
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
    ConversationWidget* m_conversation = nullptr;
    TriageEditor* m_triage = nullptr;
    WorkLogWidget* m_workLog = nullptr;
    Actor m_actor;
};

} // namespace dd
