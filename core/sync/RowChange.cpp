#include "core/sync/RowChange.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace dd {

std::optional<RowChange> RowChange::fromPayload(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    RowChange change;
    change.table = object.value(QLatin1String("table")).toString();
    change.operation = object.value(QLatin1String("operation")).toString();
    // JSON numbers are doubles; ids and versions stay far below 2^53.
    change.id = qint64(object.value(QLatin1String("id")).toDouble());
    change.version = qint64(object.value(QLatin1String("version")).toDouble());
    if (change.table.isEmpty()) {
        return std::nullopt;
    }
    return change;
}

QJsonObject RowChange::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("table"), table);
    object.insert(QLatin1String("id"), id > 0 ? QJsonValue(id) : QJsonValue());
    object.insert(QLatin1String("version"), version > 0 ? QJsonValue(version) : QJsonValue());
    object.insert(QLatin1String("operation"), operation);
    return object;
}

} // namespace dd
