#include "core/storage/CalendarRepository.h"

#include "core/storage/Database.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QHash>

namespace dd {

namespace {

// calendar_days holds only what differs from plain weekends, plus holidays that fall on
// a weekend (a day off either way, but explanations name them): what the decrees say.
QString kindSlug(DayKind kind)
{
    switch (kind) {
    case DayKind::DayOff:
        return QStringLiteral("day-off");
    case DayKind::Shortened:
        return QStringLiteral("shortened");
    case DayKind::Working:
    case DayKind::WorkingWeekend:
        break;
    }
    return QStringLiteral("working");
}

std::optional<DayKind> kindFromSlug(const QString& slug, QDate date)
{
    if (slug == QLatin1String("day-off")) {
        return DayKind::DayOff;
    }
    if (slug == QLatin1String("shortened")) {
        return DayKind::Shortened;
    }
    if (slug == QLatin1String("working")) {
        return ProductionCalendar::isWeekend(date) ? DayKind::WorkingWeekend : DayKind::Working;
    }
    return std::nullopt;
}

DayKind plainKind(QDate date)
{
    return ProductionCalendar::isWeekend(date) ? DayKind::DayOff : DayKind::Working;
}

} // namespace

QString toSlug(CalendarSource source)
{
    switch (source) {
    case CalendarSource::Builtin:
        return QStringLiteral("builtin");
    case CalendarSource::Imported:
        return QStringLiteral("imported");
    case CalendarSource::Edited:
        break;
    }
    return QStringLiteral("admin");
}

std::optional<CalendarSource> calendarSourceFromSlug(const QString& slug)
{
    for (CalendarSource source : { CalendarSource::Builtin, CalendarSource::Imported, CalendarSource::Edited }) {
        if (toSlug(source) == slug) {
            return source;
        }
    }
    return std::nullopt;
}

CalendarRepository::CalendarRepository(const Database& database)
    : m_database(database)
{ }

Result<StoredCalendarYear> CalendarRepository::save(const CalendarYear& year, CalendarSource source,
                                                    const Actor& actor) const
{
    if (year.year() < 1900 || year.year() > 9999) {
        return Error { CalendarRepository::tr("%1 is not a calendar year").arg(year.year()) };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    // The version counts saves, so a desktop that shows a year can tell it was replaced.
    auto upserted = m_database.run(
        QStringLiteral("INSERT INTO calendar_years (year, source, title, loaded_at, loaded_by, loaded_by_login) "
                       "VALUES (?, ?, ?, %1, ?, ?) ON CONFLICT (year) DO UPDATE SET source = excluded.source, "
                       "title = excluded.title, loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by, "
                       "loaded_by_login = excluded.loaded_by_login, version = calendar_years.version + 1")
            .arg(m_database.nowSql()),
        { year.year(), toSlug(source), textOrEmpty(year.source()), idOrNull(actor.userId), textOrEmpty(actor.login) });
    if (!upserted) {
        return upserted.error();
    }
    if (auto deleted = m_database.run(QStringLiteral("DELETE FROM calendar_days WHERE year = ?"), { year.year() });
        !deleted) {
        return deleted.error();
    }
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO calendar_days (day, year, kind, holiday) VALUES (?, ?, ?, ?)"));
    if (!insert) {
        return insert.error();
    }
    for (QDate date(year.year(), 1, 1); date.year() == year.year(); date = date.addDays(1)) {
        const DayKind kind = year.kind(date);
        const bool holiday = year.isHoliday(date);
        if (kind == plainKind(date) && !holiday) {
            continue;
        }
        if (auto inserted = Database::exec(
                insert.value(), { date.toString(Qt::ISODate), year.year(), kindSlug(kind), holiday ? 1 : 0 });
            !inserted) {
            return inserted.error();
        }
    }
    auto stored = find(year.year());
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return Error { CalendarRepository::tr("the calendar for %1 was not stored").arg(year.year()) };
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return **stored;
}

Result<StoredCalendarYear> CalendarRepository::setDay(QDate date, DayKind kind, const QString& reason,
                                                      const Actor& actor) const
{
    if (!date.isValid()) {
        return Error { CalendarRepository::tr("not a date") };
    }
    if (reason.trimmed().isEmpty()) {
        return Error { CalendarRepository::tr("changing a day of the calendar needs a reason") };
    }
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto calendar = effectiveCalendar(m_database);
    if (!calendar) {
        return calendar.error();
    }
    auto found = calendar->year(date.year());
    if (!found) {
        return Error { CalendarRepository::tr("no calendar for %1 is loaded; import it first").arg(date.year()) };
    }
    auto notesNow = notes(date.year());
    if (!notesNow) {
        return notesNow.error();
    }
    CalendarYear year = found.value();
    QHash<QDate, QString> kept = notesNow.value();
    // A worked Saturday or Sunday is the calendar's working weekend (docs/rules.md#production-calendar).
    year.setKind(date,
                 kind == DayKind::Working && ProductionCalendar::isWeekend(date) ? DayKind::WorkingWeekend : kind);
    auto stored = save(year, CalendarSource::Edited, actor);
    if (!stored) {
        return stored.error();
    }
    kept.insert(date, reason.trimmed());
    // A day back to its plain kind has no row after save(); it gets one for its note.
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        auto noted = m_database.run(
            QStringLiteral("INSERT INTO calendar_days (day, year, kind, holiday, note) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (day) DO UPDATE SET note = excluded.note"),
            { it.key().toString(Qt::ISODate), it.key().year(), kindSlug(year.kind(it.key())),
              year.isHoliday(it.key()) ? 1 : 0, it.value() });
        if (!noted) {
            return noted.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return stored;
}

Result<QHash<QDate, QString>> CalendarRepository::notes(int year) const
{
    auto rows
        = m_database.run(QStringLiteral("SELECT day, note FROM calendar_days WHERE year = ? AND note <> ''"), { year });
    if (!rows) {
        return rows.error();
    }
    QHash<QDate, QString> notes;
    while (rows.value().next()) {
        notes.insert(QDate::fromString(rows.value().value(0).toString(), Qt::ISODate),
                     rows.value().value(1).toString());
    }
    return notes;
}

std::optional<QDate> calendarRunsOutSoon(const ProductionCalendar& calendar, QDate today, int days)
{
    const QList<int> years = calendar.years();
    if (years.isEmpty()) {
        return today;
    }
    const QDate last(years.last(), 12, 31);
    if (today.daysTo(last) <= days) {
        return last;
    }
    return std::nullopt;
}

Result<QList<StoredCalendarYear>> CalendarRepository::all() const
{
    return select({}, {});
}

Result<std::optional<StoredCalendarYear>> CalendarRepository::find(int year) const
{
    auto found = select(QStringLiteral("WHERE year = ?"), { year });
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<StoredCalendarYear> {};
    }
    return std::optional<StoredCalendarYear> { found->first() };
}

Result<QList<StoredCalendarYear>> CalendarRepository::select(const QString& where, const QVariantList& values) const
{
    auto years = m_database.run(QStringLiteral("SELECT year, source, title, loaded_at, loaded_by, loaded_by_login, "
                                               "version FROM calendar_years %1 ORDER BY year")
                                    .arg(where),
                                values);
    if (!years) {
        return years.error();
    }
    QList<StoredCalendarYear> stored;
    QHash<int, qsizetype> index;
    QSqlQuery& rows = years.value();
    while (rows.next()) {
        StoredCalendarYear entry;
        entry.year = CalendarYear(rows.value(0).toInt());
        const auto source = calendarSourceFromSlug(rows.value(1).toString());
        if (!source) {
            return Error { CalendarRepository::tr("the stored calendar for %1 has an unknown source “%2”")
                               .arg(entry.year.year())
                               .arg(rows.value(1).toString()) };
        }
        entry.source = *source;
        entry.year.setSource(rows.value(2).toString());
        entry.loadedAt = fromEpoch(rows.value(3).toLongLong());
        entry.loadedById = rows.value(4).toLongLong();
        entry.loadedBy = rows.value(5).toString();
        entry.version = rows.value(6).toLongLong();
        index.insert(entry.year.year(), stored.size());
        stored << entry;
    }
    auto days = m_database.run(
        QStringLiteral("SELECT year, day, kind, holiday FROM calendar_days %1 ORDER BY day").arg(where), values);
    if (!days) {
        return days.error();
    }
    QSqlQuery& dayRows = days.value();
    while (dayRows.next()) {
        const int yearNumber = dayRows.value(0).toInt();
        const QDate date = QDate::fromString(dayRows.value(1).toString(), Qt::ISODate);
        const auto kind = kindFromSlug(dayRows.value(2).toString(), date);
        // A day that does not fit its year is damage to report, never to skip: the
        // calendar would silently turn back to plain weekends.
        if (!index.contains(yearNumber) || !date.isValid() || date.year() != yearNumber || !kind) {
            return Error { CalendarRepository::tr("the stored calendar for %1 has a damaged day “%2” (%3)")
                               .arg(yearNumber)
                               .arg(dayRows.value(1).toString(), dayRows.value(2).toString()) };
        }
        CalendarYear& year = stored[index.value(yearNumber)].year;
        year.setKind(date, *kind);
        year.setHoliday(date, dayRows.value(3).toInt() != 0);
    }
    return stored;
}

Result<ProductionCalendar> effectiveCalendar(const Database& database)
{
    auto calendar = ProductionCalendar::builtin();
    if (!calendar) {
        return calendar.error();
    }
    auto stored = CalendarRepository(database).all();
    if (!stored) {
        return stored.error();
    }
    ProductionCalendar effective = *calendar;
    for (const StoredCalendarYear& entry : *stored) {
        effective.setYear(entry.year);
    }
    return effective;
}

Status requireCalendarYear(const Database& database, const QDateTime& instant)
{
    const int year = toMoscow(instant).date().year();
    if (const auto shipped = ProductionCalendar::builtin(); shipped && shipped->hasYear(year)) {
        return Done {};
    }
    auto stored = database.runScalar(QStringLiteral("SELECT COUNT(*) FROM calendar_years WHERE year = ?"), { year });
    if (!stored) {
        return stored.error();
    }
    if (stored->toInt() > 0) {
        return Done {};
    }
    return ProductionCalendar {}.year(year).error();
}

} // namespace dd
