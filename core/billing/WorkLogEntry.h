#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dd {

// Time a programmer spent on a ticket (docs/rules.md#work-log): [started, finished), UTC.
struct WorkLogEntry
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 userId = 0;
    QDateTime started;
    QDateTime finished;
    QString note;
    QDateTime createdAt;
    qint64 version = 1;

    // Filled by reads, for display.
    qint64 ticketNumber = 0;
    QString userLogin;
    QString userName;

    qint64 seconds() const { return started.secsTo(finished); }
};

// "90m", "1h30m", "1h 30m", "2h", "1:30", "45" (minutes) → seconds; nullopt when the text
// is not a positive duration.
std::optional<qint64> parseWorkDuration(const QString& text);

} // namespace dd
