#pragma once

#include "core/domain/Ticket.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace dd {

// The request's details in a TicketChange (issue 15): page URL and steps to reproduce.
// Adds the column assignments, their values and one history event per changed field;
// refuses a page URL that is not an http(s) address.
Status detailChanges(const TicketChange& change, const Ticket& current, QStringList& assignments, QVariantList& values,
                     QList<std::pair<QString, QJsonObject>>& events);

} // namespace dd
