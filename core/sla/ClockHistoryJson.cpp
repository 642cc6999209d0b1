#include "core/sla/ClockHistoryJson.h"
#include "core/sla/SlaLevel.h"

#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dd {

namespace {

QJsonValue instantOrNull(qint64 instant)
{
    return QJsonValue(formatMoscowIso(QDateTime::fromSecsSinceEpoch(instant, QTimeZone::utc())));
}

Error eventError(qsizetype index, const QString& what)
{
    return Error { Sla::tr("event %1: %2").arg(index + 1).arg(what) };
}

} // namespace

Result<std::vector<TicketEvent>> parseClockHistory(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {
            Sla::tr("the history is not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
        };
    }
    if (!document.isObject() || !document.object().value(QLatin1String("events")).isArray()) {
        return Error { Sla::tr("the history must be an object with an “events” array") };
    }
    const QJsonArray list = document.object().value(QLatin1String("events")).toArray();
    std::vector<TicketEvent> events;
    events.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            return eventError(i, Sla::tr("not an object"));
        }
        const QJsonObject object = list.at(i).toObject();
        const QString typeId = object.value(QLatin1String("type")).toString();
        const auto type = parseTicketEventType(typeId);
        if (!type) {
            return eventError(i, Sla::tr("unknown type “%1”").arg(typeId));
        }
        if (!object.value(QLatin1String("at")).isString()) {
            return eventError(i, Sla::tr("“at” is missing"));
        }
        const auto at = parseInstant(object.value(QLatin1String("at")).toString());
        if (!at) {
            return eventError(i, at.error().message);
        }
        TicketEvent event;
        event.type = *type;
        event.at = at->toSecsSinceEpoch();
        if (*type == TicketEventType::Arrived || *type == TicketEventType::LevelChanged) {
            const QJsonValue level = object.value(QLatin1String("level"));
            if (level.isString()) {
                const auto parsed = parseSlaLevel(level.toString());
                if (!parsed) {
                    return eventError(i, Sla::tr("unknown level “%1”").arg(level.toString()));
                }
                event.level = *parsed;
            } else if (*type == TicketEventType::LevelChanged) {
                return eventError(i, Sla::tr("a level change needs “level”"));
            } else {
                const bool urgentChannel
                    = object.value(QLatin1String("channel")).toString() == QLatin1String("email-urgent");
                event.level = urgentChannel ? SlaLevel::Emergency : SlaLevel::Standard;
            }
        }
        events.push_back(event);
    }
    return events;
}

QJsonObject clockToJson(const TicketClock& clock)
{
    const bool hasDeadline = clock.hasTarget() && !clock.isError() && !clock.isExcluded();
    return QJsonObject {
        { QStringLiteral("kind"), clockKindId(clock.kind) },
        { QStringLiteral("level"), slaLevelId(clock.level) },
        { QStringLiteral("state"), clockStateId(clock.state) },
        { QStringLiteral("started"), instantOrNull(clock.started) },
        { QStringLiteral("deadline"), hasDeadline ? instantOrNull(clock.deadline) : QJsonValue() },
        { QStringLiteral("stopped"), clock.stopped ? instantOrNull(*clock.stopped) : QJsonValue() },
        { QStringLiteral("remaining_seconds"), hasDeadline ? QJsonValue(clock.remaining) : QJsonValue() },
        { QStringLiteral("error"), clock.error.isEmpty() ? QJsonValue() : QJsonValue(clock.error) },
    };
}

QJsonArray clocksToJson(const std::vector<TicketClock>& clocks)
{
    QJsonArray array;
    for (const TicketClock& clock : clocks) {
        array.append(clockToJson(clock));
    }
    return array;
}

} // namespace dd
