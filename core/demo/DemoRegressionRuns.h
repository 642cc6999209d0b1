#pragma once

#include "core/util/Result.h"

namespace dd {

class Database;

// Regression-run history for the demo projects (docs/rules.md#regression-testing), so the testing schedule of a
// first start looks like a team's: most projects tested within the last two months, a
// few due soon, a couple overdue by days, one run in progress. Inserted with backdated
// instants, which the repository (stamping the server's now) cannot do.
Status addDemoTestingRuns(const Database& database, qint64 nowEpoch);

} // namespace dd
