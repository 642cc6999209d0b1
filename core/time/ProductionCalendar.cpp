#include "core/time/ProductionCalendar.h"

#include <QCoreApplication>
#include <QDirIterator>

namespace dd {

namespace {

// Labour Code art. 112: the public holidays, whatever day of the week they fall on.
bool isStatutoryHoliday(QDate date)
{
    const int m = date.month();
    const int d = date.day();
    return (m == 1 && d <= 8) || (m == 2 && d == 23) || (m == 3 && d == 8) || (m == 5 && (d == 1 || d == 9))
        || (m == 6 && d == 12) || (m == 11 && d == 4);
}

} // namespace

CalendarYear::CalendarYear(int year)
    : m_year(year)
{
    const QDate first(year, 1, 1);
    const int days = first.daysInYear();
    m_days.resize(days);
    m_holiday.resize(days, false);
    for (int i = 0; i < days; ++i) {
        m_days[i] = ProductionCalendar::isWeekend(first.addDays(i)) ? DayKind::DayOff : DayKind::Working;
    }
}

DayKind CalendarYear::kind(QDate date) const
{
    Q_ASSERT(date.year() == m_year);
    return m_days[date.dayOfYear() - 1];
}

void CalendarYear::setKind(QDate date, DayKind kind)
{
    Q_ASSERT(date.year() == m_year);
    m_days[date.dayOfYear() - 1] = kind;
}

bool CalendarYear::isHoliday(QDate date) const
{
    Q_ASSERT(date.year() == m_year);
    return m_holiday[date.dayOfYear() - 1] || isStatutoryHoliday(date);
}

void CalendarYear::setHoliday(QDate date, bool holiday)
{
    Q_ASSERT(date.year() == m_year);
    m_holiday[date.dayOfYear() - 1] = holiday;
}

namespace {

Result<ProductionCalendar> readBuiltin()
{
    ProductionCalendar calendar;
    QDirIterator it(QStringLiteral(":/calendar"), { QStringLiteral("*.xml") }, QDir::Files);
    QStringList files;
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    for (const QString& file : files) {
        auto year = readXmlCalendarFile(file);
        if (!year) {
            return Error { QStringLiteral("%1: %2").arg(file, year.error().message), year.error().line };
        }
        calendar.setYear(*year);
    }
    if (calendar.years().isEmpty()) {
        return Error { ProductionCalendar::tr("the built-in production calendar is missing") };
    }
    return calendar;
}

} // namespace

Result<ProductionCalendar> ProductionCalendar::builtin()
{
    // The resources never change while the program runs: read them once.
    static const Result<ProductionCalendar> calendar = readBuiltin();
    return calendar;
}

void ProductionCalendar::setYear(const CalendarYear& year)
{
    m_years.insert(year.year(), year);
}

Result<CalendarYear> ProductionCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.cend()) {
        return missingYearError(year);
    }
    return *it;
}

Result<DayKind> ProductionCalendar::dayKind(QDate date) const
{
    const auto it = m_years.constFind(date.year());
    if (it == m_years.cend()) {
        return missingYearError(date.year());
    }
    return it->kind(date);
}

DayOffReason ProductionCalendar::dayOffReason(QDate date) const
{
    const auto it = m_years.constFind(date.year());
    if ((it != m_years.cend() && it->isHoliday(date)) || isStatutoryHoliday(date)) {
        return DayOffReason::Holiday;
    }
    return isWeekend(date) ? DayOffReason::Weekend : DayOffReason::Transfer;
}

Error ProductionCalendar::missingYearError(int year)
{
    return Error {
        ProductionCalendar::tr("no production calendar for %1: import the year's calendar first").arg(year)
    };
}

} // namespace dd
