#include "core/billing/RatingParser.h"

#include <QRegularExpression>

namespace dd {

std::optional<int> RatingParser::parse(const QString& text)
{
    static const QRegularExpression word(
        QStringLiteral(
            R"((?<!\w)(?:оценк[аеиуойю]{1,2}|rating|rate)\s*[:=\-–—]?\s*([1-5])(?!\d|[.,]\d|\s*(?:из|/|out\s+of)\s*(?:[0-46-9]|5\d)))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression outOfFive(
        QStringLiteral(R"((?<!\d)(?<!\d[.,])([1-5])\s*(?:из|/|out\s+of)\s*5(?!\d|[.,]\d))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QLatin1Char('>'))) {
            continue;
        }
        const auto a = word.match(line);
        const auto b = outOfFive.match(line);
        if (a.hasMatch() && (!b.hasMatch() || a.capturedStart() <= b.capturedStart())) {
            return a.captured(1).toInt();
        }
        if (b.hasMatch()) {
            return b.captured(1).toInt();
        }
    }
    return std::nullopt;
}

} // namespace dd
