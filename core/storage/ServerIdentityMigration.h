#pragma once

#include "core/storage/Schema.h"

namespace dd {

// The shared database knows who acts (docs/shared-database.md): PostgreSQL only, on top
// of ServerRolesMigration's group roles.
//
// - History rows are stamped by the server: actor_id, actor and recorded_at come from
//   session_user (users.login), `at` may lie neither in the future nor before the
//   ticket's arrival. An administrator may act for someone else by setting
//   dutydesk.acting_as (SessionIdentity); the row then reads "admin X as Y".
// - A ticket's project, arrival, channel and number are column-protected from staff;
//   every ticket write must leave a history event of its new version (checked at commit).
// - Work log: own rows only (managers and admins any), ≤ 24 h, within the ticket's life.
// - Outgoing mail and quarantine are written by staff only through SECURITY DEFINER
//   functions that pick sender and recipients themselves (no open relay).
// - Row-level security on every table with project_id or ticket_id, checked by
//   dutydesk_check_row_security() at the end of the migration.
// - dutydesk_intake: the mail daemon's service group, with only what it needs.
//
// The owner of the tables (migrations, fixtures) is the trust root and bypasses the
// stamping: it could disable any trigger anyway, which is why nobody uses it day to day.
class ServerIdentityMigration
{
public:
    static Migration migration(int version);
    // The service group of the intake daemon.
    static QString intakeRole() { return QStringLiteral("dutydesk_intake"); }
    // Seconds a desktop's clock may run ahead of the server's before an event is "in
    // the future" (desktops follow the server clock, docs/rules.md#time).
    static constexpr int clockSlackSeconds = 300;
    // The text of dutydesk_queue_mail (ServerIdentityMail.cpp), made by `create` ("CREATE
    // FUNCTION" or "CREATE OR REPLACE FUNCTION"); `recordSender` records the daemon's
    // sender in the settings (PL/pgSQL with `sender` and `now_s` in scope).
    static QString queueMailFunction(const QString& create, const QString& recordSender);
    // The same checks for dutydesk_queue_acknowledgment (migration 25), which queues a
    // draft (MailComposer::draft) instead of a composed message.
    static QString queueDraftFunction(const QString& recordSender);
    // The staff write check of messages, keeping `acknowledgment` to the intake (migration 22).
    static QString messageWriteCheckWithAcknowledgments();

private:
    // ServerIdentityMail.cpp: the outgoing-mail and quarantine functions, the
    // daemon's grants, the remaining row security and its self-check.
    static QStringList mailGuards();
    static QStringList intakeGrants();
    static QStringList rowSecurity();
};

} // namespace dd
