#pragma once

#include "core/billing/MonthlyReport.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

// The monthly client report as a printable A4 PDF (docs/rules.md#work-log): a header with the client,
// the period and the totals, the tickets with their SLA outcome, and the work log with
// normal and double-rate hours. Built as HTML in a QTextDocument and printed through
// QPdfWriter, so it needs QtGui and a QGuiApplication (fonts) — hence its own library,
// dutydesk_reports, outside dutydesk_core. The text follows the UI language.
class MonthlyReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(dd::MonthlyReportPdf)

public:
    static QString html(const MonthlyReport& report);
    static Status write(const MonthlyReport& report, const QString& path);
};

} // namespace dd
