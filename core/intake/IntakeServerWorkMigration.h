#pragma once

#include "core/storage/Schema.h"

namespace dd {

// Less server work per filed mail on PostgreSQL (docs/mail-intake.md#speed), no tables:
// - the change notification of the tables the intake writes for every mail (tickets,
//   ticket_events, messages, outgoing_mail) reads the key and version columns directly
//   instead of turning the whole row into JSON (a message's body, an acknowledgment's
//   whole mail as hex) to pick two fields; the same notification text;
// - dutydesk_queue_mail records the daemon's sender in the settings only when it changed,
//   instead of an upsert (and its stamping trigger) per queued mail.
class IntakeServerWorkMigration
{
public:
    static Migration migration(int version);
    // PL/pgSQL runs a statement (PERFORM, a sub-select) through an executor of its own,
    // and evaluates a plain expression directly. The owner test (about eight times per
    // mail), the change notifications (five) and dutydesk_file_ticket's arrival event
    // become expressions: the owner's name is written into dutydesk_is_owner at the
    // migration instead of read from pg_class, so the function is inlined where it is called.
    static Migration withoutExecutors(int version);
    // The daemon's sender is the same mail after mail: the queue functions read it and
    // write only a change (an upsert ran the settings' stamping trigger for every mail).
    static QString recordSenderWhenChanged();
};

} // namespace dd
