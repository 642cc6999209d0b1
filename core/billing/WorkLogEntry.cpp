#include "core/billing/WorkLogEntry.h"

#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace dd {

namespace {

constexpr qint64 longestEntry = 24 * 3600; // longer is a typo, not a day's work

// Hours and minutes with their unit words; hours may be a decimal ("1.5ч", "1,5 h").
std::optional<qint64> withUnits(const QString& text)
{
    static const QRegularExpression units(
        QStringLiteral(R"(^(?:(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|hr|hrs|hours?|ч|час|часа|часов)\.?)?)"
                       R"(\s*(?:(\d{1,4})\s*(?:m|min|mins|minutes?|м|мин|минут[аы]?)\.?)?$)"));
    const auto match = units.match(text);
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty())) {
        return std::nullopt;
    }
    QString hours = match.captured(1);
    hours.replace(QLatin1Char(','), QLatin1Char('.'));
    const double hoursValue = hours.isEmpty() ? 0.0 : hours.toDouble();
    if (hours.contains(QLatin1Char('.')) && !match.captured(2).isEmpty()) {
        return std::nullopt; // "1.5ч 10м" mixes two ways of saying it
    }
    // Whole minutes: "0.1h" is six minutes, not 360.0 seconds of a float.
    return qRound64(hoursValue * 60) * 60 + match.captured(2).toLongLong() * 60;
}

} // namespace

std::optional<qint64> parseWorkDuration(const QString& text)
{
    const QString trimmed = text.trimmed().toLower();
    static const QRegularExpression clock(QStringLiteral(R"(^(\d{1,2}):([0-5]\d)$)"));
    static const QRegularExpression minutes(QStringLiteral(R"(^(\d{1,4})$)"));
    std::optional<qint64> seconds;
    if (const auto match = clock.match(trimmed); match.hasMatch()) {
        seconds = match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60;
    } else if (const auto m = minutes.match(trimmed); m.hasMatch()) {
        seconds = m.captured(1).toLongLong() * 60;
    } else {
        seconds = withUnits(trimmed);
    }
    if (!seconds || *seconds <= 0 || *seconds > longestEntry) {
        return std::nullopt;
    }
    return seconds;
}

Result<QDateTime> parseWorkTime(const QString& text, const QDateTime& now)
{
    static const QRegularExpression timeOfDay(QStringLiteral(R"(^(\d{1,2}):(\d{2})$)"));
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})$)"));
    QString trimmed = text.trimmed();
    if (const auto match = dotted.match(trimmed); match.hasMatch()) {
        // "12.10.2026 15:00", as the form shows a start on another day.
        const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
        const QTime time(match.captured(4).toInt(), match.captured(5).toInt());
        if (!date.isValid() || !time.isValid()) {
            return Error { WorkLogEntry::tr("“%1” is not a date and time").arg(trimmed) };
        }
        return QDateTime(date, time, moscowZone()).toUTC();
    }
    trimmed.replace(QRegularExpression(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}) (\d))")), QStringLiteral("\\1T\\2"));
    if (const auto match = timeOfDay.match(trimmed); match.hasMatch()) {
        const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
        if (!time.isValid()) {
            return Error { WorkLogEntry::tr("“%1” is not a time of day").arg(trimmed) };
        }
        return QDateTime(toMoscow(now).date(), time, moscowZone()).toUTC();
    }
    return parseInstant(trimmed);
}

Result<WorkPeriod> workPeriodFromInput(const QString& from, const QString& to, const QString& duration,
                                       const QDateTime& now)
{
    const auto time = [&now](const QString& text) -> Result<QDateTime> {
        return text.trimmed().isEmpty() ? Result<QDateTime>(QDateTime()) : parseWorkTime(text, now);
    };
    auto start = time(from);
    if (!start) {
        return Error { WorkLogEntry::tr("start: %1").arg(start.error().message) };
    }
    auto end = time(to);
    if (!end) {
        return Error { WorkLogEntry::tr("end: %1").arg(end.error().message) };
    }
    std::optional<qint64> length;
    if (!duration.trimmed().isEmpty()) {
        length = parseWorkDuration(duration);
        if (!length) {
            return Error {
                WorkLogEntry::tr("“%1” is not a duration such as 1:30, 90 мин, 1ч 30м or 1,5 ч").arg(duration.trimmed())
            };
        }
    }
    WorkPeriod period { *start, *end };
    if (length && period.started.isValid() && period.finished.isValid()) {
        if (period.started.secsTo(period.finished) != *length) {
            return Error { WorkLogEntry::tr("the start, the end and the duration disagree: give two of them") };
        }
    } else if (length && period.started.isValid()) {
        period.finished = period.started.addSecs(*length);
    } else if (length && period.finished.isValid()) {
        period.started = period.finished.addSecs(-*length);
    }
    if (!period.started.isValid() || !period.finished.isValid()) {
        return Error { WorkLogEntry::tr("give the start and the end or the duration") };
    }
    return period;
}

QDateTime defaultWorkStart(const QDateTime& arrived, const QDateTime& now)
{
    QDateTime start = now.addSecs(-3600);
    if (arrived.isValid() && start < arrived) {
        start = arrived;
    }
    // Whole minutes, rounded up so a start at the arrival's second is not before it.
    const qint64 seconds = start.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch((seconds + 59) / 60 * 60, QTimeZone::utc());
}

Status checkWorkPeriod(const QDateTime& started, const QDateTime& finished, const QDateTime& arrived,
                       const QDateTime& now)
{
    const auto moscow
        = [](const QDateTime& instant) { return toMoscow(instant).toString(QStringLiteral("dd.MM.yyyy HH:mm")); };
    if (!started.isValid() || !finished.isValid()) {
        return Error { WorkLogEntry::tr("a work-log entry needs its start and end") };
    }
    if (finished <= started) {
        return Error { WorkLogEntry::tr("the work ends before it starts") };
    }
    if (now.isValid() && finished > now) {
        return Error { WorkLogEntry::tr("the work cannot end in the future (%1; now it is %2 Moscow time)")
                           .arg(moscow(finished), moscow(now)) };
    }
    if (arrived.isValid() && started < arrived) {
        return Error { WorkLogEntry::tr("the work cannot start at %1, before the ticket arrived at %2 "
                                        "(Moscow time)")
                           .arg(moscow(started), moscow(arrived)) };
    }
    return Done {};
}

} // namespace dd
