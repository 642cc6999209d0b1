#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

const QTimeZone& moscowZone()
{
    static const QTimeZone zone("Europe/Moscow");
    return zone;
}

Result<QDateTime> parseInstant(const QString& text)
{
    const QString trimmed = text.trimmed();
    // Qt's ISO parser accepts more than ISO 8601 (e.g. a bare date); demand a full
    // date and time so a typo is an error, not midnight.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    if (!shape.match(trimmed).hasMatch()) {
        return Error {
            Time::tr("“%1” is not an ISO 8601 instant (expected e.g. 2026-03-03T10:00:00+03:00)").arg(trimmed)
        };
    }
    QString normalized = trimmed;
    normalized[10] = QLatin1Char('T');
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return Error { Time::tr("“%1” is not a valid date and time").arg(trimmed) };
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        const QDateTime moscow(parsed.date(), parsed.time(), moscowZone());
        if (!moscow.isValid()) {
            return Error { Time::tr("“%1” does not exist in Moscow time").arg(trimmed) };
        }
        return moscow.toUTC();
    }
    return parsed.toUTC();
}

QDateTime toMoscow(const QDateTime& instant)
{
    return instant.toTimeZone(moscowZone());
}

QString formatMoscowIso(const QDateTime& instant)
{
    return toMoscow(instant).toString(Qt::ISODate);
}

} // namespace dd
