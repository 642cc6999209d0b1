#include "core/regression/IcsExport.h"
#include "core/regression/RegressionRun.h"

#include "core/util/Clock.h"

#include <QCoreApplication>

#include <libical/ical.h>

#include <memory>

namespace dd {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype icalDate(const QDate& date)
{
    icaltimetype time = icaltime_null_date();
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    return time;
}

QString summaryFor(const ScheduleEntry& entry)
{
    const QString project = entry.projectName.isEmpty() ? entry.projectCode : entry.projectName;
    QString what = entry.kind == RunKind::Feature
        ? Regression::tr("Feature test #%1: %2").arg(entry.ticketNumber).arg(project)
        : Regression::tr("Regression test: %1").arg(project);
    return QStringLiteral("%1 (%2)").arg(what, displayName(entry.state));
}

QString descriptionFor(const ScheduleEntry& entry)
{
    QStringList lines;
    if (!entry.clientName.isEmpty()) {
        lines << Regression::tr("Client: %1").arg(entry.clientName);
    }
    lines << Regression::tr("Project: %1").arg(entry.projectCode);
    lines << Regression::tr("Tester: %1")
                 .arg(entry.testerName.isEmpty() ? Regression::tr("not assigned") : entry.testerName);
    if (entry.dueDate.isValid()) {
        lines << Regression::tr("Due: %1").arg(entry.dueDate.toString(Qt::ISODate));
    }
    if (entry.runId != 0) {
        const RunCounts& c = entry.counts;
        lines << Regression::tr("Run %1: %2 pass, %3 fail, %4 skipped, %5 not checked")
                     .arg(entry.runId)
                     .arg(c.pass)
                     .arg(c.fail)
                     .arg(c.skip)
                     .arg(c.pending);
    }
    if (entry.daysOverdue > 0) {
        lines << Regression::tr("Days overdue: %1").arg(entry.daysOverdue);
    }
    return lines.join(QLatin1Char('\n'));
}

void addText(icalcomponent* component, icalproperty* property)
{
    icalcomponent_add_property(component, property);
}

void addX(icalcomponent* component, const char* name, const QString& value)
{
    icalproperty* property = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(component, property);
}

} // namespace

QString IcsExport::uidFor(const ScheduleEntry& entry)
{
    const QString domain = QStringLiteral(DUTYDESK_APP_ID).toLower();
    if (entry.kind == RunKind::Feature) {
        return QStringLiteral("feature-test-%1@%2").arg(entry.runId).arg(domain);
    }
    if (entry.dueDate.isValid()) {
        return QStringLiteral("regression-%1-%2@%3")
            .arg(entry.projectId)
            .arg(entry.dueDate.toString(QStringLiteral("yyyyMMdd")), domain);
    }
    return QStringLiteral("regression-run-%1@%2").arg(entry.runId).arg(domain);
}

QByteArray IcsExport::write(const QList<ScheduleEntry>& entries, const Options& options)
{
    const QDateTime stamp = options.stampUtc.isValid() ? options.stampUtc : Clock::current().nowUtc();
    const icaltimetype dtstamp = icaltime_from_timet_with_zone(static_cast<time_t>(stamp.toSecsSinceEpoch()), 0,
                                                               icaltimezone_get_utc_timezone());

    ComponentPtr calendar(icalcomponent_new_vcalendar());
    addText(calendar.get(), icalproperty_new_version("2.0"));
    addText(calendar.get(),
            icalproperty_new_prodid(QStringLiteral("-//echo company//Dutydesk %1//EN")
                                        .arg(QStringLiteral(DUTYDESK_VERSION))
                                        .toUtf8()
                                        .constData()));
    addText(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    addText(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!options.calendarName.isEmpty()) {
        addX(calendar.get(), "X-WR-CALNAME", options.calendarName);
    }

    for (const ScheduleEntry& entry : entries) {
        if (entry.state == ScheduleState::Paused || !entry.date.isValid()) {
            continue;
        }
        if (entry.state == ScheduleState::Done && !options.includeDone) {
            continue;
        }
        icalcomponent* event = icalcomponent_new_vevent();
        addText(event, icalproperty_new_uid(uidFor(entry).toUtf8().constData()));
        addText(event, icalproperty_new_dtstamp(dtstamp));
        addText(event, icalproperty_new_dtstart(icalDate(entry.date)));
        addText(event, icalproperty_new_dtend(icalDate(entry.date.addDays(1))));
        addText(event, icalproperty_new_summary(summaryFor(entry).toUtf8().constData()));
        addText(event, icalproperty_new_description(descriptionFor(entry).toUtf8().constData()));
        addText(event, icalproperty_new_categories(toSlug(entry.state).toUtf8().constData()));
        // An all-day reminder should not block the tester's day in free/busy.
        addText(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        addText(event,
                icalproperty_new_status(entry.state == ScheduleState::Planned ? ICAL_STATUS_TENTATIVE
                                                                              : ICAL_STATUS_CONFIRMED));
        addX(event, "X-DUTYDESK-STATE", toSlug(entry.state));
        addX(event, "X-DUTYDESK-PROJECT", entry.projectCode);
        if (!entry.testerLogin.isEmpty()) {
            addX(event, "X-DUTYDESK-TESTER", entry.testerLogin);
        }
        icalcomponent_add_component(calendar.get(), event);
    }

    char* text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

} // namespace dd
