// The mail half of ServerIdentityMigration: no staff role writes outgoing_mail or
// quarantine directly, so the authenticated relay never carries what a person made up.

#include "core/storage/ServerIdentityMigration.h"

namespace dd {

namespace {

const QString definer = QStringLiteral("SECURITY DEFINER SET search_path = public, pg_temp");
const QString staff = QStringLiteral("dutydesk_engineer, dutydesk_manager, dutydesk_admin");

QString isSupportStaff()
{
    return QStringLiteral("(dutydesk_session_in('dutydesk_engineer') OR dutydesk_session_in('dutydesk_manager') "
                          "OR dutydesk_session_in('dutydesk_admin'))");
}

// Inbound mail rows come from the mailbox only: staff add their own outgoing messages,
// and may only file a quarantined (ticketless) message into a ticket. That keeps "who
// wrote to this ticket" trustworthy for the recipient check (mayMailFunction). With
// `acknowledgments` (migration 22) staff also never mark a message as the intake's
// acknowledgment, which search leaves out.
QString messageWriteCheck(const QString& create, bool acknowledgments)
{
    const QString staffInsert = acknowledgments ? QStringLiteral("\n        NEW.acknowledgment := 0;") : QString();
    const QString newColumn = acknowledgments ? QStringLiteral(", NEW.acknowledgment") : QString();
    const QString oldColumn = acknowledgments ? QStringLiteral(", OLD.acknowledgment") : QString();
    return QStringLiteral(R"(%1 dutydesk_check_message_write() RETURNS trigger LANGUAGE plpgsql %2 AS $$
BEGIN
    IF dutydesk_is_owner() OR dutydesk_session_in('dutydesk_intake') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        -- An unreadable mail released from quarantine has no sender: nobody to unlock.
        IF NEW.direction <> 'out' AND NEW.sender <> '' THEN
            RAISE EXCEPTION 'client messages are filed by the mail intake' USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.author_id := (SELECT id FROM users WHERE login = session_user);%3
        RETURN NEW;
    END IF;
    IF (NEW.direction, NEW.channel, NEW.message_id, NEW.sender, NEW.recipients, NEW.subject, NEW.body,
        NEW.received_at, NEW.author_id%4) IS DISTINCT FROM (OLD.direction, OLD.channel, OLD.message_id, OLD.sender,
        OLD.recipients, OLD.subject, OLD.body, OLD.received_at, OLD.author_id%5)
       OR (OLD.ticket_id IS NOT NULL AND NEW.ticket_id IS DISTINCT FROM OLD.ticket_id) THEN
        RAISE EXCEPTION 'a message may only be filed from quarantine into a ticket'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$)")
        .arg(create, definer, staffInsert, newColumn, oldColumn);
}

QStringList messageWriteGuard()
{
    return {
        messageWriteCheck(QStringLiteral("CREATE FUNCTION"), false),
        QStringLiteral("CREATE TRIGGER messages_checked BEFORE INSERT OR UPDATE ON messages FOR EACH ROW "
                       "EXECUTE FUNCTION dutydesk_check_message_write()"),
    };
}

// Whom a ticket's mail may go to: its client's addresses, and whoever wrote to it
// through the mailbox (filed messages and quarantined mail released into it).
QString mayMailFunction()
{
    return QStringLiteral(R"(CREATE FUNCTION dutydesk_may_mail(p_ticket BIGINT, p_recipient TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE %1 AS $$
    SELECT EXISTS (SELECT 1 FROM tickets t JOIN projects p ON p.id = t.project_id
                       JOIN clients c ON c.id = p.client_id
                   WHERE t.id = p_ticket AND lower(c.official_email) = lower(p_recipient))
        OR EXISTS (SELECT 1 FROM tickets t JOIN projects p ON p.id = t.project_id
                       JOIN client_trusted_addresses a ON a.client_id = p.client_id
                   WHERE t.id = p_ticket AND lower(a.email) = lower(p_recipient))
        OR EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = p_ticket AND m.direction = 'in'
                   AND lower(m.sender) = lower(p_recipient))
        OR EXISTS (SELECT 1 FROM quarantine q WHERE lower(q.sender) = lower(p_recipient)
                   AND (q.ticket_id = p_ticket
                        OR q.message_row_id IN (SELECT id FROM messages WHERE ticket_id = p_ticket)))
$$)")
        .arg(definer);
}

// Releasing files the mail into the ticket made from it; who resolved it is the login.
QString resolveQuarantineFunction()
{
    return QStringLiteral(R"(CREATE FUNCTION dutydesk_resolve_quarantine(p_id BIGINT, p_status TEXT, p_ticket BIGINT,
        p_note TEXT) RETURNS BOOLEAN LANGUAGE plpgsql %1 AS $$
DECLARE
    held quarantine%ROWTYPE;
BEGIN
    IF NOT (dutydesk_is_owner() OR %2) THEN
        RAISE EXCEPTION 'only support staff may release or discard quarantined mail'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_status NOT IN ('released', 'discarded') THEN
        RAISE EXCEPTION 'quarantined mail is released or discarded, not %', p_status;
    END IF;
    SELECT * INTO held FROM quarantine WHERE id = p_id AND status = 'held' FOR UPDATE;
    IF NOT FOUND THEN
        RETURN FALSE;
    END IF;
    IF p_status = 'released' AND (p_ticket IS NULL OR (held.message_row_id IS NOT NULL AND NOT EXISTS
            (SELECT 1 FROM messages WHERE id = held.message_row_id AND ticket_id = p_ticket))) THEN
        RAISE EXCEPTION 'quarantined mail % is released only into the ticket filed from it', p_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE quarantine SET status = p_status, ticket_id = CASE WHEN p_status = 'released' THEN p_ticket END,
        resolved_by = session_user, resolution_note = p_note, resolved_at = CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)
        WHERE id = p_id;
    RETURN TRUE;
END $$)")
        .arg(definer, isSupportStaff());
}

// Staff reach outgoing mail and quarantine only through the functions above.
QStringList mailFunctionGrants()
{
    return {
        QStringLiteral("REVOKE UPDATE ON quarantine FROM dutydesk_engineer, dutydesk_manager"),
        QStringLiteral("REVOKE INSERT ON outgoing_mail FROM dutydesk_engineer, dutydesk_manager"),
        QStringLiteral("REVOKE ALL ON FUNCTION dutydesk_queue_mail(BIGINT, BIGINT, TEXT, TEXT, BYTEA, BIGINT), "
                       "dutydesk_resolve_quarantine(BIGINT, TEXT, BIGINT, TEXT), dutydesk_may_mail(BIGINT, TEXT) "
                       "FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION dutydesk_queue_mail(BIGINT, BIGINT, TEXT, TEXT, BYTEA, BIGINT), "
                       "dutydesk_resolve_quarantine(BIGINT, TEXT, BIGINT, TEXT) TO %1, dutydesk_intake")
            .arg(staff),
    };
}

// What migration 8 wrote: an upsert per queued mail (its BEFORE INSERT trigger fires each time).
const QString recordSenderAlways = QStringLiteral(
    "        INSERT INTO settings (key, value, updated_at) VALUES ('mail.support-address', sender, now_s)\n"
    "            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at,\n"
    "                version = settings.version + 1 WHERE settings.value <> EXCLUDED.value;");

// The daemon's own mail names its configured sender, which it leaves in the settings;
// people's mail takes that sender and must go to the ticket's correspondents.
// `recordSender` is the statement that records the daemon's sender (migration 17 writes it
// only when it changed). `head` is the function's name and parameters; `columns` of the
// mail's content take `values`.
QString queueFunction(const QString& create, const QString& head, const QString& columns, const QString& values,
                      const QString& recordSender)
{
    return QStringLiteral(R"(%1 %2 RETURNS BIGINT
LANGUAGE plpgsql %3 AS $$
DECLARE
    now_s BIGINT := CAST(EXTRACT(EPOCH FROM now()) AS BIGINT);
    sender TEXT;
    new_id BIGINT;
BEGIN
    IF dutydesk_is_owner() OR dutydesk_session_in('dutydesk_intake') THEN
        sender := p_envelope_from;
%4
    ELSIF %5 THEN
        sender := (SELECT value FROM settings WHERE key = 'mail.support-address');
        IF sender IS NULL THEN
            RAISE EXCEPTION 'the support address is not known yet: the mail intake records it with its first mail';
        END IF;
        IF NOT dutydesk_may_mail(p_ticket, p_recipient) THEN
            RAISE EXCEPTION 'mail of ticket % goes only to its client and correspondents, not to %',
                p_ticket, p_recipient USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSE
        RAISE EXCEPTION 'only support staff may queue mail to clients' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO outgoing_mail (ticket_id, message_row_id, envelope_from, recipient, %6, next_attempt_at,
                               created_at)
        VALUES (p_ticket, p_message_row, sender, p_recipient, %7, COALESCE(p_not_before, now_s), now_s)
        RETURNING id INTO new_id;
    RETURN new_id;
END $$)")
        .arg(create, head, definer, recordSender, isSupportStaff(), columns, values);
}

} // namespace

QString ServerIdentityMigration::queueMailFunction(const QString& create, const QString& recordSender)
{
    return queueFunction(create,
                         QStringLiteral("dutydesk_queue_mail(p_ticket BIGINT, p_message_row BIGINT,\n"
                                        "        p_envelope_from TEXT, p_recipient TEXT, p_content BYTEA, "
                                        "p_not_before BIGINT)"),
                         QStringLiteral("content"), QStringLiteral("p_content"), recordSender);
}

QString ServerIdentityMigration::queueDraftFunction(const QString& recordSender)
{
    return queueFunction(QStringLiteral("CREATE FUNCTION"),
                         QStringLiteral("dutydesk_queue_acknowledgment(p_ticket BIGINT, p_message_row BIGINT,\n"
                                        "        p_envelope_from TEXT, p_recipient TEXT, p_draft TEXT, "
                                        "p_not_before BIGINT)"),
                         QStringLiteral("content, draft"), QStringLiteral("'\\x', p_draft"), recordSender);
}

QString ServerIdentityMigration::messageWriteCheckWithAcknowledgments()
{
    return messageWriteCheck(QStringLiteral("CREATE OR REPLACE FUNCTION"), true);
}

QStringList ServerIdentityMigration::mailGuards()
{
    return messageWriteGuard()
        + QStringList { mayMailFunction(), queueMailFunction(QStringLiteral("CREATE FUNCTION"), recordSenderAlways),
                        resolveQuarantineFunction() }
    + mailFunctionGrants();
}

QStringList ServerIdentityMigration::intakeGrants()
{
    // What the daemon does: read everything it matches mail against, file tickets,
    // messages, attachments and their history, hold mail in quarantine, keep its
    // mailbox position and log, and mark its queued mail sent. Not the owner: it cannot
    // alter tables nor disable triggers.
    const QString role = intakeRole();
    return {
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role),
        // Not people's time nor the testing notes (checklists hold site passwords).
        QStringLiteral("REVOKE SELECT ON work_log, testing_checklists, test_runs, test_run_items, test_attachments "
                       "FROM %1")
            .arg(role),
        QStringLiteral("GRANT INSERT ON tickets, messages, attachments, intake_log, quarantine, mailbox_state TO %1")
            .arg(role),
        QStringLiteral("GRANT UPDATE ON counters, messages, mailbox_state TO %1").arg(role),
        QStringLiteral("GRANT UPDATE (status, attempts, last_error, next_attempt_at, sent_at) ON outgoing_mail TO %1")
            .arg(role),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role),
        QStringLiteral(
            "GRANT EXECUTE ON FUNCTION dutydesk_append_event(BIGINT, BIGINT, TEXT, TEXT, BIGINT, BIGINT, TEXT) "
            "TO %1, dutydesk_engineer, dutydesk_manager, dutydesk_programmer, dutydesk_tester, "
            "dutydesk_admin")
            .arg(role),
    };
}

QStringList ServerIdentityMigration::rowSecurity()
{
    const QString seen = QStringLiteral("(dutydesk_sees_all_projects() OR ticket_id IN (SELECT id FROM tickets))");
    // A checklist (which holds site passwords in practice) is read with its project and
    // written by the project's tester or a manager.
    const QString checklistWriter = QStringLiteral(
        "(dutydesk_manages() OR project_id IN (SELECT id FROM projects WHERE tester_id = dutydesk_user_id()))");
    return {
        QStringLiteral("ALTER TABLE testing_checklists ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY testing_checklists_read ON testing_checklists FOR SELECT "
                       "USING (dutydesk_sees_all_projects() OR project_id IN (SELECT id FROM projects))"),
        QStringLiteral("CREATE POLICY testing_checklists_insert ON testing_checklists FOR INSERT WITH CHECK %1")
            .arg(checklistWriter),
        QStringLiteral("CREATE POLICY testing_checklists_update ON testing_checklists FOR UPDATE USING %1 "
                       "WITH CHECK %1")
            .arg(checklistWriter),
        QStringLiteral("ALTER TABLE outgoing_mail ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY outgoing_mail_visible ON outgoing_mail USING %1").arg(seen),
        QStringLiteral("ALTER TABLE quarantine ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY quarantine_visible ON quarantine USING %1").arg(seen),
        QStringLiteral("ALTER TABLE intake_log ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY intake_log_visible ON intake_log USING %1").arg(seen),
        // Later migrations call this too: a table carrying project data without a
        // policy fails the migration that adds it.
        QStringLiteral(R"(CREATE FUNCTION dutydesk_check_row_security() RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    missing TEXT;
BEGIN
    SELECT string_agg(DISTINCT c.relname, ', ') INTO missing
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT a.attisdropped
          AND a.attname IN ('project_id', 'ticket_id')
          AND (NOT c.relrowsecurity OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid));
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'tables with project data lack row-level security: %', missing;
    END IF;
END $$)"),
        QStringLiteral("SELECT dutydesk_check_row_security()"),
    };
}

} // namespace dd
