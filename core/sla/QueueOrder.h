#pragma once

#include <QtGlobal>

namespace dd {

// What a ticket's place in a queue depends on (docs/rules.md#tickets, regulation §2.2).
struct QueueOrderKey
{
    bool emergency = false; // an open emergency-level ticket
    qint64 deadline = 0; // of its running clock, UTC epoch s; 0 = none
    qint64 arrived = 0; // UTC epoch s
    qint64 number = 0;
};

// The queue's order: emergencies first, soonest deadline first (one without a running
// clock after those with one); then everything else first in, first out; the ticket
// number breaks ties so the order is total.
bool queueBefore(const QueueOrderKey& a, const QueueOrderKey& b);

} // namespace dd
