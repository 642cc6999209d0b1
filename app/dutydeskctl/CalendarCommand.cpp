#include "CalendarCommand.h"

#include "sla/SlaSettings.h"
#include "time/ProductionCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dd::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dd::ctl", text);
}

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

} // namespace

QString CalendarCommand::description() const
{
    return tr("The production calendar: show a year, check or import an xmlcalendar file.");
}

int CalendarCommand::run(CommandContext& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub == QLatin1String("show")) {
        return show(ctx);
    }
    if (sub == QLatin1String("check") || sub == QLatin1String("import")) {
        return check(ctx, sub == QLatin1String("import"));
    }
    return dispatchUnknownSubcommand(
        ctx, name(),
        { { QStringLiteral("show"), tr("A year month by month: days off, shortened days, working hours.") },
          { QStringLiteral("check"), tr("Validate an xmlcalendar file.") },
          { QStringLiteral("import"), tr("Validate an xmlcalendar file and load its year.") } });
}

int CalendarCommand::show(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show a year of the production calendar, month by month."));
    CommandContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("YEAR"), tr("The year, e.g. 2026."));
    if (auto done = ctx.parse(parser, ctx.arguments.mid(1))) {
        return *done;
    }
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 1) {
        return ctx.usageError(tr("calendar show takes one YEAR"));
    }
    bool ok = false;
    const int yearNumber = words.first().toInt(&ok);
    if (!ok || yearNumber < 1900 || yearNumber > 9999) {
        return ctx.usageError(tr("“%1” is not a year").arg(words.first()));
    }
    const auto calendar = ProductionCalendar::builtin();
    if (!calendar) {
        return ctx.failure(calendar.error().toString());
    }
    const auto year = calendar->year(yearNumber);
    if (!year) {
        return ctx.failure(year.error().message);
    }
    const SlaSettings settings;
    if (ctx.json()) {
        QJsonArray months;
        for (int month = 1; month <= 12; ++month) {
            const MonthSummary m = summarize(*year, month, settings);
            months.append(QJsonObject { { QStringLiteral("month"), month },
                                        { QStringLiteral("daysOff"), toJson(m.daysOff) },
                                        { QStringLiteral("shortened"), toJson(m.shortened) },
                                        { QStringLiteral("workingWeekend"), toJson(m.workingWeekend) },
                                        { QStringLiteral("workingDays"), m.workingDays },
                                        { QStringLiteral("workingHours"), m.workingSeconds / 3600.0 } });
        }
        const QJsonObject object { { QStringLiteral("year"), yearNumber },
                                   { QStringLiteral("source"), year->source() },
                                   { QStringLiteral("months"), months } };
        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    ctx.out << tr("Production calendar %1").arg(yearNumber) << "\n";
    if (!year->source().isEmpty()) {
        ctx.out << year->source() << "\n";
    }
    int totalDays = 0;
    qint64 totalSeconds = 0;
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        const MonthSummary m = summarize(*year, month, settings);
        totalDays += m.workingDays;
        totalSeconds += m.workingSeconds;
        ctx.out << "\n"
                << locale.standaloneMonthName(month, QLocale::LongFormat) << "\n"
                << "  " << tr("days off: %1").arg(dayList(m.daysOff)) << "\n"
                << "  " << tr("shortened days: %1").arg(dayList(m.shortened)) << "\n"
                << "  " << tr("working weekend days: %1").arg(dayList(m.workingWeekend)) << "\n"
                << "  " << tr("working days: %1, working hours: %2").arg(m.workingDays).arg(hours(m.workingSeconds))
                << "\n";
    }
    ctx.out << "\n"
            << tr("Year: %1 working days, %2 working hours (business schedule %3–%4)")
                   .arg(totalDays)
                   .arg(hours(totalSeconds))
                   .arg(settings.businessOpen.toString(QStringLiteral("HH:mm")),
                        settings.businessClose.toString(QStringLiteral("HH:mm")))
            << "\n";
    return ExitOk;
}

int CalendarCommand::check(CommandContext& ctx, bool import)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(import ? tr("Validate an xmlcalendar file and load its year.")
                                            : tr("Validate an xmlcalendar file."));
    CommandContext::addCommonOptions(parser);
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("Refuse the file unless it is for this year."),
                                        QStringLiteral("YEAR"));
    parser.addOption(yearOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("An xmlcalendar file."));
    if (auto done = ctx.parse(parser, ctx.arguments.mid(1))) {
        return *done;
    }
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 1) {
        return ctx.usageError(tr("give one FILE.xml"));
    }
    std::optional<int> expected;
    if (parser.isSet(yearOption)) {
        bool ok = false;
        expected = parser.value(yearOption).toInt(&ok);
        if (!ok) {
            return ctx.usageError(tr("“%1” is not a year").arg(parser.value(yearOption)));
        }
    }
    const QString& path = words.first();
    const auto year = readXmlCalendarFile(path, expected);
    if (!year) {
        return ctx.failure(QStringLiteral("%1: %2").arg(path, year.error().toString()));
    }
    int off = 0;
    int shortened = 0;
    int weekend = 0;
    int working = 0;
    for (QDate date(year->year(), 1, 1); date.year() == year->year(); date = date.addDays(1)) {
        const DayKind kind = year->kind(date);
        off += kind == DayKind::DayOff;
        shortened += kind == DayKind::Shortened;
        weekend += kind != DayKind::DayOff && ProductionCalendar::isWeekend(date);
        working += kind != DayKind::DayOff;
    }
    if (ctx.json()) {
        const QJsonObject object { { QStringLiteral("file"), path },
                                   { QStringLiteral("year"), year->year() },
                                   { QStringLiteral("valid"), true },
                                   { QStringLiteral("workingDays"), working },
                                   { QStringLiteral("daysOff"), off },
                                   { QStringLiteral("shortened"), shortened },
                                   { QStringLiteral("workingWeekend"), weekend } };
        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else {
        ctx.out << tr("%1: a valid calendar for %2: %3 working days, %4 days off, %5 shortened, "
                      "%6 working weekend days")
                       .arg(path)
                       .arg(year->year())
                       .arg(working)
                       .arg(off)
                       .arg(shortened)
                       .arg(weekend)
                << "\n";
    }
    if (import) {
        // The storage layer has the tables but no calendar repository yet: say so rather
        // than pretend the year was stored.
        ctx.out.flush();
        return ctx.failure(tr("storing an imported calendar in the database is not available yet; "
                              "the file was checked, nothing was stored"));
    }
    return ExitOk;
}

} // namespace dd::ctl
