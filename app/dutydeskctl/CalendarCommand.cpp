#include "CalendarCommand.h"

#include "StorageSession.h"

#include "core/sla/SlaSettings.h"
#include "core/storage/CalendarRepository.h"
#include "core/storage/SlaConfiguration.h"
#include "core/time/ProductionCalendar.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dd::ctl {

namespace {

// "1, 2, 3, 8" or "—".
QString dayList(const QList<int>& days)
{
    if (days.isEmpty()) {
        return QStringLiteral("—");
    }
    QStringList parts;
    for (int day : days) {
        parts << QString::number(day);
    }
    return parts.join(QStringLiteral(", "));
}

struct MonthSummary
{
    QList<int> daysOff;
    QList<int> shortened;
    QList<int> workingWeekend;
    int workingDays = 0;
    qint64 workingSeconds = 0;
};

MonthSummary summarize(const CalendarYear& year, int month, const SlaSettings& settings)
{
    MonthSummary summary;
    const qint64 fullDay = settings.businessOpen.secsTo(settings.businessClose);
    for (QDate date(year.year(), month, 1); date.month() == month; date = date.addDays(1)) {
        const DayKind kind = year.kind(date);
        if (kind == DayKind::DayOff) {
            summary.daysOff << date.day();
            continue;
        }
        ++summary.workingDays;
        summary.workingSeconds += fullDay;
        if (kind == DayKind::Shortened) {
            summary.shortened << date.day();
            if (settings.shortenedDays) {
                summary.workingSeconds -= settings.shortenedBy;
            }
        }
        if (ProductionCalendar::isWeekend(date)) {
            summary.workingWeekend << date.day();
        }
    }
    return summary;
}

QString hours(qint64 seconds)
{
    return seconds % 3600 == 0 ? QString::number(seconds / 3600) : QString::number(seconds / 3600.0, 'f', 2);
}

QJsonArray toJson(const QList<int>& days)
{
    QJsonArray array;
    for (int day : days) {
        array.append(day);
    }
    return array;
}

struct YearCounts
{
    int working = 0;
    int daysOff = 0;
    int shortened = 0;
    int workingWeekend = 0;
};

YearCounts count(const CalendarYear& year)
{
    YearCounts counts;
    for (QDate date(year.year(), 1, 1); date.year() == year.year(); date = date.addDays(1)) {
        const DayKind kind = year.kind(date);
        counts.daysOff += kind == DayKind::DayOff;
        counts.shortened += kind == DayKind::Shortened;
        counts.workingWeekend += kind != DayKind::DayOff && ProductionCalendar::isWeekend(date);
        counts.working += kind != DayKind::DayOff;
    }
    return counts;
}

QJsonObject toJson(const YearCounts& counts)
{
    return { { QStringLiteral("workingDays"), counts.working },
             { QStringLiteral("daysOff"), counts.daysOff },
             { QStringLiteral("shortened"), counts.shortened },
             { QStringLiteral("workingWeekend"), counts.workingWeekend } };
}

// Stores a validated year through the repository, as the acting administrator.
int storeYear(CommandContext& ctx, const QCommandLineParser& parser, const CalendarYear& year, const YearCounts& counts)
{
    int code = ExitOk;
    auto [database, actor] = StorageSession::openAs(ctx, parser, code);
    if (!database) {
        return code;
    }
    // On PostgreSQL the server refuses anyone but dutydesk_admin anyway; this says so
    // in a sentence, and guards the embedded database once it has an administrator.
    if (auto allowed = StorageSession::requireAdmin(*database, *actor); !allowed) {
        return ctx.failure(allowed.error().message);
    }
    auto stored = CalendarRepository(*database).save(year, CalendarSource::Imported, *actor);
    if (!stored) {
        return ctx.failure(
            CalendarCommand::tr("the calendar for %1 was not stored: %2").arg(year.year()).arg(stored.error().message));
    }
    if (ctx.json()) {
        QJsonObject object = toJson(counts);
        object.insert(QStringLiteral("year"), year.year());
        object.insert(QStringLiteral("stored"), true);
        object.insert(QStringLiteral("origin"), toSlug(stored->source));
        object.insert(QStringLiteral("source"), year.source());
        object.insert(QStringLiteral("version"), stored->version);
        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else {
        ctx.out << CalendarCommand::tr("Stored the production calendar for %1 in %2: %3 days off, %4 shortened days, "
                                       "%5 working weekend days")
                       .arg(year.year())
                       .arg(database->location().displayName())
                       .arg(counts.daysOff)
                       .arg(counts.shortened)
                       .arg(counts.workingWeekend)
                << "\n";
    }
    return ExitOk;
}

// calendar set-day DATE --type working|off|shortened --reason R (issue 17).
int setDay(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QDate date = QDate::fromString(parser.positionalArguments().at(2), Qt::ISODate);
    if (!date.isValid()) {
        return ctx.usageError(CalendarCommand::tr("calendar set-day needs one DATE like 2026-12-31"));
    }
    static const QHash<QString, DayKind> kinds { { QStringLiteral("working"), DayKind::Working },
                                                 { QStringLiteral("off"), DayKind::DayOff },
                                                 { QStringLiteral("shortened"), DayKind::Shortened } };
    const QString type = parser.value(QStringLiteral("type"));
    if (!kinds.contains(type)) {
        return ctx.usageError(CalendarCommand::tr("--type is working, off or shortened, not “%1”").arg(type));
    }
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        return ctx.usageError(CalendarCommand::tr("calendar set-day needs --reason R"));
    }
    int code = ExitOk;
    Actor actor;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, true, &actor);
    if (!database) {
        return code;
    }
    auto stored
        = CalendarRepository(*database).setDay(date, kinds.value(type), parser.value(QStringLiteral("reason")), actor);
    if (!stored) {
        return ctx.failure(stored.error().message);
    }
    ctx.out
        << CalendarCommand::tr("%1 is now %2 for everyone using this database.").arg(date.toString(Qt::ISODate), type)
        << "\n";
    return ExitOk;
}

// calendar export YEAR [--output FILE]: the year everyone using the database counts,
// in the xmlcalendar format `calendar import` reads.
int exportYear(CommandContext& ctx, const QCommandLineParser& parser)
{
    bool ok = false;
    const int yearNumber = parser.positionalArguments().at(2).toInt(&ok);
    if (!ok) {
        return ctx.usageError(CalendarCommand::tr("calendar export takes one YEAR"));
    }
    auto database = StorageSession::openExisting(ctx);
    if (!database) {
        return ctx.failure(database.error().message);
    }
    const auto calendar = *database ? effectiveCalendar(**database) : ProductionCalendar::builtin();
    const auto year = calendar ? calendar->year(yearNumber) : Result<CalendarYear>(calendar.error());
    if (!year) {
        return ctx.failure(year.error().message);
    }
    const QByteArray xml = writeXmlCalendar(*year);
    if (!parser.isSet(QStringLiteral("output"))) {
        ctx.out << QString::fromUtf8(xml);
        return ExitOk;
    }
    QFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(xml) != xml.size()) {
        return ctx.failure(
            CalendarCommand::tr("cannot write %1: %2").arg(parser.value(QStringLiteral("output")), file.errorString()));
    }
    return ExitOk;
}

// Working hours follow the shared shortened-day rule of the database; the defaults without one.
Result<SlaSettings> settingsOf(const Database* database)
{
    if (!database) {
        return SlaSettings {};
    }
    return SlaConfiguration::loadSettings(*database);
}

// The year as stored in the database, if it is.
Result<std::optional<StoredCalendarYear>> storedYear(const Database* database, int yearNumber)
{
    if (!database) {
        return std::optional<StoredCalendarYear> {};
    }
    return CalendarRepository(*database).find(yearNumber);
}

// calendar show --json: the year's months with their days off, shortened days and hours.
QJsonObject yearJson(const CalendarYear& year, int yearNumber, const QString& origin, const SlaSettings& settings)
{
    QJsonArray months;
    for (int month = 1; month <= 12; ++month) {
        const MonthSummary m = summarize(year, month, settings);
        months.append(QJsonObject { { QStringLiteral("month"), month },
                                    { QStringLiteral("daysOff"), toJson(m.daysOff) },
                                    { QStringLiteral("shortened"), toJson(m.shortened) },
                                    { QStringLiteral("workingWeekend"), toJson(m.workingWeekend) },
                                    { QStringLiteral("workingDays"), m.workingDays },
                                    { QStringLiteral("workingHours"), m.workingSeconds / 3600.0 } });
    }
    return QJsonObject { { QStringLiteral("year"), yearNumber },
                         { QStringLiteral("source"), year.source() },
                         { QStringLiteral("origin"), origin },
                         { QStringLiteral("months"), months } };
}

// calendar show as text: month by month, then the year's totals.
void printYear(CommandContext& ctx, const CalendarYear& year, int yearNumber, const StoredCalendarYear* stored,
               const QString& origin, const SlaSettings& settings)
{
    ctx.out << CalendarCommand::tr("Production calendar %1").arg(yearNumber) << "\n";
    if (!year.source().isEmpty()) {
        ctx.out << year.source() << "\n";
    }
    if (stored) {
        ctx.out << CalendarCommand::tr("Stored in the database (%1 by %2, %3)")
                       .arg(origin, stored->loadedBy, formatMoscowIso(stored->loadedAt))
                << "\n";
    }
    int totalDays = 0;
    qint64 totalSeconds = 0;
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        const MonthSummary m = summarize(year, month, settings);
        totalDays += m.workingDays;
        totalSeconds += m.workingSeconds;
        ctx.out << "\n"
                << locale.standaloneMonthName(month, QLocale::LongFormat) << "\n"
                << "  " << CalendarCommand::tr("days off: %1").arg(dayList(m.daysOff)) << "\n"
                << "  " << CalendarCommand::tr("shortened days: %1").arg(dayList(m.shortened)) << "\n"
                << "  " << CalendarCommand::tr("working weekend days: %1").arg(dayList(m.workingWeekend)) << "\n"
                << "  "
                << CalendarCommand::tr("working days: %1, working hours: %2")
                       .arg(m.workingDays)
                       .arg(hours(m.workingSeconds))
                << "\n";
    }
    ctx.out << "\n"
            << CalendarCommand::tr("Year: %1 working days, %2 working hours (business schedule %3–%4)")
                   .arg(totalDays)
                   .arg(hours(totalSeconds))
                   .arg(settings.businessOpen.toString(QStringLiteral("HH:mm")),
                        settings.businessClose.toString(QStringLiteral("HH:mm")))
            << "\n";
}

} // namespace

QString CalendarCommand::description() const
{
    return CalendarCommand::tr("The production calendar: show a year, check or import an xmlcalendar file.");
}

int CalendarCommand::run(CommandContext& ctx)
{
    const Argument year { QStringLiteral("YEAR"), CalendarCommand::tr("The year, e.g. 2026.") };
    const Argument file { QStringLiteral("FILE"), CalendarCommand::tr("An xmlcalendar file.") };
    const QCommandLineOption yearOption { QStringLiteral("year"),
                                          CalendarCommand::tr("Refuse the file unless it is for this year."),
                                          QStringLiteral("YEAR") };
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("show"),
              .synopsis = tr("A year month by month: days off, shortened days, working hours."),
              .arguments = { year },
              .handler = show,
              .description = CalendarCommand::tr("Show a year of the production calendar, month by month.") },
            { .name = QStringLiteral("check"),
              .synopsis = tr("Validate an xmlcalendar file."),
              .options = { yearOption },
              .arguments = { file },
              .handler = [](CommandContext& c, const QCommandLineParser& p) { return check(c, p, false); } },
            { .name = QStringLiteral("import"),
              .synopsis = tr("Validate an xmlcalendar file and load its year."),
              .options = { yearOption },
              .arguments = { file },
              .actor = true,
              .handler = [](CommandContext& c, const QCommandLineParser& p) { return check(c, p, true); },
              .description = CalendarCommand::tr("Validate an xmlcalendar file and store its year in the database, "
                                                 "replacing the shipped or previously stored one.") },
            { .name = QStringLiteral("export"),
              .synopsis = tr("Write a year as an xmlcalendar file."),
              .options = { { QStringLiteral("output"), CalendarCommand::tr("Write to FILE instead of standard output."),
                             QStringLiteral("FILE") } },
              .arguments = { year },
              .handler = exportYear },
            { .name = QStringLiteral("set-day"),
              .synopsis = tr("Change one day (working, off, shortened) with a reason."),
              .options
              = { { QStringLiteral("type"), CalendarCommand::tr("working, off or shortened."), QStringLiteral("T") },
                  { QStringLiteral("reason"), CalendarCommand::tr("Why (a decree, a company decision)."),
                    QStringLiteral("R") } },
              .arguments = { { QStringLiteral("DATE"), CalendarCommand::tr("The day, YYYY-MM-DD.") } },
              .actor = true,
              .handler = setDay },
        });
}

int CalendarCommand::show(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments().mid(2);
    bool ok = false;
    const int yearNumber = words.first().toInt(&ok);
    if (!ok || yearNumber < 1900 || yearNumber > 9999) {
        return ctx.usageError(CalendarCommand::tr("“%1” is not a year").arg(words.first()));
    }
    // The database's calendar: a year stored there replaces the shipped one.
    auto database = StorageSession::openExisting(ctx);
    if (!database) {
        return ctx.failure(database.error().message);
    }
    auto found = storedYear(database->get(), yearNumber);
    if (!found) {
        return ctx.failure(found.error().message);
    }
    const std::optional<StoredCalendarYear>& stored = *found;
    const auto calendar = *database ? effectiveCalendar(**database) : ProductionCalendar::builtin();
    if (!calendar) {
        return ctx.failure(calendar.error().toString());
    }
    const auto year = calendar->year(yearNumber);
    if (!year) {
        return ctx.failure(year.error().message);
    }
    const QString origin = stored ? toSlug(stored->source) : toSlug(CalendarSource::Builtin);
    auto settings = settingsOf(database->get());
    if (!settings) {
        return ctx.failure(settings.error().message);
    }
    if (ctx.json()) {
        ctx.out << QJsonDocument(yearJson(*year, yearNumber, origin, *settings)).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    printYear(ctx, *year, yearNumber, stored ? &*stored : nullptr, origin, *settings);
    return ExitOk;
}

int CalendarCommand::check(CommandContext& ctx, const QCommandLineParser& parser, bool import)
{
    const QStringList words = parser.positionalArguments().mid(2);
    const QString yearOption = QStringLiteral("year");
    std::optional<int> expected;
    if (parser.isSet(yearOption)) {
        bool ok = false;
        expected = parser.value(yearOption).toInt(&ok);
        if (!ok) {
            return ctx.usageError(CalendarCommand::tr("“%1” is not a year").arg(parser.value(yearOption)));
        }
    }
    const QString& path = words.first();
    // A file that does not validate is refused before the database is even opened.
    const auto year = readXmlCalendarFile(path, expected);
    if (!year) {
        return ctx.failure(QStringLiteral("%1: %2").arg(path, year.error().toString()));
    }
    const YearCounts counts = count(*year);
    if (import) {
        return storeYear(ctx, parser, *year, counts);
    }
    if (ctx.json()) {
        QJsonObject object = toJson(counts);
        object.insert(QStringLiteral("file"), path);
        object.insert(QStringLiteral("year"), year->year());
        object.insert(QStringLiteral("valid"), true);
        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else {
        ctx.out << CalendarCommand::tr("%1: a valid calendar for %2: %3 working days, %4 days off, %5 shortened, "
                                       "%6 working weekend days")
                       .arg(path)
                       .arg(year->year())
                       .arg(counts.working)
                       .arg(counts.daysOff)
                       .arg(counts.shortened)
                       .arg(counts.workingWeekend)
                << "\n";
    }
    return ExitOk;
}

} // namespace dd::ctl
