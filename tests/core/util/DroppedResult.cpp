// Compiled by TestResultIsNodiscard, never linked: dropping a Result must not compile with
// -Werror (CI's DUTYDESK_WERROR), because Result is [[nodiscard]].
#include "core/util/Result.h"

dd::Status save();
dd::Result<int> count();

void dropsBoth()
{
    save();
    count();
}
