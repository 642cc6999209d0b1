#pragma once

#include "core/domain/Ticket.h"
#include "core/domain/TicketEventRecord.h"

#include <QList>

namespace dd {

// A ticket with its whole append-only history: the input every report figure is
// recomputed from (docs/rules.md#tickets: "from which every SLA figure can be recomputed").
struct TicketHistory
{
    Ticket ticket;
    QList<TicketEventRecord> history; // oldest first
    QString clientName;
};

} // namespace dd
