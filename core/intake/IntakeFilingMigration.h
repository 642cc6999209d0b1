#pragma once

#include "core/storage/Schema.h"

namespace dd {

// One round trip for a new ticket from a mail on PostgreSQL (docs/mail-intake.md#speed):
// dutydesk_file_ticket numbers the ticket, writes it, its arrival event (through
// dutydesk_append_event, so the server stamps who and when), the incoming message and its
// original, and returns the ids. SECURITY INVOKER: it runs with the intake's own grants
// and row security. SQLite has no server round trips and keeps the statements one by one;
// both write the same rows (TestIntakeEngines). The search index is refreshed once per
// ticket at the commit instead of once per row written.
class IntakeFilingMigration
{
public:
    static Migration migration(int version);
    // dutydesk_file_ticket with its arrival event written by an assignment instead of a
    // PERFORM, which starts an executor of its own (IntakeServerWorkMigration, 24).
    static QString fileTicketAssigningEvent();
    // The refresh leaves out a message's body where it is the ticket's description: a
    // ticket from a mail has its text twice, which the Russian stemmer read twice at
    // every filing (PostgreSQL; SQLite indexes entries, migration 18).
    static Migration searchWithoutCopies(int version);
    // The intake's tickets are queued for SearchRefresher instead of refreshed in its filing
    // transaction (a quarter of the server's work per mail); every trigger of the index
    // fires only for the fields its document holds.
    static Migration searchBesideFiling(int version);
    // SearchRefresher's batch locks and refreshes its tickets one key at a time: the
    // batch's plan no longer scans every ticket when the session began on a small table.
    static Migration searchBacklogByKey(int version);
    // The refresh and the queue leave out the intake's acknowledgments (the column is
    // migration 22's): the same words in every ticket.
    static Migration searchWithoutAcknowledgments(int version);
};

} // namespace dd
