#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace dd {

// The translation context of the date texts below: tr() needs a class.
class DateTimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(dd::DateTimeFormat)
};

// One date and time style across the console (issue 18): the interface locale's short
// formats ("02.12.2026 3:37" in Russian, "02/12/2026 03:37" in English), always in Moscow
// time, the zone of the service windows (docs/rules.md#time). The desktop's own time,
// when its zone differs, goes into a tooltip (localTimeToolTip), never into the text.
QString formatMoscowDateTime(const QDateTime& instant, const QLocale& locale = QLocale());
// The same without the year, for narrow columns (the queue's Arrived, chart weeks): the
// locale's short date with its year dropped — "29.11 11:05", "29/11 11:05".
QString formatMoscowDateTimeCompact(const QDateTime& instant, const QLocale& locale = QLocale());
QString formatDayMonth(const QDate& date, const QLocale& locale = QLocale());
// A calendar day (production calendar, regression dates, report months' days).
QString formatDate(const QDate& date, const QLocale& locale = QLocale());
// The same style for date and time editors (QDateTimeEdit::setDisplayFormat): the
// locale's short date, and its short time when `withTime`.
QString editorFormat(bool withTime, const QLocale& locale = QLocale());
// "Your time: 02.12.2026 10:37" when the desktop's offset differs from Moscow's at that
// instant; empty when they agree (nothing worth a tooltip).
QString localTimeToolTip(const QDateTime& instant, const QLocale& locale = QLocale());
// The Moscow text with the local note on a second line: for tooltips of cells that show less.
QString moscowDateTimeToolTip(const QDateTime& instant, const QLocale& locale = QLocale());

} // namespace dd
