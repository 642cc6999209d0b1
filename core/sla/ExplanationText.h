#pragma once

#include "core/sla/SlaEngine.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

// The translation context of the explanation texts below: tr() needs a class.
class ExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(dd::ExplanationText)
};

// A deadline in words, for people (the ticket pane), in the interface language and Moscow
// wall-clock dates: "8:00 working hours: Fri 06.03 15:30–16:00 (0:30), Sat–Sun days off,
// Mon 09.03 public holiday, Tue 10.03 08:00–15:30 (7:30)". Consecutive days off of one
// kind read as one range. The CLI keeps formatExplanation (exact ISO instants).
QString explanationInWords(const Explanation& explanation);

// "overdue by 1 working day 2:15 (the deadline was Mon 16:00)": working time past the
// deadline in the level's schedule; business time counts whole days of 8 hours.
QString overdueInWords(const SlaEngine& engine, SlaLevel level, qint64 deadline, qint64 now);

} // namespace dd
