#include "ui/common/DateTimeFormat.h"

#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace dd {

QString formatMoscowDateTime(const QDateTime& instant, const QLocale& locale)
{
    if (!instant.isValid()) {
        return {};
    }
    const QDateTime moscow = toMoscow(instant);
    // Date and time separately: QLocale's combined short format would carry the zone's
    // abbreviation on some locales, and seconds never matter to a reader here.
    return QStringLiteral("%1 %2").arg(locale.toString(moscow.date(), QLocale::ShortFormat),
                                       locale.toString(moscow.time(), QLocale::ShortFormat));
}

QString formatDayMonth(const QDate& date, const QLocale& locale)
{
    // The locale's short date without its year: "dd.MM.yyyy" → "dd.MM", "M/d/yy" → "M/d".
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.remove(year);
    return date.isValid() ? locale.toString(date, format) : QString();
}

QString formatMoscowDateTimeCompact(const QDateTime& instant, const QLocale& locale)
{
    if (!instant.isValid()) {
        return {};
    }
    const QDateTime moscow = toMoscow(instant);
    return QStringLiteral("%1 %2").arg(formatDayMonth(moscow.date(), locale),
                                       locale.toString(moscow.time(), QLocale::ShortFormat));
}

QString formatDate(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString editorFormat(bool withTime, const QLocale& locale)
{
    const QString date = locale.dateFormat(QLocale::ShortFormat);
    return withTime ? date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat) : date;
}

QString localTimeToolTip(const QDateTime& instant, const QLocale& locale)
{
    if (!instant.isValid()) {
        return {};
    }
    const QDateTime local = instant.toTimeZone(QTimeZone::systemTimeZone());
    if (local.offsetFromUtc() == toMoscow(instant).offsetFromUtc()) {
        return {};
    }
    return DateTimeFormat::tr("Your time: %1")
        .arg(QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                         locale.toString(local.time(), QLocale::ShortFormat)));
}

QString moscowDateTimeToolTip(const QDateTime& instant, const QLocale& locale)
{
    if (!instant.isValid()) {
        return {};
    }
    const QString moscow = DateTimeFormat::tr("%1 Moscow time").arg(formatMoscowDateTime(instant, locale));
    const QString local = localTimeToolTip(instant, locale);
    return local.isEmpty() ? moscow : moscow + QLatin1Char('\n') + local;
}

} // namespace dd
