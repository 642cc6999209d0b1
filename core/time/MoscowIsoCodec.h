#pragma once

#include "core/util/Result.h"

#include <QDate>

#include <string>
#include <string_view>
#include <vector>

namespace dd {

// parseInstant() and formatMoscowIso() without QDateTime, for the batch CLI: a million
// instants a second. Moscow midnights are precomputed through QTimeZone for a range of
// years; anything unusual (fractions of a second, a day with an offset change, a date
// outside the range) takes the QDateTime path, so the results are always the same.
class MoscowIsoCodec
{
public:
    MoscowIsoCodec(int firstYear, int lastYear);

    // Same as parseInstant(text) → UTC epoch seconds, errors included.
    Result<qint64> parse(std::string_view text) const;
    // Appends formatMoscowIso(instant) to `out`.
    void format(qint64 instant, std::string& out) const;

private:
    QDate m_first;
    std::vector<qint64> m_midnight; // UTC instants of Moscow midnights, n + 1 entries
};

} // namespace dd
