#include "core/billing/WorkLogEntry.h"

#include <QRegularExpression>

namespace dd {

std::optional<qint64> parseWorkDuration(const QString& text)
{
    const QString trimmed = text.trimmed().toLower();
    static const QRegularExpression clock(QStringLiteral(R"(^(\d{1,3}):([0-5]\d)$)"));
    static const QRegularExpression units(QStringLiteral(R"(^(?:(\d{1,3})\s*h)?\s*(?:(\d{1,5})\s*m(?:in)?)?$)"));
    static const QRegularExpression minutes(QStringLiteral(R"(^(\d{1,5})$)"));
    qint64 seconds = 0;
    if (const auto match = clock.match(trimmed); match.hasMatch()) {
        seconds = match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60;
    } else if (const auto m = minutes.match(trimmed); m.hasMatch()) {
        seconds = m.captured(1).toLongLong() * 60;
    } else if (const auto u = units.match(trimmed); u.hasMatch() && !trimmed.isEmpty()) {
        seconds = u.captured(1).toLongLong() * 3600 + u.captured(2).toLongLong() * 60;
    } else {
        return std::nullopt;
    }
    if (seconds <= 0) {
        return std::nullopt;
    }
    return seconds;
}

} // namespace dd
