#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Ticket.h"
#include "core/util/Result.h"

namespace dd {

class Database;

// A failed checklist item becomes a ticket in the project's queue (docs/rules.md#regression-testing: defects
// found can become tickets): standard level, category bug-fixing, the tester's note as
// the steps to reproduce, the item's screenshots as the ticket's attachments, and the
// item linked to the ticket so it is filed once.
class DefectTickets
{
public:
    explicit DefectTickets(const Database& database);

    Result<Ticket> fromItem(qint64 itemId, const Actor& actor) const;

private:
    const Database& m_database;
};

} // namespace dd
