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
//
// Two vocabularies (README, "monthly report"): `Codes` — English column titles and the spec's slugs
// (standard, registered, met), what scripts read and what `dutydeskctl report month` writes
// by default; `Words` — column titles, levels, statuses and SLA outcomes in the interface
// language, what the console writes and the CLI with an explicit --lang.
class MonthlyReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(dd::MonthlyReportCsv)

public:
    enum class Vocabulary { Codes, Words };

    static QStringList header(Vocabulary vocabulary = Vocabulary::Codes);
    static QByteArray write(const MonthlyReport& report, Vocabulary vocabulary = Vocabulary::Codes);
};

} // namespace dd
