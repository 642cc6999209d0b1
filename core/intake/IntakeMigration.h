#pragma once

#include "core/storage/Schema.h"

namespace dd {

// The mail intake's tables, appended to the schema as one migration:
//   mailbox_state  the last processed UID per mailbox and UIDVALIDITY
//   intake_log     one row per mailbox message handled (exactly once, by UID)
//   quarantine     mail held for review with its raw text, released or discarded later
//   outgoing_mail  acknowledgments waiting to be sent, with their attempts
// Incoming and outgoing mails themselves are rows of `messages` (schema v1).
class IntakeMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
