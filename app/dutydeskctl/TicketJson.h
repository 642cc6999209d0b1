#pragma once

#include "core/domain/Ticket.h"
#include "core/domain/TicketEventRecord.h"
#include "core/storage/TicketSla.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace dd::ctl {

// How `dutydeskctl ticket` shows tickets and their history: JSON keys are the stable
// interface scripts rely on (id, number, version, project, status, level, channel,
// arrived, assignee, deadline, sla_state, …); instants are ISO 8601 in Moscow time.
QJsonValue instantJson(const std::optional<QDateTime>& instant);
QJsonValue textOrNull(const QString& text);
QJsonObject ticketJson(const Ticket& ticket, const TicketSlaSummary& sla);
QJsonObject eventJson(const TicketEventRecord& event);
// "2026-03-03 10:00" in Moscow time, or a dash.
QString shortMoscow(const std::optional<QDateTime>& instant);

} // namespace dd::ctl
