#include "ui/reports/ChartScale.h"

#include "ui/common/DateTimeFormat.h"

#include <algorithm>

namespace dd {

ChartScale niceCountScale(int maximum, int maxIntervals)
{
    maximum = std::max(1, maximum);
    maxIntervals = std::max(1, maxIntervals);
    // The smallest 1/2/5 × 10ⁿ step that covers the maximum in maxIntervals steps; counts
    // are whole, so the step is at least 1.
    for (int magnitude = 1;; magnitude *= 10) {
        for (const int factor : { 1, 2, 5 }) {
            const int step = factor * magnitude;
            const int intervals = (maximum + step - 1) / step;
            if (intervals <= maxIntervals) {
                return { intervals * step, step };
            }
        }
    }
}

QString weekLabel(const QDate& monday, const QLocale& locale)
{
    return formatDayMonth(monday, locale);
}

QString formatAverage(double value, const QLocale& locale)
{
    // 'g' with three digits is what Qt Charts writes on a bar (labelsPrecision 3): the header
    // and the bars agree.
    return locale.toString(value, 'g', 3);
}

} // namespace dd
