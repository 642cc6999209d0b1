#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dd {

// Time a programmer spent on a ticket (docs/rules.md#work-log): [started, finished), UTC.
struct WorkLogEntry
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 userId = 0;
    QDateTime started;
    QDateTime finished;
    QString note;
    QDateTime createdAt;
    qint64 version = 1;

    // Filled by reads, for display.
    qint64 ticketNumber = 0;
    QString userLogin;
    QString userName;

    qint64 seconds() const { return started.secsTo(finished); }

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(dd::WorkLogEntry)
};

// A length of work as people type it, in English or Russian: "1:30", "90m", "90 мин",
// "1h30m", "1ч 30м", "1.5ч", "1,5 ч", "2h", "45" (minutes) → seconds, whole minutes.
// nullopt when the text is not a positive duration of at most a day ("abc", "-1ч", "25:99").
std::optional<qint64> parseWorkDuration(const QString& text);

// A start or end of work: "18:00" is that time today in Moscow (never a length of 18 hours,
// issue 18), anything else an ISO 8601 instant as parseInstant reads it. UTC.
Result<QDateTime> parseWorkTime(const QString& text, const QDateTime& now);

// The work log form's input (issue 18): a start, and an end or a duration (both must agree).
// A start may be left out when the end and the duration are given. Times as parseWorkTime.
struct WorkPeriod
{
    QDateTime started;
    QDateTime finished;
};
Result<WorkPeriod> workPeriodFromInput(const QString& from, const QString& to, const QString& duration,
                                       const QDateTime& now);

// Where the form's start begins: an hour ago, but never before the ticket arrived; whole minutes.
QDateTime defaultWorkStart(const QDateTime& arrived, const QDateTime& now);

// The rules of docs/rules.md#work-log an entry must keep: it ends after it starts, not in the
// future (`now`, the database server's clock), and does not start before the ticket arrived.
Status checkWorkPeriod(const QDateTime& started, const QDateTime& finished, const QDateTime& arrived,
                       const QDateTime& now);

} // namespace dd
