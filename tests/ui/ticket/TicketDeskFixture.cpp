#include "tests/ui/ticket/TicketDeskFixture.h"

#include "core/schema/SchemaCatalog.h"
#include "core/storage/TicketRepository.h"
#include "tests/support/TestRows.h"

namespace dd::test {

Result<TicketDesk> openTicketDesk(const DatabaseLocation& location, const QString& clientName)
{
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(location, options);
    if (!opened) {
        return opened.error();
    }
    TicketDesk desk;
    desk.db = std::move(opened).value();
    auto anna = insertUser(*desk.db, QStringLiteral("anna"));
    auto boris = anna ? insertUser(*desk.db, QStringLiteral("boris")) : anna;
    auto client = boris ? insertClient(*desk.db, clientName) : boris;
    auto project = client ? insertProject(*desk.db, *client, QStringLiteral("romashka"), *anna) : client;
    if (!project) {
        return project.error();
    }
    desk.annaId = *anna;
    desk.projectId = *project;
    return desk;
}

Result<Ticket> fileWithClientMail(const Database& db, const Ticket& draft, const QString& body)
{
    auto filed = TicketRepository(db).add(draft, Actor { 0, QStringLiteral("intake"), {} });
    if (!filed) {
        return filed;
    }
    auto mail = db.run(
        QStringLiteral("INSERT INTO messages (ticket_id, direction, channel, message_id, sender, subject, body, "
                       "received_at) VALUES (?, 'in', 'email', ?, 'olga@romashka.ru', ?, ?, ?)"),
        { filed->id, QStringLiteral("m%1@romashka.ru").arg(filed->id), draft.subject, body, toEpoch(draft.arrived) });
    if (!mail) {
        return mail.error();
    }
    return filed;
}

Status registerTicket(const Database& db, const Ticket& ticket, const QString& login,
                      const std::optional<QString>& category, const QString& comment)
{
    TicketChange change;
    change.ticketId = ticket.id;
    change.expectedVersion = ticket.version;
    change.status = TicketStatus::Registered;
    change.category = category;
    change.comment = comment;
    auto done = TicketRepository(db).update(change, Actor { 0, login, {} });
    if (!done) {
        return done.error();
    }
    return Done {};
}

} // namespace dd::test
