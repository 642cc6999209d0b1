#pragma once

#include "core/domain/Ticket.h"
#include "core/domain/TicketEventRecord.h"
#include "core/sla/LiveClock.h"
#include "core/sla/TicketClocks.h"

#include <QString>

#include <optional>
#include <vector>

namespace dd {

// One ticket as the queue holds it: the row, its clocks computed once from the history,
// and what the countdown needs to tick without going back to the database.
struct QueueEntry
{
    Ticket ticket;
    qint64 clientId = 0;
    QString clientName;
    bool open = false;
    std::vector<TicketClock> clocks;
    std::optional<TicketClock> shown; // the clock the queue shows (runningClock)
    std::optional<ClockTransitions> transitions; // when `shown` turns warning / breached
    ClockState state = ClockState::Met; // of `shown` at the model's last tick
    QString searchText; // number, subject, client and project, folded for search
};

} // namespace dd
