#include "core/billing/MonthlyReportCsv.h"

#include "core/billing/CsvWriter.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>

namespace dd {

namespace {

QString money(const std::optional<qint64>& kopecks)
{
    return kopecks ? formatRoubles(*kopecks) : QString();
}

} // namespace

QStringList MonthlyReportCsv::header()
{
    return { MonthlyReportCsv::tr("client"),       MonthlyReportCsv::tr("month"),
             MonthlyReportCsv::tr("ticket"),       MonthlyReportCsv::tr("project"),
             MonthlyReportCsv::tr("subject"),      MonthlyReportCsv::tr("level"),
             MonthlyReportCsv::tr("status"),       MonthlyReportCsv::tr("arrived (Moscow)"),
             MonthlyReportCsv::tr("SLA"),          MonthlyReportCsv::tr("first reaction"),
             MonthlyReportCsv::tr("rating"),       MonthlyReportCsv::tr("normal hours"),
             MonthlyReportCsv::tr("double hours"), MonthlyReportCsv::tr("rate per hour"),
             MonthlyReportCsv::tr("amount") };
}

QByteArray MonthlyReportCsv::write(const MonthlyReport& report)
{
    CsvWriter csv;
    csv.addRow(header());
    const QString month = report.month.toString(QStringLiteral("yyyy-MM"));
    for (const ReportTicket& ticket : report.tickets) {
        const auto rate = report.rates.value(ticket.tariff);
        csv.addRow({ report.clientName, month, QString::number(ticket.number), ticket.projectName, ticket.subject,
                     ticket.level, ticket.status, toMoscow(ticket.arrived).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     slaOutcomeId(ticket.outcome),
                     ticket.outcome == SlaOutcome::NotCounted ? QString() : formatDuration(ticket.reactionSeconds),
                     ticket.rating > 0 ? QString::number(ticket.rating) : QString(),
                     formatHours(ticket.billed.normalSeconds), formatHours(ticket.billed.doubleSeconds), money(rate),
                     money(ticket.amountKopecks) });
    }
    csv.addRow({ report.clientName, month, QString(), QString(), MonthlyReportCsv::tr("Total"), QString(), QString(),
                 QString(), QString(), QString(), QString(), formatHours(report.total.normalSeconds),
                 formatHours(report.total.doubleSeconds), QString(), formatRoubles(report.totalAmountKopecks) });
    return csv.toUtf8();
}

} // namespace dd
