#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Ticket.h"
#include "core/domain/TicketEventRecord.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace dd {

class Database;

struct TicketFilter
{
    qint64 projectId = 0; // 0 = all projects
    std::optional<TicketStatus> status;
    QString level; // empty = all
    // true: the open ones (new, registered, waiting, reopened — TicketFlow::isOpen);
    // false: resolved, closed and the rest.
    std::optional<bool> open;
    bool escalatedOnly = false; // tickets with an open escalation (an indexed read)
    QList<qint64> ids; // only these tickets (at most a few hundred: one bound value each)
    // Paging through a long list: only tickets with a greater id, in id order (the
    // primary key: no sort, however many tickets there are).
    std::optional<qint64> afterId;
    int limit = 0; // 0 = no limit
};

// What an update changes; unset fields stay as they are. `expectedVersion` is the
// version the caller read: if anyone saved in between, nothing is written (docs/rules.md#shared-database).
struct TicketChange
{
    qint64 ticketId = 0;
    qint64 expectedVersion = 0;
    std::optional<TicketStatus> status;
    std::optional<WaitingReason> waitingReason; // with status waiting
    std::optional<qint64> assigneeId; // 0 = unassign
    std::optional<QString> level;
    std::optional<QString> category;
    std::optional<bool> escalated;
    std::optional<QString> pageUrl; // empty clears; otherwise an http(s) URL
    std::optional<QString> stepsToReproduce;
    QString comment;
};

// Why an update was refused: the ticket moved on since the caller read it.
struct TicketConflict
{
    qint64 ticketId = 0;
    qint64 number = 0;
    qint64 expectedVersion = 0;
    qint64 currentVersion = 0;
    QList<TicketEventRecord> newerEvents;
    QString message;
};

// Tickets and their append-only history. Every change writes the ticket row and its
// history rows in one transaction, stamped with the database server's clock.
class TicketRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketRepository)

public:
    explicit TicketRepository(const Database& database);

    // Files a new ticket (status new) and records its arrival.
    Result<Ticket> add(const Ticket& draft, const Actor& actor) const;
    // What add() checks before writing (subject, level, arrival, page address, calendar
    // year), and the data of the arrival event it records: shared with the mail intake's
    // one-round-trip filing on PostgreSQL (IntakeStore::fileTicket).
    Status checkNew(const Ticket& draft) const;
    static QJsonObject arrivalData(const Ticket& draft);
    Result<Ticket> get(qint64 id) const;
    Result<std::optional<Ticket>> findByNumber(qint64 number) const;
    Result<QList<Ticket>> list(const TicketFilter& filter) const;
    // The tickets among `ids` that exist and this login may see, for the refetch after
    // ChangeWatcher reports them (docs/rules.md#shared-database); an id left out was deleted or is hidden.
    Result<QList<Ticket>> byIds(const QList<qint64>& ids) const;

    // Applies `change` if the ticket is still at `expectedVersion`. On a stale version
    // the error is the conflict sentence and `conflict` (when given) says what changed.
    Result<Ticket> update(const TicketChange& change, const Actor& actor, TicketConflict* conflict = nullptr) const;
    // Appends an event that changes no field (a client message, a reply) at `at`;
    // it bumps the version, since the ticket's clocks change.
    // A client's message (mail, phone, messenger) on an existing ticket: recorded as a
    // `client-message` event; on a waiting ticket it also ends the wait (status back to
    // registered, a `waiting-ended` event with reason client-answered), in one commit.
    Result<Ticket> recordClientMessage(qint64 ticketId, const QDateTime& at, const QJsonObject& data,
                                       const Actor& actor) const;
    Result<Ticket> recordEvent(qint64 ticketId, const QString& type, const QDateTime& at, const QJsonObject& data,
                               const Actor& actor) const;

    Result<QList<TicketEventRecord>> events(qint64 ticketId, qint64 afterVersion = 0) const;
    // The histories of all tickets `filter` selects, keyed by ticket id (for clocks);
    // only the events of `type` when given.
    Result<QHash<qint64, QList<TicketEventRecord>>> eventsOf(const TicketFilter& filter,
                                                             const QString& type = {}) const;
    // The histories of the tickets among `ids` (a refetch after changes, in one query per 500).
    Result<QHash<qint64, QList<TicketEventRecord>>> eventsOfIds(const QList<qint64>& ids) const;

private:
    Result<QList<Ticket>> select(const QString& where, const QVariantList& values, int limit = 0,
                                 bool byId = false) const;
    Status appendEvent(qint64 ticketId, qint64 ticketVersion, const QString& type, const QVariant& at,
                       const QJsonObject& data, const Actor& actor) const;
    Error conflictError(const TicketChange& change, TicketConflict* conflict) const;

    const Database& m_database;
};

} // namespace dd
