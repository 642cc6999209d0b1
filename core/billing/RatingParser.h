#pragma once

#include <QString>

#include <optional>

namespace dd {

// The client's rating (1–5, docs/rules.md#tickets) from the text of a reply. Accepted, any case:
//   «оценка 5», «Оценка: 4», «ставлю оценку — 5», «rating 4», «rate: 3»  (a word, then the digit)
//   «5 из 5», «4/5», «4 out of 5»                                        (a digit out of five)
// The digit must stand alone: «оценка 10», «оценка 6», «3 из 10» and a bare «5» are
// not ratings. Quoted lines («> …», the client's mail client quoting us) are ignored, so
// an old rating in the quote is not taken again. The first rating found wins.
class RatingParser
{
public:
    static std::optional<int> parse(const QString& text);
};

} // namespace dd
