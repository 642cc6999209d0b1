#include "core/sla/ExplanationText.h"

#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace dd {

namespace {

QString day(QDate date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
}

QString dayAndDate(QDate date)
{
    return QStringLiteral("%1 %2").arg(day(date), date.toString(QStringLiteral("dd.MM")));
}

QString clockTime(qint64 instant)
{
    return toMoscow(QDateTime::fromSecsSinceEpoch(instant, QTimeZone::utc())).toString(QStringLiteral("HH:mm"));
}

QString dayOffKind(DayOffReason reason, int count)
{
    const bool one = count == 1;
    switch (reason) {
    case DayOffReason::Weekend:
        return one ? ExplanationText::tr("day off") : ExplanationText::tr("days off");
    case DayOffReason::Holiday:
        return one ? ExplanationText::tr("public holiday") : ExplanationText::tr("public holidays");
    case DayOffReason::Transfer:
        return one ? ExplanationText::tr("transferred day off") : ExplanationText::tr("transferred days off");
    }
    return {};
}

} // namespace

QString explanationInWords(const Explanation& explanation)
{
    QStringList parts;
    auto window = explanation.windows.cbegin();
    auto skipped = explanation.skipped.cbegin();
    // Windows and days off interleaved by date, as a calendar reads.
    while (window != explanation.windows.cend() || skipped != explanation.skipped.cend()) {
        if (skipped == explanation.skipped.cend()
            || (window != explanation.windows.cend() && window->date < skipped->date)) {
            QString text = QStringLiteral("%1 %2–%3 (%4)")
                               .arg(dayAndDate(window->date), clockTime(window->from), clockTime(window->to),
                                    formatDuration(window->seconds()));
            if (window->shortened) {
                text += QLatin1Char(' ') + ExplanationText::tr("shortened day");
            }
            parts << text;
            ++window;
            continue;
        }
        // A run of consecutive days off of one kind reads as one range.
        auto last = skipped;
        while (std::next(last) != explanation.skipped.cend() && std::next(last)->reason == skipped->reason
               && std::next(last)->date == last->date.addDays(1)) {
            ++last;
        }
        const int count = int(skipped->date.daysTo(last->date)) + 1;
        const QString when = count == 1 ? dayAndDate(skipped->date)
            : skipped->reason == DayOffReason::Weekend
            ? QStringLiteral("%1–%2").arg(day(skipped->date), day(last->date))
            : QStringLiteral("%1–%2").arg(dayAndDate(skipped->date), dayAndDate(last->date));
        parts << QStringLiteral("%1 %2").arg(when, dayOffKind(skipped->reason, count));
        skipped = std::next(last);
    }
    const QString allowed = explanation.schedule == ScheduleKind::Business
        ? ExplanationText::tr("%1 working hours").arg(formatDuration(explanation.allowed))
        : ExplanationText::tr("%1 hours, 06:00–20:00 every day").arg(formatDuration(explanation.allowed));
    return QStringLiteral("%1: %2").arg(allowed, parts.join(QStringLiteral(", ")));
}

QString overdueInWords(const SlaEngine& engine, SlaLevel level, qint64 deadline, qint64 now)
{
    const ScheduleKind schedule = scheduleOf(level);
    const auto over = engine.elapsed(deadline, now, schedule);
    const qint64 seconds = over ? std::max<qint64>(*over, 0) : 0;
    const QDateTime due = toMoscow(QDateTime::fromSecsSinceEpoch(deadline, QTimeZone::utc()));
    const QString was = QStringLiteral("%1 %2").arg(day(due.date()), due.toString(QStringLiteral("HH:mm")));
    QString amount;
    constexpr qint64 workingDay = 8 * 3600;
    if (schedule == ScheduleKind::Business && seconds >= workingDay) {
        const int days = int(seconds / workingDay);
        amount = ExplanationText::tr("%n working day(s)", nullptr, days);
        if (seconds % workingDay != 0) {
            amount += QLatin1Char(' ') + formatDuration(seconds % workingDay);
        }
    } else {
        amount = formatDuration(seconds);
    }
    return ExplanationText::tr("overdue by %1 (the deadline was %2)").arg(amount, was);
}

} // namespace dd
