#include "core/intake/ConversationMigration.h"

#include "core/storage/ChangeTrackingMigration.h"

namespace dd {

namespace {

const QString statuses = QStringLiteral("'queued','sent','failed'");

const QStringList common {
    QStringLiteral(R"(CREATE TABLE reply_templates (
        id {id},
        title TEXT NOT NULL UNIQUE,
        body TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT '',
        version BIGINT NOT NULL DEFAULT 1))"),
};

// SQLite cannot change a CHECK constraint: the table is rebuilt with the same rows,
// indexes and change-tracking triggers (as IntakeArchiveMigration does for quarantine).
QStringList sqliteOutgoingRebuild()
{
    QStringList statements {
        QStringLiteral(R"(CREATE TABLE outgoing_mail_new (
            id INTEGER PRIMARY KEY,
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            message_row_id BIGINT REFERENCES messages(id),
            envelope_from TEXT NOT NULL,
            recipient TEXT NOT NULL,
            content BLOB NOT NULL,
            status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN (%1)),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at BIGINT NOT NULL,
            last_error TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            sent_at BIGINT))")
            .arg(statuses),
        QStringLiteral("INSERT INTO outgoing_mail_new SELECT id, ticket_id, message_row_id, envelope_from, recipient, "
                       "content, status, attempts, next_attempt_at, last_error, created_at, sent_at "
                       "FROM outgoing_mail"),
        QStringLiteral("DROP TABLE outgoing_mail"),
        QStringLiteral("ALTER TABLE outgoing_mail_new RENAME TO outgoing_mail"),
        QStringLiteral("CREATE INDEX outgoing_mail_due ON outgoing_mail (status, next_attempt_at)"),
        QStringLiteral("CREATE INDEX outgoing_mail_guard ON outgoing_mail (ticket_id, recipient, created_at)"),
        QStringLiteral("CREATE INDEX outgoing_mail_message ON outgoing_mail (message_row_id)"),
    };
    statements
        += ChangeTrackingMigration::sqliteTriggers({ QStringLiteral("outgoing_mail"), QStringLiteral("id"), {} });
    statements += ChangeTrackingMigration::sqliteTriggers(
        { QStringLiteral("reply_templates"), QStringLiteral("id"), QStringLiteral("version") });
    return statements;
}

const QString definer = QStringLiteral("SECURITY DEFINER SET search_path = public, pg_temp");

// Staff may not write outgoing_mail (ServerIdentityMail): a failed mail goes back to the
// queue unchanged through this function, which touches nothing but its delivery state.
const QString retryFunction = QStringLiteral(R"(CREATE FUNCTION dutydesk_retry_mail(p_id BIGINT) RETURNS BOOLEAN
LANGUAGE plpgsql %1 AS $$
BEGIN
    IF NOT (dutydesk_is_owner() OR dutydesk_session_in('dutydesk_engineer') OR dutydesk_session_in('dutydesk_manager')
            OR dutydesk_session_in('dutydesk_admin')) THEN
        RAISE EXCEPTION 'only support staff may send a mail again' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE outgoing_mail SET status = 'queued', attempts = 0, last_error = '',
        next_attempt_at = CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)
        WHERE id = p_id AND status = 'failed';
    RETURN FOUND;
END $$)")
                                  .arg(definer);

QStringList postgresOnly()
{
    QStringList statements {
        QStringLiteral("ALTER TABLE outgoing_mail DROP CONSTRAINT outgoing_mail_status_check, "
                       "ADD CONSTRAINT outgoing_mail_status_check CHECK (status IN (%1))")
            .arg(statuses),
        QStringLiteral("CREATE INDEX outgoing_mail_message ON outgoing_mail (message_row_id)"),
        retryFunction,
        QStringLiteral("REVOKE ALL ON FUNCTION dutydesk_retry_mail(BIGINT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION dutydesk_retry_mail(BIGINT) TO dutydesk_engineer, dutydesk_manager, "
                       "dutydesk_admin"),
        QStringLiteral("GRANT SELECT ON reply_templates TO dutydesk_engineer, dutydesk_manager, dutydesk_admin, "
                       "dutydesk_programmer, dutydesk_tester"),
        QStringLiteral("GRANT INSERT, UPDATE ON reply_templates TO dutydesk_manager, dutydesk_admin"),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO dutydesk_manager, dutydesk_admin"),
    };
    statements += ChangeTrackingMigration::postgresTrigger(
        { QStringLiteral("reply_templates"), QStringLiteral("id"), QStringLiteral("version") });
    // No project data in the templates; outgoing_mail keeps its policy.
    statements << QStringLiteral("SELECT dutydesk_check_row_security()");
    return statements;
}

} // namespace

Migration ConversationMigration::migration(int version)
{
    return { version, QStringLiteral("conversation: failed mail, reply templates"), common, postgresOnly(),
             sqliteOutgoingRebuild() };
}

} // namespace dd
