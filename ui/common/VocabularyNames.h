#pragma once

#include "core/domain/Vocabulary.h"
#include "core/sla/TicketClocks.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dd {

// The translation context of the names below: tr() needs a class.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(dd::Vocabulary)
};

// The spec's slugs as people read them, in the UI language (docs/rules.md#tickets: the database, the
// CLI and JSON keep the slugs; the console translates them).
QString statusName(TicketStatus status);
QString waitingReasonName(WaitingReason reason);
QString channelName(Channel channel);
QString clockKindName(ClockKind kind);
QString clockStateName(ClockState state);
// The colour a countdown is painted in.
QColor clockStateColor(ClockState state);
// "1:05:09", "−0:03:20" once overdue: hours may exceed 24.
QString formatCountdown(qint64 seconds);

} // namespace dd

namespace dd {

// An instant in Moscow time (the service windows' zone, docs/rules.md#time) with the desktop's own
// time beside it when the zones differ: "26.11 10:42 (13:42)". `withYear` for history
// and detail; the queue leaves it out.
QString formatMoscowTime(const QDateTime& instant, bool withYear = false);

} // namespace dd
