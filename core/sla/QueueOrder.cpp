#include "core/sla/QueueOrder.h"

namespace dd {

bool queueBefore(const QueueOrderKey& a, const QueueOrderKey& b)
{
    if (a.emergency != b.emergency) {
        return a.emergency;
    }
    if (a.emergency && a.deadline != b.deadline) {
        if (a.deadline == 0 || b.deadline == 0) {
            return b.deadline == 0;
        }
        return a.deadline < b.deadline;
    }
    if (a.arrived != b.arrived) {
        return a.arrived < b.arrived;
    }
    return a.number < b.number;
}

} // namespace dd
