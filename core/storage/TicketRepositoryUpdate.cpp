// TicketRepository::update: a versioned change of a ticket's fields. What it writes is
// planned in TicketChangePlan; here the version check, the write and the conflict.
#include "core/storage/TicketRepository.h"

#include "core/domain/TicketEventText.h"
#include "core/storage/Database.h"
#include "core/storage/TicketChangePlan.h"

#include <QCoreApplication>

namespace dd {

namespace {

// Writes the planned columns if the ticket is still at the expected version: the check
// and the write are one statement, so whoever commits first wins and the other matches
// no row (PostgreSQL re-checks the WHERE after the row lock). False: no row matched.
Result<bool> writeTicketRow(const Database& database, const TicketChange& change, TicketChangePlan plan)
{
    plan.assignments << QStringLiteral("version = version + 1")
                     << QStringLiteral("updated_at = %1").arg(database.nowSql());
    plan.values << change.ticketId << change.expectedVersion;
    auto updated = database.run(QStringLiteral("UPDATE tickets SET %1 WHERE id = ? AND version = ?")
                                    .arg(plan.assignments.join(QStringLiteral(", "))),
                                plan.values);
    if (!updated) {
        return updated.error();
    }
    return updated.value().numRowsAffected() == 1;
}

} // namespace

Result<Ticket> TicketRepository::update(const TicketChange& change, const Actor& actor, TicketConflict* conflict) const
{
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto read = get(change.ticketId);
    if (!read) {
        return read.error();
    }
    const Ticket& current = *read;
    if (change.expectedVersion > current.version || change.expectedVersion < 1) {
        return Error { TicketRepository::tr("ticket #%1 is at version %2; there is no version %3")
                           .arg(current.number)
                           .arg(current.version)
                           .arg(change.expectedVersion) };
    }
    if (current.version != change.expectedVersion) {
        // Nothing was written; ending the read cannot lose data, and the conflict is what the user must hear.
        static_cast<void>(transaction.commit());
        return conflictError(change, conflict);
    }
    auto plan = planTicketChange(m_database, change, current);
    if (!plan) {
        return plan.error();
    }
    auto written = writeTicketRow(m_database, change, *plan);
    if (!written) {
        return written.error();
    }
    if (!*written) {
        // No row matched, nothing was written: the conflict is the news, not how the empty transaction ended.
        static_cast<void>(transaction.commit());
        return conflictError(change, conflict);
    }
    const qint64 newVersion = change.expectedVersion + 1;
    for (const auto& [type, data] : plan->events) {
        if (auto done
            = appendEvent(change.ticketId, newVersion, type, QVariant(QMetaType::fromType<qint64>()), data, actor);
            !done) {
            return done.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return get(change.ticketId);
}

Error TicketRepository::conflictError(const TicketChange& change, TicketConflict* conflict) const
{
    // Read after the refused write's transaction ended, so the winner's rows are visible.
    auto current = get(change.ticketId);
    if (!current) {
        return current.error();
    }
    auto newer = events(change.ticketId, change.expectedVersion);
    if (!newer) {
        return newer.error();
    }
    const QString message = TicketEventText::conflictMessage(current->number, *newer);
    if (conflict) {
        *conflict = TicketConflict { change.ticketId,  current->number, change.expectedVersion,
                                     current->version, *newer,          message };
    }
    return Error { message };
}

} // namespace dd
