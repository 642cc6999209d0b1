#include "core/billing/MonthlyReport.h"

#include "core/billing/TicketFeedback.h"
#include "core/storage/TicketSla.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dd {

namespace {

bool isCountedForSla(const QString& status)
{
    return status != toSlug(TicketStatus::OutOfScope) && status != toSlug(TicketStatus::Development);
}

void fillSla(ReportTicket& row, const TicketHistory& ticket, const std::vector<TicketEvent>& events,
             const SlaEngine& engine, qint64 now)
{
    if (!isCountedForSla(row.status)) {
        row.outcome = SlaOutcome::NotCounted;
        return;
    }
    const auto clocks = computeTicketClocks(engine, events, ticket.ticket.tariff, now);
    bool running = false;
    bool firstSeen = false;
    for (const TicketClock& clock : clocks) {
        // Resolution is not guaranteed; an excluded clock (the ticket left the SLA before it
        // was reopened) is never counted (docs/rules.md#clocks).
        if (clock.kind == ClockKind::Resolution || clock.isExcluded()) {
            continue;
        }
        if (clock.kind == ClockKind::Reaction && !firstSeen) {
            firstSeen = true;
            row.reactionSeconds = clock.consumed;
            row.reactionAllowed = clock.allowed;
        }
        if (clock.state == ClockState::Met) {
            ++row.reactionsMet;
        } else if (clock.state == ClockState::Breached) {
            ++row.reactionsBreached;
        } else {
            running = true;
        }
    }
    row.outcome = row.reactionsBreached > 0 ? SlaOutcome::Breached : running ? SlaOutcome::Running : SlaOutcome::Met;
}

// The month reported on, as UTC epoch seconds [from, to).
struct Month
{
    qint64 from = 0;
    qint64 to = 0;
};

// The client's tickets by id, with their histories as clock events.
struct Histories
{
    QHash<qint64, const TicketHistory*> byId;
    QHash<qint64, std::vector<TicketEvent>> eventsById;
};

// What the month's work comes to per ticket, and the tariffs without an hourly rate.
struct TicketBilling
{
    QHash<qint64, BilledTime> billed;
    QHash<qint64, qint64> amount;
    QSet<QString> unratedTariffs;
};

// The work line of `entry` on `ticket` within [a, b), split by the level the ticket had
// while the work was done, with its amount when the tariff has a rate.
Result<ReportWorkLine> workLine(const MonthlyReport::Input& input, const BillingSplit& split, const WorkLogEntry& entry,
                                const TicketHistory& ticket, const std::vector<TicketEvent>& events, qint64 a, qint64 b)
{
    const auto periods = levelPeriods(events);
    auto billed = periods.empty() ? split.split(a, b, parseSlaLevel(ticket.ticket.level).value_or(SlaLevel::Standard))
                                  : split.split(a, b, periods);
    if (!billed) {
        return Error { MonthlyReport::tr("work-log entry %1 on ticket #%2: %3")
                           .arg(entry.id)
                           .arg(ticket.ticket.number)
                           .arg(billed.error().message) };
    }
    ReportWorkLine line;
    line.entryId = entry.id;
    line.ticketNumber = ticket.ticket.number;
    line.userName = entry.userName.isEmpty() ? entry.userLogin : entry.userName;
    line.started = QDateTime::fromSecsSinceEpoch(a, QTimeZone::utc());
    line.finished = QDateTime::fromSecsSinceEpoch(b, QTimeZone::utc());
    line.note = entry.note;
    line.billed = *billed;
    if (const auto rate = input.rates.value(ticket.ticket.tariff)) {
        line.amountKopecks
            = amountKopecks(line.billed, *rate, input.doubleRatePercents.value(ticket.ticket.tariff, 200));
    }
    return line;
}

// The report's work lines: the client's work-log entries clipped to the month.
Status billWork(const MonthlyReport::Input& input, const SlaEngine& engine, const Histories& histories,
                const Month& month, MonthlyReport& report, TicketBilling& billing)
{
    const BillingSplit split(engine);
    for (const WorkLogEntry& entry : input.work) {
        const TicketHistory* ticket = histories.byId.value(entry.ticketId);
        if (!ticket) {
            continue; // not this client's ticket
        }
        const qint64 a = std::max(month.from, entry.started.toSecsSinceEpoch());
        const qint64 b = std::min(month.to, entry.finished.toSecsSinceEpoch());
        if (b <= a) {
            continue;
        }
        auto line = workLine(input, split, entry, *ticket, histories.eventsById.value(entry.ticketId), a, b);
        if (!line) {
            return line.error();
        }
        if (line->amountKopecks) {
            report.totalAmountKopecks += *line->amountKopecks;
            billing.amount[entry.ticketId] += *line->amountKopecks;
        } else {
            billing.unratedTariffs.insert(ticket->ticket.tariff);
        }
        billing.billed[entry.ticketId] += line->billed;
        report.total += line->billed;
        report.work << *line;
    }
    std::sort(report.work.begin(), report.work.end(), [](const ReportWorkLine& x, const ReportWorkLine& y) {
        return x.started != y.started ? x.started < y.started : x.entryId < y.entryId;
    });
    return Done {};
}

// A ticket's row without its SLA outcome (fillSla).
ReportTicket ticketRow(const TicketHistory& ticket, const TicketBilling& billing, const MonthlyReport::Input& input)
{
    ReportTicket row;
    row.id = ticket.ticket.id;
    row.number = ticket.ticket.number;
    row.subject = ticket.ticket.subject;
    row.projectCode = ticket.ticket.projectCode;
    row.projectName = ticket.ticket.projectName;
    row.tariff = ticket.ticket.tariff;
    row.level = ticket.ticket.level;
    row.status = toSlug(ticket.ticket.status);
    row.arrived = ticket.ticket.arrived;
    row.rating = TicketFeedback::rating(ticket.history);
    row.billed = billing.billed.value(ticket.ticket.id);
    if (input.rates.value(ticket.ticket.tariff)) {
        row.amountKopecks = billing.amount.value(ticket.ticket.id);
    }
    return row;
}

} // namespace

QString slaOutcomeId(SlaOutcome outcome)
{
    switch (outcome) {
    case SlaOutcome::Met:
        return QStringLiteral("met");
    case SlaOutcome::Breached:
        return QStringLiteral("breached");
    case SlaOutcome::Running:
        return QStringLiteral("running");
    case SlaOutcome::NotCounted:
        return QStringLiteral("not-counted");
    }
    return {};
}

QString slaOutcomeName(SlaOutcome outcome)
{
    switch (outcome) {
    case SlaOutcome::Met:
        return MonthlyReport::tr("met");
    case SlaOutcome::Breached:
        return MonthlyReport::tr("breached");
    case SlaOutcome::Running:
        return MonthlyReport::tr("in progress");
    case SlaOutcome::NotCounted:
        return MonthlyReport::tr("outside the SLA");
    }
    return {};
}

qint64 MonthlyReport::monthStart(QDate month)
{
    return QDateTime(QDate(month.year(), month.month(), 1), QTime(0, 0), moscowZone()).toSecsSinceEpoch();
}

qint64 MonthlyReport::monthEnd(QDate month)
{
    return monthStart(QDate(month.year(), month.month(), 1).addMonths(1));
}

QDate MonthlyReport::parseMonth(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
}

qint64 amountKopecks(const BilledTime& billed, qint64 rateKopecksPerHour, int doubleRatePercent)
{
    // Integer arithmetic (seconds × percent), rounded half up once per line: no float drift in money.
    const qint64 weighted = billed.normalSeconds * 100 + qint64(doubleRatePercent) * billed.doubleSeconds;
    return (weighted * rateKopecksPerHour + 180000) / 360000;
}

QString formatRoubles(qint64 kopecks)
{
    const QString sign = kopecks < 0 ? QStringLiteral("-") : QString();
    const qint64 value = std::abs(kopecks);
    return QStringLiteral("%1%2.%3").arg(sign).arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
}

QString formatHours(qint64 seconds)
{
    // Hundredths of an hour, rounded half up: 1 h 20 min → 1.33.
    const qint64 hundredths = (seconds * 100 + 1800) / 3600;
    return QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

Result<MonthlyReport> MonthlyReport::compute(const Input& input, const SlaEngine& engine)
{
    if (!input.month.isValid()) {
        return Error { MonthlyReport::tr("no month given") };
    }
    MonthlyReport report;
    report.clientId = input.clientId;
    report.clientName = input.clientName;
    report.month = QDate(input.month.year(), input.month.month(), 1);
    report.generatedAt = QDateTime::fromSecsSinceEpoch(input.now, QTimeZone::utc());
    report.rates = input.rates;
    const Month month { monthStart(report.month), monthEnd(report.month) };

    Histories histories;
    for (const TicketHistory& ticket : input.tickets) {
        histories.byId.insert(ticket.ticket.id, &ticket);
        histories.eventsById.insert(ticket.ticket.id, TicketSla::clockEvents(ticket.history));
    }
    TicketBilling billing;
    if (auto billed = billWork(input, engine, histories, month, report, billing); !billed) {
        return billed.error();
    }
    for (const TicketHistory& ticket : input.tickets) {
        const qint64 arrived = ticket.ticket.arrived.toSecsSinceEpoch();
        const bool arrivedInMonth = arrived >= month.from && arrived < month.to;
        if (!arrivedInMonth && !billing.billed.contains(ticket.ticket.id)) {
            continue;
        }
        ReportTicket row = ticketRow(ticket, billing, input);
        // The outcome as the history stands when the report is made: a reaction owed at
        // the month's end and given since is met, not "running".
        fillSla(row, ticket, histories.eventsById.value(ticket.ticket.id), engine, input.now);
        report.tickets << row;
    }
    std::sort(report.tickets.begin(), report.tickets.end(),
              [](const ReportTicket& x, const ReportTicket& y) { return x.number < y.number; });

    QStringList tariffs = billing.unratedTariffs.values();
    tariffs.sort();
    for (const QString& tariff : std::as_const(tariffs)) {
        report.warnings << MonthlyReport::tr("the tariff “%1” has no hourly rate: its hours are listed without amounts")
                               .arg(tariff);
    }
    return report;
}

} // namespace dd
