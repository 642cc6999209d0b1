#pragma once

#include "core/sla/TicketClocks.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace dd {

// A ticket's history as JSON, for audits and tests without a database
// (`dutydeskctl sla clocks`, docs/rules.md#clocks):
//   {"events":[{"type":"arrived","at":"2026-03-02T10:00","level":"standard","channel":"email"},
//              {"type":"level-changed","at":…,"level":"emergency"}, …]}
// Times are ISO 8601, without an offset in Moscow time; events keep the order given
// (computeTicketClocks orders them by time, one instant by type). An arrival without a
// level is standard, or emergency on the «СРОЧНО» channel (email-urgent).
Result<std::vector<TicketEvent>> parseClockHistory(const QByteArray& json);

// {"kind","level","state","started","deadline","stopped","remaining_seconds","error"},
// instants in ISO 8601 with the Moscow offset, null where there is none.
QJsonObject clockToJson(const TicketClock& clock);
QJsonArray clocksToJson(const std::vector<TicketClock>& clocks);

} // namespace dd
