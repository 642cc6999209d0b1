#pragma once

#include "core/billing/BillingSplit.h"
#include "core/billing/TicketHistory.h"
#include "core/billing/WorkLogEntry.h"
#include "core/sla/SlaEngine.h"
#include "core/sla/TicketClocks.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// The SLA outcome of a ticket as a client report states it.
enum class SlaOutcome {
    Met, // every reaction clock stopped in time
    Breached, // at least one reaction clock ran out
    Running, // a reaction is still owed (ok, warning or paused)
    NotCounted // out of scope or handed to development: outside the SLA (docs/rules.md#service-levels)
};

QString slaOutcomeId(SlaOutcome outcome); // met / breached / running / not-counted
QString slaOutcomeName(SlaOutcome outcome); // translated

// One work-log entry as billed in the month (the part inside the month only).
struct ReportWorkLine
{
    qint64 entryId = 0;
    qint64 ticketNumber = 0;
    QString userName;
    QDateTime started; // UTC, clipped to the month
    QDateTime finished;
    QString note;
    BilledTime billed;
    std::optional<qint64> amountKopecks; // none when the tariff has no rate
};

struct ReportTicket
{
    qint64 id = 0;
    qint64 number = 0;
    QString subject;
    QString projectCode;
    QString projectName;
    QString tariff;
    QString level;
    QString status;
    QDateTime arrived;
    SlaOutcome outcome = SlaOutcome::Running;
    qint64 reactionSeconds = 0; // working seconds of the first reaction (or so far)
    qint64 reactionAllowed = 0;
    int reactionsMet = 0; // first reaction and follow-ups, stopped in time
    int reactionsBreached = 0;
    int rating = 0; // 0 = not rated
    BilledTime billed;
    std::optional<qint64> amountKopecks;
};

// A client's month (docs/rules.md#work-log): hours at normal and double rate, amounts by each project's
// tariff rate, and the tickets with their SLA outcome. Pure data; computed, not stored.
struct MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(dd::MonthlyReport)

public:
    qint64 clientId = 0;
    QString clientName;
    QDate month; // the first day
    QDateTime generatedAt; // UTC
    QList<ReportTicket> tickets; // arrived in the month or worked on in it, by number
    QList<ReportWorkLine> work; // by start
    QHash<QString, std::optional<qint64>> rates; // tariff → kopecks per hour
    BilledTime total;
    qint64 totalAmountKopecks = 0; // of the lines that have a rate
    QStringList warnings; // e.g. a tariff without an hourly rate

    // Moscow month bounds as UTC epoch seconds: [first day 00:00, next month 00:00).
    static qint64 monthStart(QDate month);
    static qint64 monthEnd(QDate month);
    // "2026-10" → its first day; invalid on anything else.
    static QDate parseMonth(const QString& text);

    struct Input
    {
        qint64 clientId = 0;
        QString clientName;
        QDate month;
        qint64 now = 0; // for clocks still running
        QList<TicketHistory> tickets; // every ticket of the client
        QList<WorkLogEntry> work; // entries overlapping the month
        QHash<QString, std::optional<qint64>> rates;
        QHash<QString, int> doubleRatePercents; // tariff → the double rate in percent; missing = 200
    };
    // Billing uses the level the ticket had while the work was done (BillingSplit).
    static Result<MonthlyReport> compute(const Input& input, const SlaEngine& engine);
};

// kopecks per hour × billed time: double time counts the tariff's multiplier (×2 by
// default, issue 17); rounded to the kopeck.
qint64 amountKopecks(const BilledTime& billed, qint64 rateKopecksPerHour, int doubleRatePercent = 200);
// "1 234,50" style money for people (roubles, two decimals, locale-independent dot).
QString formatRoubles(qint64 kopecks);
// Seconds as decimal hours with two places ("1.50"), the figure accountants bill by.
QString formatHours(qint64 seconds);

} // namespace dd
