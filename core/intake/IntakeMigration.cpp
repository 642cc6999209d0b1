#include "core/intake/IntakeMigration.h"

#include "core/storage/ChangeTrackingMigration.h"

namespace dd {

namespace {

const QStringList tables {
    QStringLiteral(R"(CREATE TABLE mailbox_state (
        mailbox TEXT PRIMARY KEY,
        uid_validity BIGINT NOT NULL,
        last_uid BIGINT NOT NULL,
        updated_at BIGINT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE intake_log (
        id {id},
        mailbox TEXT NOT NULL,
        uid_validity BIGINT NOT NULL,
        uid BIGINT NOT NULL,
        raw_sha256 TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('ticket','message','duplicate','quarantined')),
        message_row_id BIGINT REFERENCES messages(id),
        ticket_id BIGINT REFERENCES tickets(id),
        detail TEXT NOT NULL DEFAULT '',
        processed_at BIGINT NOT NULL,
        UNIQUE (mailbox, uid_validity, uid)))"),
    QStringLiteral(R"(CREATE TABLE quarantine (
        id {id},
        message_row_id BIGINT REFERENCES messages(id),
        reason TEXT NOT NULL CHECK (reason IN ('auto-reply','unknown-sender','ambiguous-sender','foreign-ticket',
                                               'malformed','no-project')),
        detail TEXT NOT NULL,
        sender TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        raw {blob} NOT NULL,
        raw_sha256 TEXT NOT NULL,
        arrived_at BIGINT NOT NULL,
        status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held','released','discarded')),
        ticket_id BIGINT REFERENCES tickets(id),
        resolved_by TEXT,
        resolved_at BIGINT,
        resolution_note TEXT,
        created_at BIGINT NOT NULL))"),
    QStringLiteral("CREATE INDEX quarantine_status ON quarantine (status, arrived_at)"),
    QStringLiteral("CREATE INDEX quarantine_sha ON quarantine (raw_sha256)"),
    QStringLiteral(R"(CREATE TABLE outgoing_mail (
        id {id},
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        message_row_id BIGINT REFERENCES messages(id),
        envelope_from TEXT NOT NULL,
        recipient TEXT NOT NULL,
        content {blob} NOT NULL,
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','sent')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at BIGINT NOT NULL,
        last_error TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        sent_at BIGINT))"),
    QStringLiteral("CREATE INDEX outgoing_mail_due ON outgoing_mail (status, next_attempt_at)"),
};

// The daemon owns the tables (no row-level security applies to it); people see the
// intake's state, and those who triage may release or discard quarantined mail, which
// files a ticket and queues its acknowledgment (ServerRolesMigration's group roles).
const QStringList postgresGrants {
    QStringLiteral("GRANT SELECT ON mailbox_state, intake_log, quarantine, outgoing_mail "
                   "TO dutydesk_engineer, dutydesk_manager, dutydesk_admin"),
    QStringLiteral("GRANT UPDATE ON quarantine TO dutydesk_engineer, dutydesk_manager"),
    QStringLiteral("GRANT INSERT ON outgoing_mail TO dutydesk_engineer, dutydesk_manager"),
    QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO dutydesk_engineer, dutydesk_manager"),
};

} // namespace

Migration IntakeMigration::migration(int version)
{
    Migration migration { version, QStringLiteral("mail intake"), tables, postgresGrants, {} };
    // The console's quarantine view and the acknowledgment states follow live (docs/rules.md#shared-database).
    const QList<TrackedTable> tracked { { QStringLiteral("quarantine"), QStringLiteral("id"), {} },
                                        { QStringLiteral("outgoing_mail"), QStringLiteral("id"), {} } };
    for (const TrackedTable& table : tracked) {
        migration.postgresOnly << ChangeTrackingMigration::postgresTrigger(table);
        migration.sqliteOnly << ChangeTrackingMigration::sqliteTriggers(table);
    }
    return migration;
}

} // namespace dd
