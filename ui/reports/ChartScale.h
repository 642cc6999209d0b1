#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace dd {

// A count axis people read at a glance: steps of 1, 2 or 5 × 10ⁿ from zero (0, 100, 200 …),
// never the maximum cut in five (184, 369, 554 …).
struct ChartScale
{
    int top = 1; // the axis' end, a multiple of step at or above the largest value
    int step = 1;

    int tickCount() const { return top / step + 1; }
};

// At most `maxIntervals` steps between 0 and the top.
ChartScale niceCountScale(int maximum, int maxIntervals = 5);

// A week's Monday as the axis shows it: day and month in the locale's order, no year
// ("14.09", "14/09").
QString weekLabel(const QDate& monday, const QLocale& locale = QLocale());

// An average (ratings 1–5) as every place of the dashboard writes it: three significant
// digits in the locale's digits ("4,36" in Russian, "4.5" in English).
QString formatAverage(double value, const QLocale& locale = QLocale());

} // namespace dd
