#pragma once

#include "core/domain/Project.h"
#include "core/domain/User.h"
#include "core/regression/RegressionRun.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace dd {

// One line of the testing schedule: a run that is done or in progress, the next regression
// run a project is due, or a requested feature test.
struct ScheduleEntry
{
    ScheduleState state = ScheduleState::Planned;
    RunKind kind = RunKind::Regression;
    QDate date; // on the calendar: the due date, or the day a run started / finished
    QDate dueDate; // invalid for a paused project
    qint64 projectId = 0;
    QString projectCode;
    QString projectName;
    QString clientName;
    qint64 testerId = 0; // 0 = the project has no tester yet
    QString testerLogin;
    QString testerName;
    qint64 runId = 0; // 0 = not started
    qint64 ticketId = 0;
    qint64 ticketNumber = 0;
    RunCounts counts;
    int daysOverdue = 0; // > 0 when the due date has passed and the run is not finished

    bool isOpen() const
    {
        return state == ScheduleState::Due || state == ScheduleState::Overdue || state == ScheduleState::InProgress;
    }
};

// The bimonthly plan (docs/rules.md#regression-testing, regulation §2.2). Pure: the caller gives the projects, the
// runs and "today" (a Moscow date), so the rules are tested without a database or a clock.
class RegressionPlan
{
public:
    struct Options
    {
        // A run counts as `due` (not just `planned`) this many days before its due date.
        int dueWindowDays = 14;
    };

    RegressionPlan();
    explicit RegressionPlan(Options options);

    // `from` plus whole months. A day that does not exist in the target month clamps to
    // its last day (31 Dec + 2 months = 28 Feb, or 29 Feb in a leap year). The next run
    // counts from the day the last one finished, so the clamping never accumulates.
    static QDate addMonths(const QDate& from, int months);

    // One interval after the last finished regression run, else one interval after the
    // project's start. A project without a start date and without runs is due at once,
    // on `today`. An interval below one month counts as one month.
    static QDate nextDueDate(const Project& project, const QDate& lastFinished, const QDate& today);

    // planned / due / overdue for a run not started yet.
    ScheduleState stateFor(const QDate& dueDate, const QDate& today) const;

    // Every entry of the schedule on `today`: for each project its finished runs (done),
    // its run in progress or else its next due run (planned/due/overdue; `paused` for a
    // project that is not active), and the feature tests. `users` fills tester names.
    QList<ScheduleEntry> schedule(const QList<Project>& projects, const QList<RegressionRun>& runs, const QDate& today,
                                  const QHash<qint64, User>& users = {}) const;

    // The Moscow date of an instant; "today" is moscowDate(Clock::current().nowUtc()).
    static QDate moscowDate(const QDateTime& instant);
    static QDate moscowToday();

    const Options& options() const { return m_options; }

private:
    Options m_options;
};

// Sorts open entries first (overdue, due, in progress, by date), then the rest by date.
void sortSchedule(QList<ScheduleEntry>& entries);

} // namespace dd
