#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

// The translation context of the duration texts below: tr() needs a class.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(dd::DurationText)
};

// Durations as administrators type them: `4h`, `90m`, `1h30m`, `45s` (units in this
// order, each at most once). The one parser the CLI, the Administration window and
// the shared settings use.
Result<qint64> parseDurationText(const QString& text);
// The inverse, shortest form: 5400 → "1h30m", 0 → "0m".
QString durationText(qint64 seconds);

} // namespace dd
