#include "TicketJson.h"

#include "core/util/MoscowTime.h"

namespace dd::ctl {

QJsonValue instantJson(const std::optional<QDateTime>& instant)
{
    return instant && instant->isValid() ? QJsonValue(formatMoscowIso(*instant)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject ticketJson(const Ticket& ticket, const TicketSlaSummary& sla)
{
    return QJsonObject {
        { QStringLiteral("id"), ticket.id },
        { QStringLiteral("number"), ticket.number },
        { QStringLiteral("version"), ticket.version },
        { QStringLiteral("project"), ticket.projectCode },
        { QStringLiteral("project_name"), ticket.projectName },
        { QStringLiteral("subject"), ticket.subject },
        { QStringLiteral("status"), toSlug(ticket.status) },
        { QStringLiteral("reason"), ticket.waitingReason ? QJsonValue(toSlug(*ticket.waitingReason)) : QJsonValue() },
        { QStringLiteral("level"), ticket.level },
        { QStringLiteral("channel"), toSlug(ticket.channel) },
        { QStringLiteral("category"), textOrNull(ticket.category) },
        { QStringLiteral("arrived"), formatMoscowIso(ticket.arrived) },
        { QStringLiteral("assignee"), textOrNull(ticket.assigneeLogin) },
        { QStringLiteral("assignee_name"), textOrNull(ticket.assigneeName) },
        { QStringLiteral("escalated"), ticket.escalated },
        { QStringLiteral("updated"), formatMoscowIso(ticket.updatedAt) },
        { QStringLiteral("deadline"), instantJson(sla.deadline) },
        { QStringLiteral("sla_state"), textOrNull(sla.state) },
        { QStringLiteral("sla_clock"), textOrNull(sla.clock) },
        { QStringLiteral("sla_error"), textOrNull(sla.error) },
    };
}

QJsonObject eventJson(const TicketEventRecord& event)
{
    return QJsonObject { { QStringLiteral("at"), formatMoscowIso(event.at) },
                         { QStringLiteral("recorded"), formatMoscowIso(event.recordedAt) },
                         { QStringLiteral("type"), event.type },
                         { QStringLiteral("actor"), textOrNull(event.actor) },
                         { QStringLiteral("actor_name"), textOrNull(event.actorName) },
                         { QStringLiteral("version"), event.ticketVersion },
                         { QStringLiteral("data"), event.data } };
}

QString shortMoscow(const std::optional<QDateTime>& instant)
{
    return instant && instant->isValid() ? toMoscow(*instant).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                         : QStringLiteral("—");
}

} // namespace dd::ctl
