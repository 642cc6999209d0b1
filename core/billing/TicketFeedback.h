#pragma once

#include "core/billing/TicketHistory.h"
#include "core/domain/Actor.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace dd {

class Database;

// A ticket the client escalated to the head of support (docs/rules.md#tickets), as its history tells:
// the `escalated` event that set the flag and, once handled, the one that cleared it.
struct Escalation
{
    qint64 ticketId = 0;
    qint64 ticketNumber = 0;
    QString subject;
    QString projectName;
    QString clientName;
    QDateTime escalatedAt; // UTC
    QString escalatedBy;
    bool handled = false;
    QDateTime handledAt;
    QString handledBy;
};

// After resolution: the client's rating and reopening; and escalations (docs/rules.md#tickets).
// Everything is written as history events through TicketRepository, so ratings and
// escalations are recomputed from the history like every other figure.
class TicketFeedback
{
    Q_DECLARE_TR_FUNCTIONS(dd::TicketFeedback)

public:
    explicit TicketFeedback(const Database& database);

    // 1–5, only for a resolved or closed ticket. `source` is "engineer" (entered in the
    // console) or "reply" (parsed from the client's message); `comment` is what the client
    // said along with it, if anything.
    Status rate(qint64 ticketId, int rating, const QString& source, const Actor& actor,
                const QString& comment = {}) const;
    // Rates from a reply's text (RatingParser); the rating found, or an error when none.
    Result<int> rateFromReply(qint64 ticketId, const QString& text, const Actor& actor) const;
    Status reopen(qint64 ticketId, const Actor& actor) const;
    // The client wrote to the head of support: sets the flag managers see.
    Status escalate(qint64 ticketId, const Actor& actor) const;
    // The head of support has dealt with it: clears the flag, recording who and when.
    Status handleEscalation(qint64 ticketId, const Actor& actor) const;

    // Every escalation of the given tickets, open ones first (oldest first), then handled
    // ones (latest first).
    static QList<Escalation> escalations(const QList<TicketHistory>& tickets);
    // The latest rating in a history, 0 when none.
    static int rating(const QList<TicketEventRecord>& history);

private:
    Status setEscalated(qint64 ticketId, bool escalated, const Actor& actor) const;

    const Database& m_database;
};

} // namespace dd
