#pragma once

#include "core/domain/Ticket.h"
#include "core/domain/TicketEventRecord.h"
#include "core/sla/TicketClocks.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace dd {

class Database;

// A ticket's SLA at a moment, for lists and JSON: the running clock's deadline and
// state, or — when every clock has stopped — whether they were met.
struct TicketSlaSummary
{
    std::optional<QDateTime> deadline; // the running (or paused) clock's deadline
    QString state; // ok / warning / breached / paused / met / excluded / error; empty = no clock
    QString clock; // reaction / follow-up-reaction / resolution
    QString error; // the calendar does not cover the clock
};

// Bridges the stored history (TicketEventRecord) and the SLA engine (core/sla): builds
// the engine from the database's policy table and its production calendar, and
// recomputes every figure from the events, never from a cached column (docs/rules.md#tickets).
class TicketSla
{
public:
    static Result<std::unique_ptr<TicketSla>> load(const Database& database);
    explicit TicketSla(std::unique_ptr<SlaEngine> engine);

    const SlaEngine& engine() const { return *m_engine; }

    // The events the clocks read, in order; the rest of the history is skipped.
    static std::vector<TicketEvent> clockEvents(const QList<TicketEventRecord>& history);
    TicketSlaSummary summarize(const Ticket& ticket, const QList<TicketEventRecord>& history,
                               const QDateTime& now) const;

private:
    std::unique_ptr<SlaEngine> m_engine;
};

} // namespace dd
