#include "core/time/MoscowIsoCodec.h"

#include "core/util/MoscowTime.h"

#include <QDateTime>
#include <QString>

namespace dd {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

bool digits(std::string_view s, size_t at, size_t count, int& value)
{
    value = 0;
    for (size_t i = at; i < at + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

void appendDigits(std::string& out, int value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, static_cast<size_t>(width));
}

} // namespace

MoscowIsoCodec::MoscowIsoCodec(int firstYear, int lastYear)
    : m_first(firstYear, 1, 1)
{
    const QDate end(lastYear + 1, 1, 1);
    for (QDate date = m_first; date <= end; date = date.addDays(1)) {
        m_midnight.push_back(QDateTime(date, QTime(0, 0), moscowZone()).toSecsSinceEpoch());
    }
}

Result<qint64> MoscowIsoCodec::parse(std::string_view text) const
{
    const auto slow = [&]() -> Result<qint64> {
        const auto parsed = parseInstant(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
        if (!parsed) {
            return parsed.error();
        }
        return parsed->toSecsSinceEpoch();
    };
    std::string_view s = text;
    while (!s.empty() && isSpace(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && isSpace(s.back())) {
        s.remove_suffix(1);
    }
    // YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM|±HHMM]
    int year, month, day, hour, minute, second = 0;
    if (s.size() < 16 || !digits(s, 0, 4, year) || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, hour) || s[13] != ':'
        || !digits(s, 14, 2, minute)) {
        return slow();
    }
    size_t at = 16;
    if (s.size() >= 19 && s[16] == ':') {
        if (!digits(s, 17, 2, second)) {
            return slow();
        }
        at = 19;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 59) {
        return slow();
    }
    const qint64 wall = hour * 3600 + minute * 60 + second;
    const std::string_view zone = s.substr(at);
    if (zone.empty()) {
        const qint64 index = QDate(year, month, day).toJulianDay() - m_first.toJulianDay();
        if (index < 0 || index + 1 >= static_cast<qint64>(m_midnight.size())
            || m_midnight[index + 1] - m_midnight[index] != 86400) {
            return slow();
        }
        return m_midnight[index] + wall;
    }
    int offset = 0;
    if (zone == "Z") {
        offset = 0;
    } else if (zone.size() == 6 || zone.size() == 5) {
        int oh, om;
        const size_t minutesAt = zone.size() == 6 ? 4 : 3;
        if ((zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2, oh) || (zone.size() == 6 && zone[3] != ':')
            || !digits(zone, minutesAt, 2, om) || oh > 14 || om > 59) {
            return slow();
        }
        offset = (zone[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
        return slow();
    }
    return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 + wall - offset;
}

void MoscowIsoCodec::format(qint64 instant, std::string& out) const
{
    const qint64 n = static_cast<qint64>(m_midnight.size()) - 1;
    qint64 index = -1;
    if (n > 0 && instant >= m_midnight[0] && instant < m_midnight[n]) {
        index = std::min<qint64>((instant - m_midnight[0]) / 86400, n - 1);
        while (m_midnight[index] > instant) {
            --index;
        }
        while (m_midnight[index + 1] <= instant) {
            ++index;
        }
    }
    if (index < 0 || m_midnight[index + 1] - m_midnight[index] != 86400) {
        out += formatMoscowIso(QDateTime::fromSecsSinceEpoch(instant, QTimeZone::utc())).toStdString();
        return;
    }
    const QDate date = m_first.addDays(index);
    const qint64 wall = instant - m_midnight[index];
    const qint64 offset
        = daysFromCivil(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day())) * 86400
        - m_midnight[index];
    appendDigits(out, date.year(), 4);
    out += '-';
    appendDigits(out, date.month(), 2);
    out += '-';
    appendDigits(out, date.day(), 2);
    out += 'T';
    appendDigits(out, static_cast<int>(wall / 3600), 2);
    out += ':';
    appendDigits(out, static_cast<int>(wall / 60 % 60), 2);
    out += ':';
    appendDigits(out, static_cast<int>(wall % 60), 2);
    if (offset == 0) {
        out += 'Z';
        return;
    }
    const qint64 absOffset = offset < 0 ? -offset : offset;
    out += offset < 0 ? '-' : '+';
    appendDigits(out, static_cast<int>(absOffset / 3600), 2);
    out += ':';
    appendDigits(out, static_cast<int>(absOffset / 60 % 60), 2);
}

} // namespace dd
