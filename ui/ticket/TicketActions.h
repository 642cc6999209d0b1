#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Project.h"
#include "core/domain/Ticket.h"
#include "core/domain/User.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace dd {

class SlaEngine;
class TicketDialog;
class TicketService;
struct QueueEntry;
struct TicketChange;

// The ticket actions of docs/rules.md#tickets, each with a shortcut and a menu entry: register,
// take it, reply and note (in the pane's editor), a client's message by phone or messenger,
// postpone, resume, resolve, close, out of scope, hand to development, mark escalated;
// after resolution, the client's rating and reopening. Which are enabled follows core's
// TicketFlow. Saves go through the TicketService with the version the console read; a
// conflict keeps the dialog open with the user's input and says who changed what. Closing
// and escalating ask first; no action takes the Print/Open shortcuts (Ctrl+P, Ctrl+O).
class TicketActions : public QObject
{
    Q_OBJECT

public:
    enum Kind {
        Register,
        TakeIt,
        Reply,
        Note,
        ClientMessage,
        Postpone,
        Resume,
        Resolve,
        Close,
        OutOfScope,
        Development,
        Escalate,
        Reopen,
        Rate,
        KindCount
    };

    explicit TicketActions(QWidget* window);

    void setContext(const TicketService* service, const SlaEngine* engine);
    void setPeople(const Actor& actor, const QList<User>& users, const QList<Project>& projects);
    void setTicket(const QueueEntry* entry);
    void addToMenu(QMenu* menu) const;
    QAction* action(Kind kind) const { return m_actions[kind]; }

signals:
    void ticketChanged(qint64 ticketId);
    // Reply and Note write in the pane's editor: the window puts the cursor there.
    void composeRequested(bool note);

public slots:
    void trigger(dd::TicketActions::Kind kind);

private:
    TicketDialog* openRegister();
    TicketDialog* openChange(Kind kind);
    TicketDialog* openRating();
    TicketDialog* openClientMessage();
    void applyDirect(Kind kind);
    // Close and escalate are not undone by a click: they ask first.
    void confirmDirect(Kind kind);
    // Saves `change` against the version read; true when saved.
    bool save(TicketChange change, TicketDialog* dialog);
    void updateEnabled();

    QWidget* m_window;
    const TicketService* m_service = nullptr;
    const SlaEngine* m_engine = nullptr;
    Actor m_actor;
    QList<User> m_users;
    QList<Project> m_projects;
    std::optional<Ticket> m_ticket;
    QAction* m_actions[KindCount] = {};
};

} // namespace dd
