#pragma once

#include "core/domain/Vocabulary.h"
#include "core/domain/VocabularyText.h"
#include "core/sla/TicketClocks.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace dd {

// The spec's slugs as people read them, in the UI language (docs/rules.md#tickets: the database, the
// CLI and JSON keep the slugs; the console translates them).
QString clockKindName(ClockKind kind);
QString clockStateName(ClockState state);
// The colour a countdown is painted in.
QColor clockStateColor(ClockState state);
// "1:05:09", "−0:03:20" once overdue: hours may exceed 24.
QString formatCountdown(qint64 seconds);

} // namespace dd
