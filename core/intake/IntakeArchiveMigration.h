#pragma once

#include "core/storage/Schema.h"

namespace dd {

// What the intake keeps so that no mail is lost or answered in a loop (docs/mail-intake.md):
//   message_raw   the original of every filed mail (compressed), its content fingerprint
//                 and the damage the parser found
//   quarantine    gains the `spam` reason and the spam score
//   outgoing_mail an index for the loop guard (acknowledgments per ticket and recipient)
class IntakeArchiveMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
