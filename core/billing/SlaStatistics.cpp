#include "core/billing/SlaStatistics.h"

#include "core/billing/TicketFeedback.h"
#include "core/storage/TicketSla.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace dd {

namespace {

qint64 moscowMidnight(QDate date)
{
    return QDateTime(date, QTime(0, 0), moscowZone()).toSecsSinceEpoch();
}

bool inPeriod(qint64 at, const SlaStatistics::Period& period)
{
    return at >= period.from && at < period.to;
}

// The status an event leaves the ticket in: the recorded "to" when there is one, else
// what the event type means.
std::optional<QString> statusAfter(const TicketEventRecord& event)
{
    using namespace ticket_event;
    static const QHash<QString, TicketStatus> byType {
        { arrived, TicketStatus::New },
        { registered, TicketStatus::Registered },
        { waitingStarted, TicketStatus::Waiting },
        { waitingEnded, TicketStatus::Registered },
        { resolved, TicketStatus::Resolved },
        { reopened, TicketStatus::Reopened },
        { closed, TicketStatus::Closed },
        { outOfScope, TicketStatus::OutOfScope },
        { development, TicketStatus::Development },
    };
    if (!byType.contains(event.type)) {
        return std::nullopt;
    }
    const QString to = event.data.value(QStringLiteral("to")).toString();
    if (event.type != arrived && ticketStatusFromSlug(to)) {
        return to;
    }
    return toSlug(byType.value(event.type));
}

QString statusAt(const QList<TicketEventRecord>& history, qint64 at)
{
    QString status;
    for (const TicketEventRecord& event : history) {
        if (event.at.toSecsSinceEpoch() > at) {
            continue; // histories are in version order; a back-dated event may follow
        }
        if (const auto next = statusAfter(event)) {
            status = *next;
        }
    }
    return status;
}

void addRating(QList<RatingAverage>& list, const QString& name, int rating)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const RatingAverage& r) { return r.name == name; });
    if (it == list.end()) {
        list << RatingAverage { name, 0, 0 };
        it = list.end() - 1;
    }
    ++it->count;
    it->sum += rating;
}

// The compliance cells being counted, by project, level and week.
using ComplianceCells = QMap<std::tuple<QString, int, QDate>, ComplianceCell>;

int bucketOf(qint64 seconds)
{
    const auto& edges = SlaStatistics::reactionBucketEdges;
    return static_cast<int>(std::upper_bound(edges.begin(), edges.end(), seconds - 1) - edges.begin());
}

void countBacklog(SlaStatistics& stats, const TicketHistory& ticket, SlaStatistics::Period period)
{
    // Backlog counts every ticket, in or out of the SLA, while it is open.
    for (const QDate& week : std::as_const(stats.weeks)) {
        const qint64 end = std::min(moscowMidnight(week.addDays(7)), period.to) - 1;
        const QString status = statusAt(ticket.history, end);
        if (SlaStatistics::backlogStates().contains(status)) {
            ++stats.backlog[week][status];
        }
    }
}

void countDecided(SlaStatistics& stats, const Ticket& ticket, const TicketClock& clock, bool followUp, QDate week,
                  ComplianceCells& cells)
{
    ComplianceCell& cell = cells[{ ticket.projectShownName(), static_cast<int>(clock.level), week }];
    cell.project = ticket.projectShownName();
    cell.level = clock.level;
    cell.week = week;
    if (clock.state == ClockState::Met) {
        ++cell.met;
        ++stats.met;
    } else {
        ++cell.breached;
        ++stats.breached;
        ++stats.breachesByWeek[week];
        stats.breaches << BreachRecord { ticket.number,  ticket.projectShownName(),     clock.level, followUp,
                                         clock.deadline, clock.consumed - clock.allowed };
    }
}

// The reaction clocks decided in the period: compliance, breaches, the first reactions' histogram.
void countReactions(SlaStatistics& stats, const TicketHistory& ticket, const SlaEngine& engine,
                    SlaStatistics::Period period, ComplianceCells& cells)
{
    const std::vector<TicketEvent> events = TicketSla::clockEvents(ticket.history);
    const auto clocks = computeTicketClocks(engine, events, ticket.ticket.tariff, period.to - 1);
    bool first = true;
    for (const TicketClock& clock : clocks) {
        if (clock.kind == ClockKind::Resolution || !clock.error.isEmpty()) {
            continue;
        }
        const bool isFirst = clock.kind == ClockKind::Reaction && first;
        if (clock.kind == ClockKind::Reaction) {
            first = false;
        }
        qint64 decided = 0;
        if (clock.state == ClockState::Met && clock.stopped) {
            decided = *clock.stopped;
        } else if (clock.state == ClockState::Breached) {
            decided = clock.deadline;
        } else {
            continue;
        }
        if (isFirst && clock.stopped && inPeriod(*clock.stopped, period)) {
            ++stats.reactionHistogram[clock.level][bucketOf(clock.consumed)];
        }
        if (inPeriod(decided, period)) {
            countDecided(stats, ticket.ticket, clock, !isFirst, SlaStatistics::weekOf(decided), cells);
        }
    }
}

void countRating(SlaStatistics& stats, const TicketHistory& ticket, SlaStatistics::Period period)
{
    // The latest rating, if given in the period; the engineer who resolved the ticket.
    const TicketEventRecord* rated = nullptr;
    QString resolver;
    for (const TicketEventRecord& event : ticket.history) {
        if (event.type == ticket_event::rated) {
            rated = &event;
        } else if (event.type == ticket_event::resolved) {
            resolver = event.actorName.isEmpty() ? event.actor : event.actorName;
        }
    }
    if (!rated || !inPeriod(rated->at.toSecsSinceEpoch(), period)) {
        return;
    }
    const int rating = rated->data.value(QStringLiteral("rating")).toInt();
    if (rating < 1 || rating > 5) {
        return;
    }
    if (resolver.isEmpty()) {
        resolver = ticket.ticket.assigneeName.isEmpty() ? ticket.ticket.assigneeLogin : ticket.ticket.assigneeName;
    }
    addRating(stats.ratingsByProject, ticket.ticket.projectShownName(), rating);
    addRating(stats.ratingsByEngineer, resolver.isEmpty() ? SlaStatistics::tr("unassigned") : resolver, rating);
}

QList<RegressionMonth> regressionMonths(SlaStatistics::Period period, const QList<ScheduleEntry>& testing)
{
    // Regression runs due in each month of the period.
    QList<RegressionMonth> months;
    const QDate firstDay = QDateTime::fromSecsSinceEpoch(period.from, moscowZone()).date();
    const QDate lastDay = QDateTime::fromSecsSinceEpoch(period.to - 1, moscowZone()).date();
    for (QDate month(firstDay.year(), firstDay.month(), 1); month <= lastDay; month = month.addMonths(1)) {
        RegressionMonth row;
        row.month = month;
        for (const ScheduleEntry& entry : testing) {
            if (entry.kind != RunKind::Regression || entry.state == ScheduleState::Paused || !entry.dueDate.isValid()) {
                continue;
            }
            if (entry.dueDate.year() == month.year() && entry.dueDate.month() == month.month()) {
                ++row.due;
                if (entry.state == ScheduleState::Done) {
                    ++row.done;
                }
            }
        }
        months << row;
    }
    return months;
}

} // namespace

QStringList SlaStatistics::reactionBucketLabels()
{
    // Short: seven of them share one chart's width.
    return { SlaStatistics::tr("≤15m"), SlaStatistics::tr("15–30m"), SlaStatistics::tr("30–60m"),
             SlaStatistics::tr("1–2h"), SlaStatistics::tr("2–4h"),   SlaStatistics::tr("4–8h"),
             SlaStatistics::tr(">8h") };
}

QStringList SlaStatistics::backlogStates()
{
    return { toSlug(TicketStatus::New), toSlug(TicketStatus::Registered), toSlug(TicketStatus::Waiting),
             toSlug(TicketStatus::Reopened) };
}

QDate SlaStatistics::weekOf(qint64 instant)
{
    const QDate date = QDateTime::fromSecsSinceEpoch(instant, moscowZone()).date();
    return date.addDays(1 - date.dayOfWeek());
}

std::optional<double> SlaStatistics::percent(SlaLevel level, QDate week) const
{
    int m = 0;
    int b = 0;
    for (const ComplianceCell& cell : compliance) {
        if (cell.level == level && cell.week == week) {
            m += cell.met;
            b += cell.breached;
        }
    }
    if (m + b == 0) {
        return std::nullopt;
    }
    return 100.0 * m / (m + b);
}

SlaStatistics SlaStatistics::compute(const QList<TicketHistory>& tickets, const SlaEngine& engine, Period period,
                                     const QList<ScheduleEntry>& testing)
{
    SlaStatistics stats;
    if (period.to <= period.from) {
        return stats;
    }
    for (QDate week = weekOf(period.from); moscowMidnight(week) < period.to; week = week.addDays(7)) {
        stats.weeks << week;
    }
    for (const SlaLevel level : { SlaLevel::Emergency, SlaLevel::Standard, SlaLevel::Urgent }) {
        stats.reactionHistogram.insert(level, QList<int>(reactionBucketEdges.size() + 1, 0));
    }
    ComplianceCells cells;
    for (const TicketHistory& ticket : tickets) {
        countBacklog(stats, ticket, period);
        const TicketStatus status = ticket.ticket.status;
        if (status == TicketStatus::OutOfScope || status == TicketStatus::Development) {
            continue;
        }
        countReactions(stats, ticket, engine, period, cells);
        countRating(stats, ticket, period);
    }
    stats.compliance = cells.values();
    std::sort(stats.breaches.begin(), stats.breaches.end(),
              [](const BreachRecord& a, const BreachRecord& b) { return a.deadline < b.deadline; });
    const auto byName = [](const RatingAverage& a, const RatingAverage& b) { return a.name < b.name; };
    std::sort(stats.ratingsByProject.begin(), stats.ratingsByProject.end(), byName);
    std::sort(stats.ratingsByEngineer.begin(), stats.ratingsByEngineer.end(), byName);
    stats.testing = regressionMonths(period, testing);
    return stats;
}

} // namespace dd
