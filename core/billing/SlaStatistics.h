#pragma once

#include "core/billing/TicketHistory.h"
#include "core/regression/RegressionPlan.h"
#include "core/sla/SlaEngine.h"
#include "core/sla/SlaLevel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace dd {

// Met and breached reaction clocks of one project and level in one week.
struct ComplianceCell
{
    QString project; // the short name, else the name: what the dashboard (its only reader) shows
    SlaLevel level = SlaLevel::Standard;
    QDate week; // Monday (Moscow)
    int met = 0;
    int breached = 0;

    int total() const { return met + breached; }
    double percent() const { return total() == 0 ? 100.0 : 100.0 * met / total(); }
};

struct BreachRecord
{
    qint64 ticketNumber = 0;
    QString project;
    SlaLevel level = SlaLevel::Standard;
    bool followUp = false; // a reaction to additional information, not the first one
    qint64 deadline = 0; // UTC epoch seconds: when it breached
    qint64 overdue = 0; // working seconds past the deadline (so far, when not stopped)
};

struct RatingAverage
{
    QString name;
    int count = 0;
    int sum = 0;
    double average() const { return count == 0 ? 0.0 : static_cast<double>(sum) / count; }
};

struct RegressionMonth
{
    QDate month; // the first day
    int due = 0; // regression runs due in the month
    int done = 0; // of those, finished
};

// Everything the SLA dashboard shows (docs/rules.md#service-levels, #tickets, #regression-testing), computed from
// ticket histories with the SLA engine — nothing is read from a stored figure. Pure: the caller gives the histories,
// the testing schedule and the period, so a hand-computed data set checks it.
//
// Rules (decided here, documented for managers):
// - Compliance counts reaction clocks (first reaction and reactions to additional
//   information). A clock falls in the week its outcome was decided: a met clock in
//   the week it stopped, a breached one in the week of its deadline. Running clocks not
//   yet overdue count nowhere yet. Weeks are Moscow weeks starting on Monday.
// - Out-of-scope tickets and those handed to development are outside the SLA.
// - The reaction-time distribution is of first reactions that stopped in the period, in
//   working time of the level's schedule.
// - Backlog: the tickets open (new, registered, waiting, reopened) at the end of each
//   week, by state, replayed from the status events.
// - Ratings: each ticket's latest rating, when given in the period, by project and by
//   the engineer who resolved the ticket (its assignee when the history has no resolver).
// - Testing: regression runs due in each month of the period, and how many are done.
class SlaStatistics
{
    Q_DECLARE_TR_FUNCTIONS(dd::SlaStatistics)

public:
    // Upper bounds of the reaction-time buckets, in seconds (the last is open-ended).
    static constexpr std::array<qint64, 6> reactionBucketEdges { 15 * 60, 30 * 60, 3600, 2 * 3600, 4 * 3600, 8 * 3600 };
    static QStringList reactionBucketLabels();
    static QStringList backlogStates(); // new, registered, waiting, reopened

    struct Period
    {
        qint64 from = 0; // UTC epoch seconds, inclusive
        qint64 to = 0; // exclusive; also "now" for running clocks
    };

    static SlaStatistics compute(const QList<TicketHistory>& tickets, const SlaEngine& engine, Period period,
                                 const QList<ScheduleEntry>& testing = {});

    // The Monday of the Moscow week containing the instant.
    static QDate weekOf(qint64 instant);

    QList<QDate> weeks; // every week of the period, in order
    QList<ComplianceCell> compliance; // cells with at least one clock, by project, level, week
    QList<BreachRecord> breaches; // by deadline
    QMap<QDate, int> breachesByWeek;
    int met = 0;
    int breached = 0;
    // Per level, counts per bucket (reactionBucketEdges.size() + 1 buckets).
    QMap<SlaLevel, QList<int>> reactionHistogram;
    // Week → state → open tickets at the week's end (or the period's end for the last).
    QMap<QDate, QMap<QString, int>> backlog;
    QList<RegressionMonth> testing;
    QList<RatingAverage> ratingsByProject;
    QList<RatingAverage> ratingsByEngineer;

    double overallPercent() const { return met + breached == 0 ? 100.0 : 100.0 * met / (met + breached); }
    // Compliance of all projects together for one level and week (nullopt: no clocks).
    std::optional<double> percent(SlaLevel level, QDate week) const;
};

} // namespace dd
