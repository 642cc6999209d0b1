#pragma once

#include "core/domain/Ticket.h"
#include "core/storage/Database.h"
#include "core/util/DatabaseLocation.h"
#include "core/util/Result.h"

#include <memory>

namespace dd::test {

// What the console's ticket suites start from: a SQLite database with the product's schema
// on the test's own clock (no server clock), the engineers anna and boris, one client and its
// project "romashka" with anna as account manager.
struct TicketDesk
{
    std::unique_ptr<Database> db;
    qint64 annaId = 0;
    qint64 projectId = 0;
};

Result<TicketDesk> openTicketDesk(const DatabaseLocation& location, const QString& clientName);

// A ticket filed as the intake files one (`draft`: project, subject, level, arrival), with the
// client's e-mail it came with, from olga@romashka.ru: replies answer it.
Result<Ticket> fileWithClientMail(const Database& db, const Ticket& draft, const QString& body);

// Moves the ticket to registered as `login`, with a category when one is given and a comment.
Status registerTicket(const Database& db, const Ticket& ticket, const QString& login,
                      const std::optional<QString>& category = {}, const QString& comment = {});

} // namespace dd::test
