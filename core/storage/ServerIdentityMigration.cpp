#include "core/storage/ServerIdentityMigration.h"

#include "core/storage/ServerRolesMigration.h"

namespace dd {

namespace {

// Every SECURITY DEFINER function pins its search_path, so a caller cannot slip in a
// table or operator of their own (the usual PostgreSQL advice).
const QString definer = QStringLiteral("SECURITY DEFINER SET search_path = public, pg_temp");

QString slack()
{
    return QString::number(ServerIdentityMigration::clockSlackSeconds);
}

QStringList intakeService()
{
    return {
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dutydesk_intake') THEN "
                       "CREATE ROLE dutydesk_intake NOLOGIN; END IF; END $$"),
        // The daemon files mail of every project, so it sees them all.
        QStringLiteral("CREATE OR REPLACE FUNCTION dutydesk_sees_all_projects() RETURNS BOOLEAN LANGUAGE sql "
                       "STABLE AS $$ SELECT pg_has_role(current_user, 'dutydesk_engineer', 'MEMBER') "
                       "OR pg_has_role(current_user, 'dutydesk_manager', 'MEMBER') "
                       "OR pg_has_role(current_user, 'dutydesk_admin', 'MEMBER') "
                       "OR pg_has_role(current_user, 'dutydesk_intake', 'MEMBER') $$"),
        // The owner (and a superuser) is the trust root: it may disable triggers anyway.
        QStringLiteral("CREATE FUNCTION dutydesk_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ "
                       "SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class "
                       "WHERE oid = 'public.tickets'::regclass), 'MEMBER') $$"),
        QStringLiteral("CREATE FUNCTION dutydesk_session_in(grp TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS "
                       "$$ SELECT pg_has_role(session_user, grp, 'MEMBER') $$"),
    };
}

// Every history row is stamped by the server: who (the login, or an administrator acting
// as someone) and when recorded, with its instant kept within the ticket's life.
QStringList historyStamp()
{
    return {
        QStringLiteral(R"(CREATE FUNCTION dutydesk_stamp_history() RETURNS trigger LANGUAGE plpgsql %1 AS $$
DECLARE
    acting TEXT := NULLIF(current_setting('dutydesk.acting_as', true), '');
    target BIGINT;
    arrival BIGINT;
    now_s BIGINT := CAST(EXTRACT(EPOCH FROM now()) AS BIGINT);
BEGIN
    IF dutydesk_is_owner() THEN
        RETURN NEW;
    END IF;
    NEW.recorded_at := now_s;
    NEW.actor_id := (SELECT id FROM users WHERE login = session_user);
    NEW.actor := session_user;
    IF acting IS NOT NULL AND acting <> session_user THEN
        IF NOT dutydesk_session_in('dutydesk_admin') THEN
            RAISE EXCEPTION 'only an administrator may act as another user (% as %)', session_user, acting
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT id INTO target FROM users WHERE login = acting;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'there is no user %', acting;
        END IF;
        NEW.actor_id := target;
        NEW.actor := format('admin %s as %s', session_user, acting);
    END IF;
    SELECT arrived_at INTO arrival FROM tickets WHERE id = NEW.ticket_id;
    NEW.at := COALESCE(NEW.at, now_s);
    IF dutydesk_session_in('dutydesk_intake') THEN
        -- Mail clocks lie; the daemon's events are kept within the ticket's life.
        NEW.at := LEAST(GREATEST(NEW.at, arrival), now_s);
        RETURN NEW;
    END IF;
    IF NEW.at > now_s + %2 THEN
        RAISE EXCEPTION 'a history event may not lie in the future' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.at < arrival THEN
        RAISE EXCEPTION 'a history event may not lie before the ticket arrived' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$)")
            .arg(definer, slack()),
        QStringLiteral("CREATE TRIGGER ticket_events_stamped BEFORE INSERT ON ticket_events FOR EACH ROW "
                       "EXECUTE FUNCTION dutydesk_stamp_history()"),
    };
}

// The one way staff append history: the event must describe a ticket version this very
// transaction wrote, which the caller could only do through the tickets' grants and row security.
QStringList appendEventFunction()
{
    return {
        QStringLiteral(R"(CREATE FUNCTION dutydesk_append_event(p_ticket BIGINT, p_at BIGINT, p_type TEXT,
                p_data TEXT, p_version BIGINT, p_actor_id BIGINT, p_actor TEXT) RETURNS BIGINT LANGUAGE plpgsql %1 AS $$
DECLARE
    written BOOLEAN;
    current_version BIGINT;
    new_id BIGINT;
BEGIN
    SELECT xmin::text = (pg_current_xact_id()::xid)::text, version INTO written, current_version
        FROM tickets WHERE id = p_ticket;
    IF NOT dutydesk_is_owner() AND (NOT FOUND OR NOT written OR current_version <> p_version) THEN
        RAISE EXCEPTION 'a history event must come with the change of ticket % it records', p_ticket
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The actor passed in counts for the owner only; the trigger stamps everyone else.
    INSERT INTO ticket_events (ticket_id, at, recorded_at, actor_id, actor, type, data, ticket_version)
        VALUES (p_ticket, COALESCE(p_at, CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)),
                CAST(EXTRACT(EPOCH FROM now()) AS BIGINT), p_actor_id, COALESCE(p_actor, ''), p_type, p_data,
                p_version) RETURNING id INTO new_id;
    RETURN new_id;
END $$)")
            .arg(definer),
        QStringLiteral("REVOKE ALL ON FUNCTION dutydesk_append_event(BIGINT, BIGINT, TEXT, TEXT, BIGINT, BIGINT, TEXT) "
                       "FROM PUBLIC"),
        QStringLiteral("REVOKE INSERT ON ticket_events FROM dutydesk_engineer, dutydesk_manager, "
                       "dutydesk_programmer, dutydesk_tester, dutydesk_admin"),
    };
}

// History: written through dutydesk_append_event only, stamped by a trigger.
QStringList history()
{
    return historyStamp() + appendEventFunction();
}

// Tickets: staff edit the working fields only; each write leaves its history event.
QStringList tickets()
{
    const QString editable = QStringLiteral("subject, description, steps_to_reproduce, page_url, category, level, "
                                            "status, waiting_reason, assignee_id, escalated, rating, updated_at, "
                                            "version");
    return {
        QStringLiteral("REVOKE UPDATE ON tickets FROM dutydesk_engineer, dutydesk_manager, dutydesk_programmer, "
                       "dutydesk_tester"),
        QStringLiteral("GRANT UPDATE (%1) ON tickets TO dutydesk_engineer, dutydesk_manager, dutydesk_programmer, "
                       "dutydesk_tester, dutydesk_intake")
            .arg(editable),
        QStringLiteral(R"(CREATE FUNCTION dutydesk_check_ticket_write() RETURNS trigger LANGUAGE plpgsql %1 AS $$
BEGIN
    IF dutydesk_is_owner() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.version <= OLD.version THEN
        RAISE EXCEPTION 'ticket #% changed without a new version', NEW.number USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'INSERT' AND NEW.arrived_at > CAST(EXTRACT(EPOCH FROM now()) AS BIGINT) + %2
            AND NOT dutydesk_session_in('dutydesk_intake') THEN
        RAISE EXCEPTION 'a ticket may not arrive in the future' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM ticket_events WHERE ticket_id = NEW.id AND ticket_version = NEW.version) THEN
        RAISE EXCEPTION 'ticket #% was changed without a history event', NEW.number
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$)")
            .arg(definer, slack()),
        // Deferred to the commit: the event is written after the row it describes.
        QStringLiteral("CREATE CONSTRAINT TRIGGER tickets_need_history AFTER INSERT OR UPDATE ON tickets "
                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dutydesk_check_ticket_write()"),
    };
}

// Work log: one's own time, within reason.
QStringList workLog()
{
    return {
        QStringLiteral("CREATE FUNCTION dutydesk_manages() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ "
                       "SELECT pg_has_role(current_user, 'dutydesk_manager', 'MEMBER') "
                       "OR pg_has_role(current_user, 'dutydesk_admin', 'MEMBER') $$"),
        QStringLiteral("DROP POLICY work_log_visible ON work_log"),
        QStringLiteral("CREATE POLICY work_log_read ON work_log FOR SELECT USING (dutydesk_sees_all_projects() "
                       "OR ticket_id IN (SELECT id FROM tickets))"),
        QStringLiteral("CREATE POLICY work_log_insert ON work_log FOR INSERT WITH CHECK (dutydesk_manages() "
                       "OR (user_id = dutydesk_user_id() AND ticket_id IN (SELECT id FROM tickets)))"),
        QStringLiteral("CREATE POLICY work_log_update ON work_log FOR UPDATE "
                       "USING (dutydesk_manages() OR user_id = dutydesk_user_id()) "
                       "WITH CHECK (dutydesk_manages() "
                       "OR (user_id = dutydesk_user_id() AND ticket_id IN (SELECT id FROM tickets)))"),
        QStringLiteral("CREATE POLICY work_log_delete ON work_log FOR DELETE USING (dutydesk_manages())"),
        QStringLiteral(R"(CREATE FUNCTION dutydesk_check_work_log() RETURNS trigger LANGUAGE plpgsql %1 AS $$
BEGIN
    IF dutydesk_is_owner() THEN
        RETURN NEW;
    END IF;
    IF NEW.finished_at - NEW.started_at > 86400 THEN
        RAISE EXCEPTION 'a work-log entry may not last more than 24 hours' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.started_at < (SELECT arrived_at FROM tickets WHERE id = NEW.ticket_id) THEN
        RAISE EXCEPTION 'a work-log entry may not start before the ticket arrived' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.finished_at > CAST(EXTRACT(EPOCH FROM now()) AS BIGINT) + %2 THEN
        RAISE EXCEPTION 'a work-log entry may not end in the future' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$)")
            .arg(definer, slack()),
        QStringLiteral("CREATE TRIGGER work_log_checked BEFORE INSERT OR UPDATE ON work_log FOR EACH ROW "
                       "EXECUTE FUNCTION dutydesk_check_work_log()"),
    };
}

} // namespace

Migration ServerIdentityMigration::migration(int version)
{
    Migration migration { version, QStringLiteral("the shared database knows who acts"), {}, {}, {} };
    migration.postgresOnly << intakeService() << history() << tickets() << workLog() << mailGuards() << intakeGrants()
                           << rowSecurity();
    return migration;
}

} // namespace dd
