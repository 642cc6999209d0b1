#include "core/intake/IntakeArchiveMigration.h"

#include "core/storage/ChangeTrackingMigration.h"

namespace dd {

namespace {

const QString reasons = QStringLiteral(
    "'auto-reply','unknown-sender','ambiguous-sender','foreign-ticket','malformed','no-project','spam'");

const QStringList common {
    QStringLiteral(R"(CREATE TABLE message_raw (
        message_row_id BIGINT PRIMARY KEY REFERENCES messages(id),
        raw_sha256 TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        size_bytes BIGINT NOT NULL,
        compressed {blob} NOT NULL,
        damage TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL))"),
    QStringLiteral("CREATE INDEX message_raw_sha ON message_raw (raw_sha256)"),
    QStringLiteral("CREATE INDEX message_raw_content ON message_raw (content_sha256)"),
    QStringLiteral("CREATE INDEX outgoing_mail_guard ON outgoing_mail (ticket_id, recipient, created_at)"),
    QStringLiteral("ALTER TABLE quarantine ADD COLUMN spam_score TEXT NOT NULL DEFAULT ''"),
};

// SQLite cannot change a CHECK constraint: the table is rebuilt with the same rows,
// indexes and change-tracking triggers.
QStringList sqliteQuarantineRebuild()
{
    QStringList statements {
        QStringLiteral(R"(CREATE TABLE quarantine_new (
            id INTEGER PRIMARY KEY,
            message_row_id BIGINT REFERENCES messages(id),
            reason TEXT NOT NULL CHECK (reason IN (%1)),
            detail TEXT NOT NULL,
            sender TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            raw BLOB NOT NULL,
            raw_sha256 TEXT NOT NULL,
            arrived_at BIGINT NOT NULL,
            status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held','released','discarded')),
            ticket_id BIGINT REFERENCES tickets(id),
            resolved_by TEXT,
            resolved_at BIGINT,
            resolution_note TEXT,
            created_at BIGINT NOT NULL,
            spam_score TEXT NOT NULL DEFAULT ''))")
            .arg(reasons),
        QStringLiteral("INSERT INTO quarantine_new SELECT id, message_row_id, reason, detail, sender, subject, raw, "
                       "raw_sha256, arrived_at, status, ticket_id, resolved_by, resolved_at, resolution_note, "
                       "created_at, spam_score FROM quarantine"),
        QStringLiteral("DROP TABLE quarantine"),
        QStringLiteral("ALTER TABLE quarantine_new RENAME TO quarantine"),
        QStringLiteral("CREATE INDEX quarantine_status ON quarantine (status, arrived_at)"),
        QStringLiteral("CREATE INDEX quarantine_sha ON quarantine (raw_sha256)"),
    };
    statements += ChangeTrackingMigration::sqliteTriggers({ QStringLiteral("quarantine"), QStringLiteral("id"), {} });
    return statements;
}

// Whoever may release a held mail files it, original included (IntakeMigration's roles).
const QStringList postgresOnly {
    QStringLiteral("ALTER TABLE quarantine DROP CONSTRAINT quarantine_reason_check, "
                   "ADD CONSTRAINT quarantine_reason_check CHECK (reason IN (%1))")
        .arg(reasons),
    QStringLiteral("GRANT SELECT ON message_raw TO dutydesk_engineer, dutydesk_manager, dutydesk_admin"),
    QStringLiteral("GRANT INSERT ON message_raw TO dutydesk_engineer, dutydesk_manager"),
    // The daemon's own login (ServerIdentityMigration) files every original.
    QStringLiteral("GRANT SELECT, INSERT ON message_raw TO dutydesk_intake"),
    // Every table with project or ticket data keeps its row-level security.
    QStringLiteral("SELECT dutydesk_check_row_security()"),
};

} // namespace

Migration IntakeArchiveMigration::migration(int version)
{
    return { version, QStringLiteral("mail intake: originals, loop guard, spam"), common, postgresOnly,
             sqliteQuarantineRebuild() };
}

} // namespace dd
