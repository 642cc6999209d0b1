#pragma once

#include "core/billing/MonthlyReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dd {

// The monthly report as one CSV table (CsvWriter: RFC 4180, UTF-8 with BOM): a header,
// one record per ticket, and a final total record. Every record carries the client and
// the month so that a sheet of several clients' files concatenated still reads right.
// Hours are decimal (1.50), amounts roubles with a dot (1234.50): numbers a spreadsheet
// parses whatever its locale's decimal separator, once the column type is set.
class MonthlyReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(dd::MonthlyReportCsv)

public:
    static QStringList header();
    static QByteArray write(const MonthlyReport& report);
};

} // namespace dd
