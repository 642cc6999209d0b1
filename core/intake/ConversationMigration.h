#pragma once

#include "core/storage/Schema.h"

namespace dd {

// The engineer's side of the conversation (issue 15):
//   outgoing_mail   a mail the relay kept refusing ends as 'failed' (with its last
//                   error) instead of being retried for ever; people re-queue it
//                   through dutydesk_retry_mail on PostgreSQL
//   reply_templates canned answers (title, Russian text with {client}, {number},
//                   {engineer}), read by staff, written by managers
// Replies and internal notes themselves are `messages` rows and `ticket_events`.
class ConversationMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
