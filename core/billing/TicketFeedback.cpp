#include "core/billing/TicketFeedback.h"

#include "core/billing/RatingParser.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace dd {

namespace {

QString actorText(const TicketEventRecord& event)
{
    return event.actorName.isEmpty() ? event.actor : event.actorName;
}

} // namespace

TicketFeedback::TicketFeedback(const Database& database)
    : m_database(database)
{ }

Status TicketFeedback::rate(qint64 ticketId, int rating, const QString& source, const Actor& actor,
                            const QString& comment) const
{
    if (rating < 1 || rating > 5) {
        return Error { TicketFeedback::tr("a rating is from 1 to 5, not %1").arg(rating) };
    }
    const TicketRepository tickets(m_database);
    auto ticket = tickets.get(ticketId);
    if (!ticket) {
        return ticket.error();
    }
    if (ticket->status != TicketStatus::Resolved && ticket->status != TicketStatus::Closed) {
        return Error { TicketFeedback::tr("ticket #%1 is %2: it can be rated once resolved")
                           .arg(ticket->number)
                           .arg(toSlug(ticket->status)) };
    }
    QJsonObject data { { QStringLiteral("rating"), rating }, { QStringLiteral("source"), source } };
    if (!comment.trimmed().isEmpty()) {
        data.insert(QStringLiteral("comment"), comment.trimmed());
    }
    auto recorded = tickets.recordEvent(ticketId, ticket_event::rated, Clock::current().nowUtc(), data, actor);
    if (!recorded) {
        return recorded.error();
    }
    return Done {};
}

Result<int> TicketFeedback::rateFromReply(qint64 ticketId, const QString& text, const Actor& actor) const
{
    const auto rating = RatingParser::parse(text);
    if (!rating) {
        return Error { TicketFeedback::tr("the reply contains no rating (such as «оценка 5» or «5 из 5»)") };
    }
    if (auto done = rate(ticketId, *rating, QStringLiteral("reply"), actor); !done) {
        return done.error();
    }
    return *rating;
}

Status TicketFeedback::reopen(qint64 ticketId, const Actor& actor) const
{
    const TicketRepository tickets(m_database);
    auto ticket = tickets.get(ticketId);
    if (!ticket) {
        return ticket.error();
    }
    TicketChange change;
    change.ticketId = ticketId;
    change.expectedVersion = ticket->version;
    change.status = TicketStatus::Reopened;
    auto updated = tickets.update(change, actor);
    if (!updated) {
        return updated.error();
    }
    return Done {};
}

Status TicketFeedback::escalate(qint64 ticketId, const Actor& actor) const
{
    return setEscalated(ticketId, true, actor);
}

Status TicketFeedback::handleEscalation(qint64 ticketId, const Actor& actor) const
{
    return setEscalated(ticketId, false, actor);
}

Status TicketFeedback::setEscalated(qint64 ticketId, bool escalated, const Actor& actor) const
{
    const TicketRepository tickets(m_database);
    auto ticket = tickets.get(ticketId);
    if (!ticket) {
        return ticket.error();
    }
    if (ticket->escalated == escalated) {
        return Error { escalated ? TicketFeedback::tr("ticket #%1 is already escalated").arg(ticket->number)
                                 : TicketFeedback::tr("ticket #%1 has no open escalation").arg(ticket->number) };
    }
    TicketChange change;
    change.ticketId = ticketId;
    change.expectedVersion = ticket->version;
    change.escalated = escalated;
    auto updated = tickets.update(change, actor);
    if (!updated) {
        return updated.error();
    }
    return Done {};
}

QList<Escalation> TicketFeedback::escalations(const QList<TicketHistory>& tickets)
{
    QList<Escalation> open;
    QList<Escalation> handled;
    for (const TicketHistory& ticket : tickets) {
        std::optional<Escalation> current;
        for (const TicketEventRecord& event : ticket.history) {
            if (event.type != ticket_event::escalated) {
                continue;
            }
            if (event.data.value(QStringLiteral("escalated")).toBool()) {
                if (current) {
                    continue; // already open
                }
                Escalation e;
                e.ticketId = ticket.ticket.id;
                e.ticketNumber = ticket.ticket.number;
                e.subject = ticket.ticket.subject;
                e.projectName = ticket.ticket.projectName;
                e.clientName = ticket.clientName;
                e.escalatedAt = event.at;
                e.escalatedBy = actorText(event);
                current = e;
            } else if (current) {
                current->handled = true;
                current->handledAt = event.at;
                current->handledBy = actorText(event);
                handled << *current;
                current.reset();
            }
        }
        if (current) {
            open << *current;
        }
    }
    std::sort(open.begin(), open.end(),
              [](const Escalation& a, const Escalation& b) { return a.escalatedAt < b.escalatedAt; });
    std::sort(handled.begin(), handled.end(),
              [](const Escalation& a, const Escalation& b) { return a.handledAt > b.handledAt; });
    return open + handled;
}

int TicketFeedback::rating(const QList<TicketEventRecord>& history)
{
    int rating = 0;
    for (const TicketEventRecord& event : history) {
        if (event.type == ticket_event::rated) {
            rating = event.data.value(QStringLiteral("rating")).toInt();
        }
    }
    return rating;
}

} // namespace dd
