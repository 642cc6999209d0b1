#include "core/storage/LoginSyncMigration.h"

namespace dd {

Migration LoginSyncMigration::migration(int version)
{
    Migration step { version, QStringLiteral("server logins follow the users table"), {}, {}, {} };
    step.postgresOnly = {
        QStringLiteral(R"(CREATE FUNCTION dutydesk_sync_login(target TEXT) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    person RECORD;
    grp TEXT;
    wanted TEXT[];
BEGIN
    IF NOT (dutydesk_is_owner() OR dutydesk_session_in('dutydesk_admin')) THEN
        RAISE EXCEPTION 'only an administrator changes the logins of the shared database';
    END IF;
    SELECT id, active INTO person FROM users WHERE login = target;
    -- A user without a server login (an SQLite-era row, a login not provisioned yet): nothing to do.
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target) OR target = session_user THEN
        RETURN;
    END IF;
    wanted := ARRAY(SELECT CASE role WHEN 'engineer' THEN 'dutydesk_engineer'
                                     WHEN 'account-manager' THEN 'dutydesk_manager'
                                     WHEN 'head-of-support' THEN 'dutydesk_manager'
                                     WHEN 'programmer' THEN 'dutydesk_programmer'
                                     WHEN 'tester' THEN 'dutydesk_tester'
                                     WHEN 'admin' THEN 'dutydesk_admin' END
                    FROM user_roles WHERE user_id = person.id);
    FOREACH grp IN ARRAY ARRAY['dutydesk_engineer', 'dutydesk_manager', 'dutydesk_programmer', 'dutydesk_tester',
                               'dutydesk_admin'] LOOP
        IF person.active = 1 AND grp = ANY (wanted) THEN
            EXECUTE format('GRANT %I TO %I', grp, target);
        ELSIF pg_has_role(target, grp, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', grp, target);
        END IF;
    END LOOP;
    IF person.active = 1 THEN
        EXECUTE format('ALTER ROLE %I LOGIN', target);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', target);
    END IF;
END $$)"),
        QStringLiteral("REVOKE ALL ON FUNCTION dutydesk_sync_login(TEXT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION dutydesk_sync_login(TEXT) TO dutydesk_admin"),
    };
    return step;
}

} // namespace dd
