#include "core/util/DurationText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

Result<qint64> parseDurationText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(?:(\d{1,5})h)?(?:(\d{1,6})m)?(?:(\d{1,7})s)?$)"));
    const QString trimmed = text.trimmed();
    const auto match = pattern.match(trimmed);
    const qint64 seconds
        = match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong();
    if (trimmed.isEmpty() || !match.hasMatch() || seconds <= 0) {
        return Error { DurationText::tr("“%1” is not a duration; write it like 4h, 90m or 1h30m").arg(text) };
    }
    return seconds;
}

QString durationText(qint64 seconds)
{
    QString text;
    if (seconds >= 3600) {
        text += QString::number(seconds / 3600) + u'h';
    }
    if (seconds % 3600 >= 60 || seconds == 0) {
        text += QString::number(seconds % 3600 / 60) + u'm';
    }
    if (seconds % 60 != 0) {
        text += QString::number(seconds % 60) + u's';
    }
    return text;
}

} // namespace dd
