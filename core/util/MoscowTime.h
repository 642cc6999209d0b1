#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace dd {

// The translation context of time parsing messages: tr() needs a class.
class Time
{
    Q_DECLARE_TR_FUNCTIONS(dd::Time)
};

// Service windows are defined in Moscow time (docs/rules.md#time); instants are UTC.
const QTimeZone& moscowZone();

// Parses an ISO 8601 instant. Input without an offset means Moscow time; "Z" and any
// ±hh:mm offset are accepted. The result is in UTC.
Result<QDateTime> parseInstant(const QString& text);

// "2026-03-03T10:00:00+03:00": the instant as Moscow wall time with its offset.
QString formatMoscowIso(const QDateTime& instant);

// The same instant expressed in Moscow time, for display.
QDateTime toMoscow(const QDateTime& instant);

} // namespace dd
