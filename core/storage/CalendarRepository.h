#pragma once

#include "core/domain/Actor.h"
#include "core/time/ProductionCalendar.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace dd {

class Database;

// Where a stored year came from. The slugs are the schema's: an administrator's edit
// is `admin`.
enum class CalendarSource : quint8 { Builtin, Imported, Edited };
QString toSlug(CalendarSource source);
std::optional<CalendarSource> calendarSourceFromSlug(const QString& slug);

// A year of the production calendar as the database holds it. The decree or title is
// the year's own source() text.
struct StoredCalendarYear
{
    CalendarYear year;
    CalendarSource source = CalendarSource::Imported;
    QDateTime loadedAt; // the server's clock
    qint64 loadedById = 0; // 0 when the login has no user row
    QString loadedBy; // the login
    qint64 version = 0;
};

// The production calendar years stored in the database (docs/rules.md#production-calendar): imported files and
// administrators' edits. A stored year replaces the shipped one of the same number for
// everyone who uses the database. On PostgreSQL only dutydesk_admin may write them
// (ServerRolesMigration); the server refuses anyone else.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::CalendarRepository)

public:
    explicit CalendarRepository(const Database& database);

    // Stores `year` in one transaction, replacing every day a previous save of that year
    // left: either the whole year is stored or nothing changes.
    Result<StoredCalendarYear> save(const CalendarYear& year, CalendarSource source, const Actor& actor) const;
    // Every stored year, in year order.
    Result<QList<StoredCalendarYear>> all() const;
    Result<std::optional<StoredCalendarYear>> find(int year) const;
    // An administrator's edit of one day (issue 17): the effective year with that day
    // changed is stored as `admin`, the reason kept in the day's note. Notes of the
    // year's other edited days stay.
    Result<StoredCalendarYear> setDay(QDate date, DayKind kind, const QString& reason, const Actor& actor) const;
    // The reasons given for the year's edited days.
    Result<QHash<QDate, QString>> notes(int year) const;

private:
    Result<QList<StoredCalendarYear>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

// The calendar that counts for the database: the shipped years overlaid by the stored
// ones. This is what SLA engines built from a database use.
Result<ProductionCalendar> effectiveCalendar(const Database& database);

// Refuses an instant whose Moscow year no calendar covers (shipped or stored), with the
// sentence naming the year: a ticket or a work-log entry there could never get a clock
// or a bill right (docs/rules.md#production-calendar).
Status requireCalendarYear(const Database& database, const QDateTime& instant);

// The last day the calendar covers, when `today` is within `days` of it (the console
// warns administrators to load the next year): none while there is time.
std::optional<QDate> calendarRunsOutSoon(const ProductionCalendar& calendar, QDate today, int days = 60);

} // namespace dd
