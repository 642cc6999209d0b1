#pragma once

#include "core/intake/IntakeService.h"
#include "core/util/Result.h"

namespace dd {

class Database;

// The daemon's flags that fix a value for this daemon only (documented in
// docs/mail-intake.md): the rest come from the shared settings, which an administrator
// changes from the console or `dutydeskctl settings set`, and reach the daemon on its
// next cycle.
struct IntakeOverrides
{
    bool supportAddress = false; // --from
    bool escalationAddress = false; // --escalation-address
    bool acknowledgmentInterval = false; // --ack-interval
    bool maxAttachmentSize = false; // --max-attachment-mb
    bool newTicketTemplate = false; // --ack-template
};

// Fills `settings` from the shared settings (core/storage/SharedSettings) where no flag
// overrides them. Returns whether anything changed. An empty acknowledgment template
// keeps the shipped one; the English one, when set, answers a new ticket whose mail has
// no Cyrillic letter (--ack-template fixes both to the file's text).
Result<bool> applySharedIntakeSettings(const Database& database, const IntakeOverrides& overrides,
                                       IntakeSettings& settings);

} // namespace dd
