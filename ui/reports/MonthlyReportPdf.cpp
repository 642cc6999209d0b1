#include "ui/reports/MonthlyReportPdf.h"

#include "core/sla/SlaEngine.h"
#include "core/util/MoscowTime.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace dd {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString money(const std::optional<qint64>& kopecks)
{
    if (!kopecks) {
        return QStringLiteral("—");
    }
    // Grouped thousands with the locale's separators: 27 000,00 in Russian.
    return QLocale().toString(static_cast<double>(*kopecks) / 100.0, 'f', 2);
}

QString hours(qint64 seconds)
{
    return seconds == 0 ? QStringLiteral("—") : formatDuration(seconds);
}

QString cell(const QString& text, bool right = false)
{
    return right ? QStringLiteral("<td align=\"right\">%1</td>").arg(text) : QStringLiteral("<td>%1</td>").arg(text);
}

QString headerRow(const QStringList& titles, const QList<int>& rightColumns)
{
    QString row = QStringLiteral("<tr>");
    for (int i = 0; i < titles.size(); ++i) {
        row += QStringLiteral("<th%2>%1</th>")
                   .arg(esc(titles.at(i)),
                        rightColumns.contains(i) ? QStringLiteral(" align=\"right\"")
                                                 : QStringLiteral(" align=\"left\""));
    }
    return row + QStringLiteral("</tr>");
}

// Dates in the report's language, as the console writes them (ui/common/DateTimeFormat,
// which this library, shared with the CLI, cannot link): the locale's short formats in
// Moscow time.
QString moscowDate(const QDateTime& instant)
{
    return QLocale().toString(toMoscow(instant).date(), QLocale::ShortFormat);
}

QString moscowTime(const QDateTime& instant)
{
    return QLocale().toString(toMoscow(instant).time(), QLocale::ShortFormat);
}

// Within the month of the report the year says nothing: "20.11 17:35".
QString moscowDayTime(const QDateTime& instant)
{
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    format.remove(year);
    return QLocale().toString(toMoscow(instant).date(), format) + QLatin1Char(' ') + moscowTime(instant);
}

QString moscowDateTime(const QDateTime& instant)
{
    return moscowDate(instant) + QLatin1Char(' ') + moscowTime(instant);
}

// The title and the client, period and totals.
QString summaryHtml(const MonthlyReport& report)
{
    const QLocale locale;
    const QDate first = report.month;
    const QDate last = first.addMonths(1).addDays(-1);
    QString html;
    html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(MonthlyReportPdf::tr("Dutydesk · technical support")));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(MonthlyReportPdf::tr("Monthly support report")));
    html += QStringLiteral("<table cellspacing=\"0\" style=\"margin-top: 8px\">");
    const auto info = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td class=\"label\">%1</td><td><b>%2</b></td></tr>").arg(esc(label), value);
    };
    info(MonthlyReportPdf::tr("Client"), esc(report.clientName));
    info(MonthlyReportPdf::tr("Period"),
         esc(MonthlyReportPdf::tr("%1 – %2").arg(locale.toString(first, QLocale::LongFormat),
                                                 locale.toString(last, QLocale::LongFormat))));
    info(MonthlyReportPdf::tr("Hours at normal rate"), hours(report.total.normalSeconds));
    info(MonthlyReportPdf::tr("Hours at double rate"), hours(report.total.doubleSeconds));
    info(MonthlyReportPdf::tr("Amount"), esc(money(report.totalAmountKopecks) + QStringLiteral(" ₽")));
    info(MonthlyReportPdf::tr("Generated"),
         esc(moscowDateTime(report.generatedAt) + MonthlyReportPdf::tr(" (Moscow time)")));
    html += QStringLiteral("</table>");
    return html;
}

// One row a ticket with its SLA outcome and billed hours, and the total.
QString ticketsHtml(const MonthlyReport& report)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReportPdf::tr("Tickets")));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
    html
        += headerRow({ MonthlyReportPdf::tr("No."), MonthlyReportPdf::tr("Subject / project"),
                       MonthlyReportPdf::tr("Level"), MonthlyReportPdf::tr("Arrived"), MonthlyReportPdf::tr("SLA"),
                       MonthlyReportPdf::tr("Reaction"), MonthlyReportPdf::tr("Rating"), MonthlyReportPdf::tr("Normal"),
                       MonthlyReportPdf::tr("Double"), MonthlyReportPdf::tr("Amount, ₽") },
                     { 0, 5, 6, 7, 8, 9 });
    for (const ReportTicket& t : report.tickets) {
        const QString outcome = slaOutcomeName(t.outcome);
        html += QStringLiteral("<tr>") + cell(QString::number(t.number), true)
            + cell(esc(t.subject) + QStringLiteral("<br><span class=\"note\">%1</span>").arg(esc(t.projectName)))
            + cell(esc(parseSlaLevel(t.level) ? slaLevelName(*parseSlaLevel(t.level)) : t.level))
            + cell(moscowDayTime(t.arrived))
            + cell(t.outcome == SlaOutcome::Breached
                       ? QStringLiteral("<span class=\"breached\">%1</span>").arg(esc(outcome))
                       : esc(outcome))
            + cell(t.outcome == SlaOutcome::NotCounted ? QStringLiteral("—") : formatDuration(t.reactionSeconds), true)
            + cell(t.rating > 0 ? QString::number(t.rating) : QStringLiteral("—"), true)
            + cell(hours(t.billed.normalSeconds), true) + cell(hours(t.billed.doubleSeconds), true)
            + cell(money(t.amountKopecks), true) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr class=\"total\">") + cell(QString()) + cell(esc(MonthlyReportPdf::tr("Total")))
        + cell(QString()) + cell(QString()) + cell(QString()) + cell(QString()) + cell(QString())
        + cell(hours(report.total.normalSeconds), true) + cell(hours(report.total.doubleSeconds), true)
        + cell(money(report.totalAmountKopecks), true) + QStringLiteral("</tr></table>");
    return html;
}

QString workLogHtml(const MonthlyReport& report)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReportPdf::tr("Work log")));
    if (report.work.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(MonthlyReportPdf::tr("No work was logged in this month.")));
    } else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
        html += headerRow({ MonthlyReportPdf::tr("Date"), MonthlyReportPdf::tr("Time"), MonthlyReportPdf::tr("Ticket"),
                            MonthlyReportPdf::tr("Who"), MonthlyReportPdf::tr("What was done"),
                            MonthlyReportPdf::tr("Normal"), MonthlyReportPdf::tr("Double"),
                            MonthlyReportPdf::tr("Amount, ₽") },
                          { 2, 5, 6, 7 });
        for (const ReportWorkLine& w : report.work) {
            html += QStringLiteral("<tr>") + cell(moscowDate(w.started))
                + cell(moscowTime(w.started) + QStringLiteral("–") + moscowTime(w.finished))
                + cell(QStringLiteral("#%1").arg(w.ticketNumber), true) + cell(esc(w.userName)) + cell(esc(w.note))
                + cell(hours(w.billed.normalSeconds), true) + cell(hours(w.billed.doubleSeconds), true)
                + cell(money(w.amountKopecks), true) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace

QString MonthlyReportPdf::html(const MonthlyReport& report)
{
    QString html
        = QStringLiteral("<html><head><style>"
                         "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #202020; }"
                         "h1 { font-size: 16pt; margin: 0; }"
                         "h2 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; color: #1f4e79; }"
                         "table.grid { border-collapse: collapse; font-size: 8pt; }"
                         "table.grid th { background-color: #1f4e79; color: white; padding: 3px; font-weight: bold; }"
                         "table.grid td { padding: 3px; border-bottom: 1px solid #c8c8c8; }"
                         "tr.total td { font-weight: bold; background-color: #e8eef5; }"
                         "td.label { color: #555555; padding-right: 12px; }"
                         ".note { color: #555555; font-size: 8pt; }"
                         ".breached { color: #b00020; font-weight: bold; }"
                         "</style></head><body>");
    html += summaryHtml(report) + ticketsHtml(report) + workLogHtml(report);
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(MonthlyReportPdf::tr(
                    "Work on tickets of the urgent level outside business hours (working days of the "
                    "production calendar, 08:00–16:00 Moscow time) is billed at double rate. Hours are "
                    "shown as h:mm.")));
    for (const QString& warning : report.warnings) {
        html += QStringLiteral("<p class=\"breached\">%1</p>").arg(esc(warning));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

Status MonthlyReportPdf::write(const MonthlyReport& report, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error { MonthlyReportPdf::tr("cannot write %1: %2").arg(path, file.errorString()) };
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(MonthlyReportPdf::tr("Monthly support report: %1, %2")
                        .arg(report.clientName,
                             QLocale().standaloneMonthName(report.month.month()) + QLatin1Char(' ')
                                 + QString::number(report.month.year())));
    writer.setCreator(QStringLiteral("Dutydesk %1").arg(QStringLiteral(DUTYDESK_VERSION)));

    QTextDocument document;
    // Laid out on the writer itself, so that point sizes are points on paper (laid out
    // for the screen and scaled, 9 pt came out nearer 13 pt and squeezed the tables).
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.setHtml(html(report));
    // print() breaks the laid-out document into the writer's pages.
    document.print(&writer);
    file.close();
    if (file.error() != QFileDevice::NoError) {
        return Error { MonthlyReportPdf::tr("cannot write %1: %2").arg(path, file.errorString()) };
    }
    return Done {};
}

} // namespace dd
