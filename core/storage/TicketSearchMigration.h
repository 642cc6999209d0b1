#pragma once

#include "core/storage/Schema.h"

namespace dd {

// What the console needs to stay quick at 100,000 tickets (docs/console.md):
//  - a full-text index of every ticket — number, subject, client, project, assignee,
//    description and the messages filed to it — kept by triggers, so every writer
//    (console, CLI, mail intake) keeps it current: SQLite FTS5 (unicode61, case and
//    diacritics folded; searched by prefix), PostgreSQL tsvector with the Russian stemmer;
//  - a partial index of the escalated tickets, so the escalation notifier reads a few
//    rows instead of every history.
// On PostgreSQL the index rows are written by a SECURITY DEFINER function (nobody is
// granted writes on ticket_search) and read only joined with tickets, whose row-level
// security decides what a login finds.
class TicketSearchMigration
{
public:
    static Migration migration(int version);
    // The PostgreSQL statements that refresh one ticket's row of the index (`target`, a
    // PL/pgSQL variable), for later migrations that change when it runs.
    static QString postgresRefresh();
    // The same, leaving out a message's body where it is the ticket's description (the mail
    // a ticket was made from): its words are indexed once (migration 19).
    static QString postgresRefreshWithoutCopies();
    // The same, leaving out the intake's acknowledgments (migration 23).
    static QString postgresRefreshWithoutAcknowledgments();
    // SQLite: one index entry per ticket (its own fields) and one per message, instead of
    // one document per ticket rewritten whole by every message (docs/console.md#search).
    static Migration entriesMigration(int version);
    // SQLite: no entry for a message whose words its ticket's entry holds — the mail a
    // ticket was made from — so a mail's text is tokenized once; none for the intake's
    // acknowledgments, marked by a new column on both engines (migration 22).
    static Migration entriesWithoutCopies(int version);
};

} // namespace dd
