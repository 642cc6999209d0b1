#include "core/regression/RegressionPlan.h"

#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"

#include <algorithm>

namespace dd {

RegressionPlan::RegressionPlan()
    : RegressionPlan(Options {})
{ }

RegressionPlan::RegressionPlan(Options options)
    : m_options(options)
{ }

QDate RegressionPlan::addMonths(const QDate& from, int months)
{
    // QDate::addMonths already clamps to the month's last day; the rule is ours, so it
    // is spelled out here and tested, not left to a library's documentation.
    const int monthIndex = from.year() * 12 + (from.month() - 1) + months;
    const int year = monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    const int lastDay = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, std::min(from.day(), lastDay));
}

QDate RegressionPlan::nextDueDate(const Project& project, const QDate& lastFinished, const QDate& today)
{
    const int interval = std::max(1, project.testingIntervalMonths);
    if (lastFinished.isValid()) {
        return addMonths(lastFinished, interval);
    }
    if (project.startDate.isValid()) {
        return addMonths(project.startDate, interval);
    }
    return today;
}

ScheduleState RegressionPlan::stateFor(const QDate& dueDate, const QDate& today) const
{
    if (today > dueDate) {
        return ScheduleState::Overdue;
    }
    if (today.daysTo(dueDate) <= m_options.dueWindowDays) {
        return ScheduleState::Due;
    }
    return ScheduleState::Planned;
}

QDate RegressionPlan::moscowDate(const QDateTime& instant)
{
    return toMoscow(instant).date();
}

QDate RegressionPlan::moscowToday()
{
    return moscowDate(Clock::current().nowUtc());
}

namespace {

// The entry's tester as the users list names them now, when they are in it.
void nameTester(ScheduleEntry& entry, const QHash<qint64, User>& users)
{
    if (const auto it = users.constFind(entry.testerId); it != users.constEnd()) {
        entry.testerLogin = it->login;
        entry.testerName = it->displayName();
    }
}

ScheduleEntry entryFor(const Project& project, const QHash<qint64, User>& users)
{
    ScheduleEntry entry;
    entry.projectId = project.id;
    entry.projectCode = project.code;
    entry.projectName = project.name;
    entry.clientName = project.clientName;
    entry.testerId = project.testerId;
    nameTester(entry, users);
    return entry;
}

void fillFromRun(ScheduleEntry& entry, const RegressionRun& run, const QHash<qint64, User>& users)
{
    entry.kind = run.kind;
    entry.runId = run.id;
    entry.ticketId = run.ticketId;
    entry.ticketNumber = run.ticketNumber;
    entry.dueDate = run.dueDate;
    entry.counts = run.counts();
    entry.testerId = run.testerId;
    entry.testerLogin = run.testerLogin;
    entry.testerName = run.testerName;
    nameTester(entry, users);
}

} // namespace

QList<ScheduleEntry> RegressionPlan::schedule(const QList<Project>& projects, const QList<RegressionRun>& runs,
                                              const QDate& today, const QHash<qint64, User>& users) const
{
    QList<ScheduleEntry> entries;
    for (const Project& project : projects) {
        if (project.status == ProjectStatus::Closed) {
            continue; // a closed project's history stays in the database, not on the plan
        }
        QDate lastFinished;
        const RegressionRun* open = nullptr;
        for (const RegressionRun& run : runs) {
            if (run.projectId != project.id) {
                continue;
            }
            ScheduleEntry entry = entryFor(project, users);
            fillFromRun(entry, run, users);
            if (run.status == RunStatus::Finished) {
                entry.state = ScheduleState::Done;
                entry.date = moscowDate(run.finishedAt);
                entries.append(entry);
                if (run.kind == RunKind::Regression && entry.date > lastFinished) {
                    lastFinished = entry.date;
                }
                continue;
            }
            if (run.kind == RunKind::Regression) {
                open = &run; // handled below: it replaces the project's next due run
                continue;
            }
            // A feature test, requested or started.
            entry.state = run.status == RunStatus::InProgress
                ? ScheduleState::InProgress
                : stateFor(run.dueDate.isValid() ? run.dueDate : today, today);
            entry.date = run.status == RunStatus::InProgress ? moscowDate(run.startedAt) : run.dueDate;
            if (!entry.date.isValid()) {
                entry.date = today;
            }
            entry.daysOverdue = run.dueDate.isValid() ? std::max<qint64>(0, run.dueDate.daysTo(today)) : 0;
            entries.append(entry);
        }

        ScheduleEntry next = entryFor(project, users);
        if (open) {
            fillFromRun(next, *open, users);
            next.state = ScheduleState::InProgress;
            next.date = moscowDate(open->startedAt);
            next.daysOverdue = open->dueDate.isValid() ? std::max<qint64>(0, open->dueDate.daysTo(today)) : 0;
        } else if (project.status != ProjectStatus::Active) {
            next.state = ScheduleState::Paused;
        } else {
            next.dueDate = nextDueDate(project, lastFinished, today);
            next.date = next.dueDate;
            next.state = stateFor(next.dueDate, today);
            next.daysOverdue = std::max<qint64>(0, next.dueDate.daysTo(today));
        }
        entries.append(next);
    }
    sortSchedule(entries);
    return entries;
}

void sortSchedule(QList<ScheduleEntry>& entries)
{
    const auto rank = [](ScheduleState state) {
        switch (state) {
        case ScheduleState::Overdue:
            return 0;
        case ScheduleState::Due:
            return 1;
        case ScheduleState::InProgress:
            return 2;
        case ScheduleState::Planned:
            return 3;
        case ScheduleState::Paused:
            return 4;
        case ScheduleState::Done:
            return 5;
        }
        return 6;
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const ScheduleEntry& a, const ScheduleEntry& b) {
        if (rank(a.state) != rank(b.state)) {
            return rank(a.state) < rank(b.state);
        }
        if (a.state == ScheduleState::Done) {
            return a.date > b.date; // the latest finished first
        }
        if (a.date != b.date) {
            return a.date < b.date;
        }
        return a.projectCode < b.projectCode;
    });
}

} // namespace dd
