#pragma once

#include "core/domain/Vocabulary.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// The status flow of docs/rules.md#tickets as pure functions, so the CLI, the console and the
// storage refuse the same moves:
//   new → registered → waiting (with a reason) ↔ registered → resolved → closed;
//   reopened by the client (from resolved, closed, out-of-scope, development);
//   out-of-scope and development from any open status.
class TicketFlow
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketFlow)

public:
    static QList<TicketStatus> allowedTargets(TicketStatus from);
    // Ok when `from` may become `to` with `reason`. Waiting needs a reason, nothing else
    // takes one; waiting → waiting with another reason is a change of reason.
    static Status checkTransition(TicketStatus from, TicketStatus to, std::optional<WaitingReason> reason);
    // The history events (TicketEventRecord types) a status change records, in order:
    // leaving `waiting` stops the pause before whatever comes next starts.
    static QStringList eventTypes(TicketStatus from, TicketStatus to);
    static bool isOpen(TicketStatus status);
};

} // namespace dd
