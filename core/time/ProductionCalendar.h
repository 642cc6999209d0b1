#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

class QIODevice;

namespace dd {

// What the official calendar says about one date (docs/rules.md#production-calendar). A working weekend day
// that is also shortened (2024-11-02) is `Shortened`; isWeekend() tells it apart.
enum class DayKind : quint8 { Working, DayOff, Shortened, WorkingWeekend };

// Why a date is not worked, for explanations ("Mon 9 Mar off: transferred day off").
enum class DayOffReason : quint8 { Weekend, Holiday, Transfer };

// One year of the production calendar: a kind for every date.
class CalendarYear
{
public:
    CalendarYear() = default;
    // Every Saturday and Sunday off, every other day working: the base the decrees amend.
    explicit CalendarYear(int year);

    int year() const { return m_year; }
    DayKind kind(QDate date) const; // date must be in year()
    void setKind(QDate date, DayKind kind);
    // A public holiday (Labour Code art. 112, or flagged h= in the imported file).
    bool isHoliday(QDate date) const;
    void setHoliday(QDate date, bool holiday);
    // Where the data comes from, e.g. "Decree of 24.09.2025 No. 1466".
    QString source() const { return m_source; }
    void setSource(const QString& source) { m_source = source; }

    bool operator==(const CalendarYear& other) const = default;

private:
    int m_year = 0;
    std::vector<DayKind> m_days; // index: dayOfYear - 1
    std::vector<bool> m_holiday;
    QString m_source;
};

// Years → per-day kind. Asking about a year that is not loaded is an error naming the
// year, never a silent fallback to plain weekends.
class ProductionCalendar
{
    Q_DECLARE_TR_FUNCTIONS(dd::ProductionCalendar)

public:
    // The data shipped with the program (resources/calendar/*.xml, 2024–2027).
    static Result<ProductionCalendar> builtin();

    // Adds a year, or replaces it (an import, an administrator's edit).
    void setYear(const CalendarYear& year);
    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    Result<CalendarYear> year(int year) const;

    Result<DayKind> dayKind(QDate date) const;
    // For a date that is not worked: why. Only meaningful when dayKind() is DayOff.
    DayOffReason dayOffReason(QDate date) const;

    static bool isWeekend(QDate date) { return date.dayOfWeek() >= 6; }
    static bool isWorking(DayKind kind) { return kind != DayKind::DayOff; }
    // The error for a date outside every loaded year.
    static Error missingYearError(int year);

private:
    QMap<int, CalendarYear> m_years;
};

// The `xmlcalendar` exchange format (<calendar year=".."><days><day d="MM.DD" t="1|2|3"/>).
// A wrong root, a year mismatch, an unknown t, an impossible or duplicate date or a
// truncated file is refused with the line number; nothing is half-imported.
// `expectedYear` (when given) must equal the file's year attribute.
Result<CalendarYear> readXmlCalendar(QIODevice& device, std::optional<int> expectedYear = std::nullopt);
Result<CalendarYear> readXmlCalendar(const QByteArray& data, std::optional<int> expectedYear = std::nullopt);
Result<CalendarYear> readXmlCalendarFile(const QString& path, std::optional<int> expectedYear = std::nullopt);
// The year back in the same format (only the dates that differ from plain weekends).
QByteArray writeXmlCalendar(const CalendarYear& year);

} // namespace dd
