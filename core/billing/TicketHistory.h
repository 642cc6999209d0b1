#pragma once

#include "domain/Ticket.h"
#include "domain/TicketEventRecord.h"

#include <QList>

namespace dd {

// A ticket with its whole append-only history: the input every report figure is
// recomputed from (SPEC §4: "from which every SLA figure can be recomputed").
struct TicketHistory
{
    Ticket ticket;
    QList<TicketEventRecord> history; // oldest first
    QString clientName;
};

} // namespace dd
