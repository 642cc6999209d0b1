#pragma once

#include "core/domain/Ticket.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace dd {

class Database;

// What TicketRepository::update writes for one TicketChange: the column assignments of
// the ticket row with their values, and the history events that record them.
struct TicketChangePlan
{
    QStringList assignments;
    QVariantList values;
    QList<std::pair<QString, QJsonObject>> events;
};

// Checks `change` against the ticket as read (`current`) and plans its write: one
// assignment and one history event per field that really changes, a comment event for a
// comment. Refuses a transition the status flow forbids, an unknown level or assignee,
// a page URL that is not an http(s) address, and a change that changes nothing.
Result<TicketChangePlan> planTicketChange(const Database& database, const TicketChange& change, const Ticket& current);

} // namespace dd
