#include "core/storage/ServerRolesMigration.h"

namespace dd {

namespace {

// Every table of schema v1 and what each group may do beyond SELECT. Tables added by
// later migrations grant their own privileges.
struct TableGrants
{
    QString table;
    QString engineer;
    QString manager;
    QString programmer;
    QString tester;
    QString admin;
};

const QList<TableGrants>& tableGrants()
{
    const QString none;
    const QString iu = QStringLiteral("INSERT, UPDATE");
    const QString i = QStringLiteral("INSERT");
    const QString u = QStringLiteral("UPDATE");
    const QString iud = QStringLiteral("INSERT, UPDATE, DELETE");
    static const QList<TableGrants> grants {
        { QStringLiteral("schema_migrations"), none, none, none, none, none },
        { QStringLiteral("users"), none, none, none, none, iud },
        { QStringLiteral("user_roles"), none, none, none, none, iud },
        { QStringLiteral("tariffs"), none, none, none, none, iud },
        { QStringLiteral("sla_policies"), none, none, none, none, iud },
        { QStringLiteral("calendar_years"), none, none, none, none, iud },
        { QStringLiteral("calendar_days"), none, none, none, none, iud },
        { QStringLiteral("settings"), none, iu, none, none, iud },
        { QStringLiteral("clients"), none, iu, none, none, iu },
        { QStringLiteral("client_trusted_addresses"), none, iud, none, none, iud },
        { QStringLiteral("projects"), none, iu, none, none, iu },
        // Ticket numbers: whoever files a ticket (testers file the defects they find).
        { QStringLiteral("counters"), u, u, none, u, u },
        { QStringLiteral("tickets"), iu, iu, u, iu, iu },
        // No UPDATE or DELETE for anyone; the trigger below refuses them even to the owner.
        { QStringLiteral("ticket_events"), i, i, i, i, i },
        { QStringLiteral("messages"), iu, iu, i, i, iu },
        { QStringLiteral("attachments"), i, i, i, i, i },
        { QStringLiteral("work_log"), iu, iu, iu, iu, iud },
    };
    return grants;
}

QString createGroupRole(const QString& role)
{
    // Roles belong to the whole cluster; a second Dutydesk database on it reuses them.
    // Creating them needs CREATEROLE: say so rather than "permission denied".
    return QStringLiteral("DO $$ BEGIN "
                          "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                          "IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN "
                          "RAISE EXCEPTION 'the group role %1 does not exist and % may not create it: "
                          "migrate once as a role with CREATEROLE, or have an administrator create it', "
                          "current_user; END IF; "
                          "CREATE ROLE %1 NOLOGIN; END IF; END $$")
        .arg(role);
}

QStringList grantStatements()
{
    QStringList statements;
    const QStringList groups = ServerRolesMigration::groupRoles();
    for (const TableGrants& grants : tableGrants()) {
        statements << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(grants.table, groups.join(QStringLiteral(", ")));
        const QStringList perGroup { grants.engineer, grants.manager, grants.programmer, grants.tester, grants.admin };
        for (int i = 0; i < groups.size(); ++i) {
            if (!perGroup.at(i).isEmpty()) {
                statements << QStringLiteral("GRANT %1 ON %2 TO %3").arg(perGroup.at(i), grants.table, groups.at(i));
            }
        }
    }
    statements
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(groups.join(QStringLiteral(", ")));
    return statements;
}

QStringList rowLevelSecurity()
{
    return {
        // Who the login is, and whether their roles show every project. Plain (invoker)
        // functions: current_user is the login even inside them, and SET ROLE works.
        QStringLiteral("CREATE FUNCTION dutydesk_user_id() RETURNS BIGINT LANGUAGE sql STABLE AS "
                       "$$ SELECT id FROM users WHERE login = current_user $$"),
        QStringLiteral("CREATE FUNCTION dutydesk_sees_all_projects() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ "
                       "SELECT pg_has_role(current_user, 'dutydesk_engineer', 'MEMBER') "
                       "OR pg_has_role(current_user, 'dutydesk_manager', 'MEMBER') "
                       "OR pg_has_role(current_user, 'dutydesk_admin', 'MEMBER') $$"),
        QStringLiteral("ALTER TABLE projects ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY projects_visible ON projects USING (dutydesk_sees_all_projects() "
                       "OR programmer_id = dutydesk_user_id() OR tester_id = dutydesk_user_id())"),
        // The subqueries see only what the policies of their tables let through, so a
        // ticket follows its project and a history row follows its ticket.
        QStringLiteral("ALTER TABLE tickets ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY tickets_visible ON tickets USING (dutydesk_sees_all_projects() "
                       "OR assignee_id = dutydesk_user_id() OR project_id IN (SELECT id FROM projects))"),
        QStringLiteral("ALTER TABLE ticket_events ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY ticket_events_visible ON ticket_events USING (dutydesk_sees_all_projects() "
                       "OR ticket_id IN (SELECT id FROM tickets))"),
        // Quarantined mail (no ticket yet) is for those who see every queue.
        QStringLiteral("ALTER TABLE messages ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY messages_visible ON messages USING (dutydesk_sees_all_projects() "
                       "OR ticket_id IN (SELECT id FROM tickets))"),
        QStringLiteral("ALTER TABLE attachments ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY attachments_visible ON attachments USING (dutydesk_sees_all_projects() "
                       "OR ticket_id IN (SELECT id FROM tickets))"),
        // Time is logged by the person who worked it, on a ticket they can see.
        QStringLiteral("ALTER TABLE work_log ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY work_log_visible ON work_log USING (dutydesk_sees_all_projects() "
                       "OR ticket_id IN (SELECT id FROM tickets)) "
                       "WITH CHECK (dutydesk_sees_all_projects() "
                       "OR (user_id = dutydesk_user_id() AND ticket_id IN (SELECT id FROM tickets)))"),
    };
}

} // namespace

const QStringList& ServerRolesMigration::groupRoles()
{
    static const QStringList roles { QStringLiteral("dutydesk_engineer"), QStringLiteral("dutydesk_manager"),
                                     QStringLiteral("dutydesk_programmer"), QStringLiteral("dutydesk_tester"),
                                     QStringLiteral("dutydesk_admin") };
    return roles;
}

QString ServerRolesMigration::groupRoleFor(Role role)
{
    switch (role) {
    case Role::Engineer:
        return QStringLiteral("dutydesk_engineer");
    case Role::AccountManager:
    case Role::HeadOfSupport:
        return QStringLiteral("dutydesk_manager");
    case Role::Programmer:
        return QStringLiteral("dutydesk_programmer");
    case Role::Tester:
        return QStringLiteral("dutydesk_tester");
    case Role::Admin:
        return QStringLiteral("dutydesk_admin");
    }
    return {};
}

Migration ServerRolesMigration::migration(int version)
{
    Migration migration { version, QStringLiteral("server-enforced roles, append-only history"), {}, {}, {} };
    for (const QString& role : groupRoles()) {
        migration.postgresOnly << createGroupRole(role);
    }
    migration.postgresOnly << grantStatements() << rowLevelSecurity();
    migration.postgresOnly << QStringLiteral(R"(CREATE FUNCTION dutydesk_refuse_history_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'ticket history is append-only: % on ticket_events refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$)")
                           << QStringLiteral("CREATE TRIGGER ticket_events_append_only BEFORE UPDATE OR DELETE "
                                             "ON ticket_events FOR EACH ROW "
                                             "EXECUTE FUNCTION dutydesk_refuse_history_change()")
                           << QStringLiteral("CREATE TRIGGER ticket_events_not_truncated BEFORE TRUNCATE "
                                             "ON ticket_events FOR EACH STATEMENT "
                                             "EXECUTE FUNCTION dutydesk_refuse_history_change()");
    migration.sqliteOnly << QStringLiteral("CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events "
                                           "BEGIN SELECT RAISE(ABORT, 'ticket history is append-only: "
                                           "UPDATE on ticket_events refused'); END")
                         << QStringLiteral("CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events "
                                           "BEGIN SELECT RAISE(ABORT, 'ticket history is append-only: "
                                           "DELETE on ticket_events refused'); END");
    return migration;
}

} // namespace dd
