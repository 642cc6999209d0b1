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
    return { QCoreApplication::translate("dd::MonthlyReportCsv", "client"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "month"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "ticket"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "project"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "subject"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "level"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "status"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "arrived (Moscow)"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "SLA"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "first reaction"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "rating"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "normal hours"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "double hours"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "rate per hour"),
             QCoreApplication::translate("dd::MonthlyReportCsv", "amount") };
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
    csv.addRow({ report.clientName, month, QString(), QString(),
                 QCoreApplication::translate("dd::MonthlyReportCsv", "Total"), QString(), QString(), QString(),
                 QString(), QString(), QString(), formatHours(report.total.normalSeconds),
                 formatHours(report.total.doubleSeconds), QString(), formatRoubles(report.totalAmountKopecks) });
    return csv.toUtf8();
}

} // namespace dd
