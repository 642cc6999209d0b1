#pragma once

#include "core/storage/Schema.h"

namespace dd {

// The intake's acknowledgments are composed when they are sent, not while their mail is
// filed (docs/mail-intake.md#drafts): `outgoing_mail.draft` keeps what the message is made
// of (MailComposer::draft), and `content` stays empty until the sender composes it. Staff
// replies keep their composed content. On PostgreSQL drafts are queued through
// dutydesk_queue_acknowledgment, with dutydesk_queue_mail's checks: the daemon names its
// sender; staff (releasing quarantined mail) get the support address and only the
// ticket's correspondents as recipients.
class AcknowledgmentDraftMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
