#include "core/domain/TicketFlow.h"

#include "core/domain/TicketEventRecord.h"

#include <QCoreApplication>

namespace dd {

QList<TicketStatus> TicketFlow::allowedTargets(TicketStatus from)
{
    using S = TicketStatus;
    switch (from) {
    case S::New:
        return { S::Registered, S::OutOfScope, S::Development };
    case S::Registered:
        return { S::Waiting, S::Resolved, S::OutOfScope, S::Development };
    case S::Waiting:
        // A changed reason is a waiting → waiting move; the client's answer resumes work.
        return { S::Waiting, S::Registered, S::Resolved, S::OutOfScope, S::Development };
    case S::Reopened:
        return { S::Registered, S::Waiting, S::Resolved, S::OutOfScope, S::Development };
    case S::Resolved:
        return { S::Closed, S::Reopened };
    case S::Closed:
    case S::OutOfScope:
    case S::Development:
        return { S::Reopened };
    }
    return {};
}

Status TicketFlow::checkTransition(TicketStatus from, TicketStatus to, std::optional<WaitingReason> reason)
{
    if (to == TicketStatus::Waiting && !reason) {
        return Error { TicketFlow::tr("a ticket can wait only with a reason (%1)")
                           .arg(allWaitingReasonSlugs().join(QStringLiteral(", "))) };
    }
    if (to != TicketStatus::Waiting && reason) {
        return Error { TicketFlow::tr("a reason applies only when the ticket goes to waiting") };
    }
    if (!allowedTargets(from).contains(to)) {
        if (from == to) {
            return Error { TicketFlow::tr("the ticket is already %1").arg(toSlug(to)) };
        }
        QStringList allowed;
        for (TicketStatus target : allowedTargets(from)) {
            if (target != from) {
                allowed << toSlug(target);
            }
        }
        return Error { TicketFlow::tr("a %1 ticket cannot become %2 (allowed: %3)")
                           .arg(toSlug(from), toSlug(to), allowed.join(QStringLiteral(", "))) };
    }
    return Done {};
}

QStringList TicketFlow::eventTypes(TicketStatus from, TicketStatus to)
{
    QStringList types;
    if (from == TicketStatus::Waiting && to == TicketStatus::Waiting) {
        return { ticket_event::waitingReasonChanged }; // the pause goes on
    }
    if (from == TicketStatus::Waiting && to != TicketStatus::Waiting) {
        types << ticket_event::waitingEnded;
    }
    switch (to) {
    case TicketStatus::Registered:
        // Back from waiting is no new registration: the reaction clock stopped long ago.
        if (from != TicketStatus::Waiting) {
            types << ticket_event::registered;
        }
        break;
    case TicketStatus::Waiting:
        types << ticket_event::waitingStarted;
        break;
    case TicketStatus::Resolved:
        types << ticket_event::resolved;
        break;
    case TicketStatus::Closed:
        types << ticket_event::closed;
        break;
    case TicketStatus::Reopened:
        types << ticket_event::reopened;
        break;
    case TicketStatus::OutOfScope:
        types << ticket_event::outOfScope;
        break;
    case TicketStatus::Development:
        types << ticket_event::development;
        break;
    case TicketStatus::New:
        break;
    }
    return types;
}

bool TicketFlow::isOpen(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Registered || status == TicketStatus::Waiting
        || status == TicketStatus::Reopened;
}

} // namespace dd
