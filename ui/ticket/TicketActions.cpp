#include "ui/ticket/TicketActions.h"

#include "core/domain/TicketFlow.h"
#include "ui/queue/QueueEntry.h"
#include "ui/ticket/ClientMessageDialog.h"
#include "ui/ticket/RatingDialog.h"
#include "ui/ticket/RegisterDialog.h"
#include "ui/ticket/TicketChangeDialog.h"
#include "ui/ticket/TicketService.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace dd {

TicketActions::TicketActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    struct Spec
    {
        const char* name;
        QString text;
        QKeySequence shortcut;
    };
    const Spec specs[KindCount] = {
        { "registerAction", tr("Re&gister…"), QKeySequence(Qt::CTRL | Qt::Key_G) },
        { "takeItAction", tr("&Take it"), QKeySequence(Qt::CTRL | Qt::Key_I) },
        { "replyAction", tr("Re&ply…"), QKeySequence(Qt::CTRL | Qt::Key_R) },
        { "noteAction", tr("&Note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
        { "clientMessageAction", tr("Client's &message by phone…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) },
        // Not Ctrl+P nor Ctrl+O: those are Print and Open everywhere else.
        { "postponeAction", tr("&Postpone…"), QKeySequence(Qt::CTRL | Qt::Key_H) },
        { "resumeAction", tr("Res&ume"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
        { "resolveAction", tr("Re&solve…"), QKeySequence(Qt::CTRL | Qt::Key_Return) },
        { "closeAction", tr("&Close"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return) },
        { "outOfScopeAction", tr("&Out of scope…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X) },
        { "developmentAction", tr("Hand to &development…"), QKeySequence(Qt::CTRL | Qt::Key_D) },
        { "escalateAction", tr("Mark &escalated"), QKeySequence(Qt::CTRL | Qt::Key_E) },
        { "reopenAction", tr("Reope&n"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) },
        { "rateAction", tr("Record client &rating…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G) },
    };
    for (int kind = 0; kind < KindCount; ++kind) {
        auto* action = new QAction(specs[kind].text, this);
        action->setObjectName(QLatin1String(specs[kind].name));
        action->setShortcut(specs[kind].shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, kind] { trigger(static_cast<Kind>(kind)); });
        m_actions[kind] = action;
        window->addAction(action);
    }
}

void TicketActions::setContext(const TicketService* service, const SlaEngine* engine)
{
    m_service = service;
    m_engine = engine;
}

void TicketActions::setPeople(const Actor& actor, const QList<User>& users, const QList<Project>& projects)
{
    m_actor = actor;
    m_users = users;
    m_projects = projects;
}

void TicketActions::setTicket(const QueueEntry* entry)
{
    m_ticket = entry ? std::optional<Ticket>(entry->ticket) : std::nullopt;
    updateEnabled();
}

void TicketActions::addToMenu(QMenu* menu) const
{
    for (int kind = 0; kind < KindCount; ++kind) {
        if (kind == Reply || kind == Postpone || kind == Resolve || kind == OutOfScope || kind == Reopen) {
            menu->addSeparator();
        }
        menu->addAction(m_actions[kind]);
    }
}

void TicketActions::updateEnabled()
{
    const bool have = m_ticket && m_service;
    const TicketStatus status = have ? m_ticket->status : TicketStatus::Closed;
    const QList<TicketStatus> targets = have ? TicketFlow::allowedTargets(status) : QList<TicketStatus>();
    m_actions[Register]->setEnabled(targets.contains(TicketStatus::Registered) && status != TicketStatus::Waiting);
    m_actions[TakeIt]->setEnabled(have && TicketFlow::isOpen(status) && status != TicketStatus::New
                                  && m_actor.userId != 0 && m_ticket->assigneeId != m_actor.userId);
    m_actions[Reply]->setEnabled(have && TicketFlow::isOpen(status));
    m_actions[Note]->setEnabled(have);
    m_actions[ClientMessage]->setEnabled(have);
    m_actions[Postpone]->setEnabled(targets.contains(TicketStatus::Waiting));
    m_actions[Resume]->setEnabled(have && status == TicketStatus::Waiting);
    m_actions[Resolve]->setEnabled(targets.contains(TicketStatus::Resolved));
    m_actions[Close]->setEnabled(targets.contains(TicketStatus::Closed));
    m_actions[OutOfScope]->setEnabled(targets.contains(TicketStatus::OutOfScope));
    m_actions[Development]->setEnabled(targets.contains(TicketStatus::Development));
    m_actions[Escalate]->setEnabled(have && !m_ticket->escalated);
    m_actions[Reopen]->setEnabled(targets.contains(TicketStatus::Reopened));
    m_actions[Rate]->setEnabled(have && (status == TicketStatus::Resolved || status == TicketStatus::Closed));
}

void TicketActions::trigger(Kind kind)
{
    if (!m_ticket || !m_service || !m_actions[kind]->isEnabled()) {
        return;
    }
    TicketDialog* dialog = nullptr;
    if (kind == Reply || kind == Note) {
        emit composeRequested(kind == Note);
        return;
    }
    if (kind == Register) {
        dialog = openRegister();
    } else if (kind == Rate) {
        dialog = openRating();
    } else if (kind == ClientMessage) {
        dialog = openClientMessage();
    } else if (kind == Close || kind == Escalate) {
        confirmDirect(kind);
        return;
    } else if (kind == Resume || kind == Reopen || kind == TakeIt) {
        applyDirect(kind);
        return;
    } else {
        dialog = openChange(kind);
    }
    dialog->setTicketId(m_ticket->id);
    dialog->setExpectedVersion(m_ticket->version);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

TicketDialog* TicketActions::openRegister()
{
    qint64 programmer = 0;
    for (const Project& project : std::as_const(m_projects)) {
        if (project.id == m_ticket->projectId) {
            programmer = project.programmerId;
        }
    }
    auto* dialog = new RegisterDialog(*m_ticket, m_users, programmer, m_window);
    connect(dialog, &TicketDialog::submitted, this, [this, dialog] {
        TicketChange change;
        change.status = TicketStatus::Registered;
        change.category = dialog->category();
        change.level = dialog->level();
        change.assigneeId = dialog->assigneeId();
        change.comment = dialog->comment();
        save(change, dialog);
    });
    return dialog;
}

TicketDialog* TicketActions::openRating()
{
    auto* dialog = new RatingDialog(m_ticket->number, m_window);
    connect(dialog, &TicketDialog::submitted, this, [this, dialog] {
        // A rating is an event, not a change of the ticket's fields: no version check.
        const qint64 ticketId = dialog->ticketId();
        if (auto rated = m_service->rate(ticketId, dialog->rating(), dialog->comment()); !rated) {
            dialog->showError(rated.error().toString());
            return;
        }
        dialog->accept();
        emit ticketChanged(ticketId);
    });
    return dialog;
}

TicketDialog* TicketActions::openClientMessage()
{
    auto* dialog = new ClientMessageDialog(m_ticket->number, m_window);
    connect(dialog, &TicketDialog::submitted, this, [this, dialog] {
        // A message is an event: it ends a wait, starts a follow-up clock; no version check.
        const qint64 ticketId = dialog->ticketId();
        auto recorded = m_service->clientMessage(ticketId, dialog->channel(), dialog->text(), dialog->arrived());
        if (!recorded) {
            dialog->showError(recorded.error().toString());
            return;
        }
        dialog->accept();
        emit ticketChanged(ticketId);
    });
    return dialog;
}

TicketDialog* TicketActions::openChange(Kind kind)
{
    const qint64 number = m_ticket->number;
    TicketChangeDialog* dialog = nullptr;
    switch (kind) {
    case Postpone:
        dialog = new TicketChangeDialog(tr("Postpone #%1").arg(number),
                                        tr("What the ticket waits for (the client is told):"), true, m_window);
        break;
    case Resolve:
        dialog = new TicketChangeDialog(tr("Resolve #%1").arg(number), tr("What was done:"), false, m_window);
        dialog->setObjectName(QStringLiteral("resolveDialog"));
        break;
    case OutOfScope:
        dialog = new TicketChangeDialog(tr("#%1 is out of scope").arg(number),
                                        tr("Why the request is outside technical support (§2.3.3):"), false, m_window);
        dialog->setObjectName(QStringLiteral("outOfScopeDialog"));
        dialog->setTextRequired(true);
        break;
    default:
        dialog = new TicketChangeDialog(tr("Hand #%1 to development").arg(number),
                                        tr("What the development department should estimate:"), false, m_window);
        dialog->setObjectName(QStringLiteral("developmentDialog"));
        break;
    }
    dialog->setTicketTitle(tr("#%1 %2").arg(number).arg(m_ticket->subject));
    connect(dialog, &TicketDialog::submitted, this, [this, dialog, kind] {
        TicketChange change;
        change.status = kind == Postpone ? TicketStatus::Waiting
            : kind == Resolve            ? TicketStatus::Resolved
            : kind == OutOfScope         ? TicketStatus::OutOfScope
                                         : TicketStatus::Development;
        change.waitingReason = dialog->reason();
        change.comment = dialog->text();
        save(change, dialog);
    });
    return dialog;
}

void TicketActions::applyDirect(Kind kind)
{
    TicketChange change;
    if (kind == Resume) {
        change.status = TicketStatus::Registered;
    } else if (kind == Close) {
        change.status = TicketStatus::Closed;
    } else if (kind == Reopen) {
        change.status = TicketStatus::Reopened;
    } else if (kind == TakeIt) {
        change.assigneeId = m_actor.userId;
    } else {
        change.escalated = true;
    }
    save(change, nullptr);
}

void TicketActions::confirmDirect(Kind kind)
{
    const QString question = kind == Close
        ? tr("Close #%1? The client can no longer reopen it by answering.").arg(m_ticket->number)
        : tr("Mark #%1 as escalated? The head of support sees it among the escalations.").arg(m_ticket->number);
    auto* box = new QMessageBox(QMessageBox::Question, m_actions[kind]->text().remove(QLatin1Char('&')), question,
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The version read when asked: a change made meanwhile is refused, not overwritten.
    const qint64 ticketId = m_ticket->id;
    const qint64 version = m_ticket->version;
    connect(box, &QMessageBox::accepted, this, [this, kind, ticketId, version] {
        if (!m_ticket || m_ticket->id != ticketId) {
            return;
        }
        TicketChange change;
        change.ticketId = ticketId;
        change.expectedVersion = version;
        if (kind == Close) {
            change.status = TicketStatus::Closed;
        } else {
            change.escalated = true;
        }
        save(change, nullptr);
    });
    box->open();
}

bool TicketActions::save(TicketChange change, TicketDialog* dialog)
{
    // A dialog saves against the version its input was based on, even if the console
    // has caught up with another desktop since it opened.
    const qint64 ticketId = dialog ? dialog->ticketId() : m_ticket->id;
    change.ticketId = ticketId;
    if (dialog) {
        change.expectedVersion = dialog->expectedVersion();
    } else if (change.expectedVersion == 0) {
        change.expectedVersion = m_ticket->version;
    }
    TicketConflict conflict;
    auto saved = m_service->save(change, &conflict);
    if (saved) {
        if (m_ticket->id == ticketId) {
            m_ticket = *saved;
        }
        if (dialog) {
            dialog->accept();
        }
        emit ticketChanged(ticketId);
        return true;
    }
    QString message = saved.error().toString();
    if (conflict.currentVersion != 0) {
        // The console catches up with the other desktop; the dialog keeps what was typed
        // and, applied again, saves it on top of the version now shown.
        emit ticketChanged(ticketId);
        message += QLatin1Char('\n') + tr("Your input is kept: check the ticket and apply it again, or cancel.");
        if (dialog) {
            dialog->setExpectedVersion(conflict.currentVersion);
            dialog->showConflict(message);
            return false;
        }
    }
    if (dialog) {
        dialog->showError(message);
    } else {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("The ticket was not changed"), message, QMessageBox::Ok,
                                    m_window);
        box->setObjectName(QStringLiteral("ticketErrorBox"));
        box->setTextFormat(Qt::PlainText); // the conflict quotes people's comments
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return false;
}

} // namespace dd
