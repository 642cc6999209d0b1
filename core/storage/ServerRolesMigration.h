#pragma once

#include "core/domain/Vocabulary.h"
#include "core/storage/Schema.h"

namespace dd {

// Roles enforced by the shared database (docs/rules.md#roles), not only hidden in the UI.
//
// PostgreSQL: five NOLOGIN group roles; each person logs in with their own role named
// like users.login and is granted the groups of their Dutydesk roles:
//   dutydesk_engineer    support engineer
//   dutydesk_manager     account manager and head of support (they see every queue)
//   dutydesk_programmer  sees only projects where they are the programmer, and tickets
//                        of those projects or assigned to them
//   dutydesk_tester      the same for projects where they are the tester
//   dutydesk_admin       the only one who changes users, roles, tariffs, SLA policies and
//                        the production calendar
// Row-level security filters projects, tickets, ticket_events, messages, attachments
// and work_log; the link from a login to a person is users.login = current_user. A
// person with several roles gets the union. The owner of the tables (the account that
// runs migrations) is not subject to row-level security; since migration 7 the intake
// daemon logs in as dutydesk_intake instead (ServerIdentityMigration).
//
// Both engines: ticket_events is append-only — a trigger refuses UPDATE and DELETE for
// everyone, the owner included (docs/rules.md#tickets: every SLA figure is recomputed from it).
class ServerRolesMigration
{
public:
    static const QStringList& groupRoles();
    static Migration migration(int version);
    // The group role a person with `role` is granted.
    static QString groupRoleFor(Role role);
};

} // namespace dd
