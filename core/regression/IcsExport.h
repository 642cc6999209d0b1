#pragma once

#include "core/regression/RegressionPlan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

// The testing schedule as an iCalendar file (RFC 5545) that testers subscribe to.
// Written with libical, which does the escaping, line folding and CRLFs.
class IcsExport
{
public:
    struct Options
    {
        QString calendarName; // X-WR-CALNAME, what a calendar program shows
        QDateTime stampUtc; // DTSTAMP of every event; Clock::current() when invalid
        bool includeDone = true; // finished runs as history
    };

    // One all-day VEVENT per entry, except paused projects (nothing is due).
    static QByteArray write(const QList<ScheduleEntry>& entries, const Options& options);

    // Stable across exports, so a subscribed calendar updates an event instead of
    // duplicating it: a regression run is named by its project and due date (it keeps the
    // UID from `planned` through `in progress` to `done`), a feature test by its run.
    static QString uidFor(const ScheduleEntry& entry);
};

} // namespace dd
