#pragma once

#include "core/storage/TicketRepository.h"

#include <QString>
#include <QVariantList>

namespace dd {

// The SQL of a TicketFilter, shared by the ticket reads and the history reads so both
// select the same tickets in the same order.

// The WHERE clause of `filter` over `tickets t` (empty when it selects all), appending
// its values to `values`.
QString ticketFilterClause(const TicketFilter& filter, QVariantList& values);
// The order of a ticket list: by id when paging (`afterId`), else by arrival.
QString ticketOrderClause(bool byId);

} // namespace dd
