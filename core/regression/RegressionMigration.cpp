#include "core/regression/RegressionMigration.h"

#include "core/storage/ChangeTrackingMigration.h"
#include "core/storage/ServerRolesMigration.h"

namespace dd {

namespace {

const QStringList tables {
    // The checklist template of a project, one "slug: title" per line; a project
    // without a row uses the default online-shop template.
    QStringLiteral(R"(CREATE TABLE testing_checklists (
        project_id BIGINT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        items TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        updated_by BIGINT REFERENCES users(id),
        version BIGINT NOT NULL DEFAULT 1))"),
    QStringLiteral(R"(CREATE TABLE test_runs (
        id {id},
        kind TEXT NOT NULL CHECK (kind IN ('regression','feature')),
        status TEXT NOT NULL CHECK (status IN ('requested','in-progress','finished')),
        project_id BIGINT NOT NULL REFERENCES projects(id),
        ticket_id BIGINT REFERENCES tickets(id),
        tester_id BIGINT REFERENCES users(id),
        due_date TEXT,
        requested_at BIGINT NOT NULL,
        started_at BIGINT,
        finished_at BIGINT,
        summary TEXT NOT NULL DEFAULT '',
        created_by BIGINT REFERENCES users(id),
        version BIGINT NOT NULL DEFAULT 1,
        CHECK ((kind = 'feature') = (ticket_id IS NOT NULL)),
        CHECK ((status = 'requested') = (started_at IS NULL)),
        CHECK ((status = 'finished') = (finished_at IS NOT NULL))))"),
    QStringLiteral("CREATE INDEX test_runs_project ON test_runs (project_id, status)"),
    QStringLiteral("CREATE INDEX test_runs_tester ON test_runs (tester_id, status)"),
    // At most one regression run open per project, whichever desktop starts it.
    QStringLiteral("CREATE UNIQUE INDEX test_runs_one_open_regression ON test_runs (project_id) "
                   "WHERE kind = 'regression' AND status <> 'finished'"),
    QStringLiteral(R"(CREATE TABLE test_run_items (
        id {id},
        run_id BIGINT NOT NULL REFERENCES test_runs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        slug TEXT NOT NULL,
        title TEXT NOT NULL,
        result TEXT NOT NULL DEFAULT 'pending' CHECK (result IN ('pending','pass','fail','skip')),
        note TEXT NOT NULL DEFAULT '',
        recorded_at BIGINT,
        recorded_by BIGINT REFERENCES users(id),
        ticket_id BIGINT REFERENCES tickets(id),
        UNIQUE (run_id, slug),
        UNIQUE (run_id, position)))"),
    QStringLiteral(R"(CREATE TABLE test_attachments (
        id {id},
        item_id BIGINT NOT NULL REFERENCES test_run_items(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
        size_bytes BIGINT NOT NULL,
        content {blob},
        created_at BIGINT NOT NULL))"),
    QStringLiteral("CREATE INDEX test_attachments_item ON test_attachments (item_id)"),
};

QStringList postgresGrants()
{
    const QStringList groups = ServerRolesMigration::groupRoles();
    const QString all = groups.join(QStringLiteral(", "));
    const QString manager = QStringLiteral("dutydesk_manager");
    const QString tester = QStringLiteral("dutydesk_tester");
    const QString admin = QStringLiteral("dutydesk_admin");
    QStringList statements;
    for (const char* table : { "testing_checklists", "test_runs", "test_run_items", "test_attachments" }) {
        statements << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(QLatin1String(table), all);
    }
    statements << QStringLiteral("GRANT INSERT, UPDATE ON testing_checklists TO %1, %2, %3").arg(manager, tester, admin)
               << QStringLiteral("GRANT INSERT, UPDATE ON test_runs TO %1, %2, %3").arg(manager, tester, admin)
               << QStringLiteral("GRANT INSERT, UPDATE ON test_run_items TO %1, %2, %3").arg(manager, tester, admin)
               << QStringLiteral("GRANT INSERT ON test_attachments TO %1, %2, %3").arg(manager, tester, admin)
               << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(all);
    // A run is visible with its project (projects_visible already narrows testers and
    // programmers to their projects); items and screenshots follow their run.
    statements << QStringLiteral("ALTER TABLE test_runs ENABLE ROW LEVEL SECURITY")
               << QStringLiteral("CREATE POLICY test_runs_visible ON test_runs USING (dutydesk_sees_all_projects() "
                                 "OR project_id IN (SELECT id FROM projects) OR tester_id = dutydesk_user_id())")
               << QStringLiteral("ALTER TABLE test_run_items ENABLE ROW LEVEL SECURITY")
               << QStringLiteral("CREATE POLICY test_run_items_visible ON test_run_items USING "
                                 "(dutydesk_sees_all_projects() OR run_id IN (SELECT id FROM test_runs))")
               << QStringLiteral("ALTER TABLE test_attachments ENABLE ROW LEVEL SECURITY")
               << QStringLiteral("CREATE POLICY test_attachments_visible ON test_attachments USING "
                                 "(dutydesk_sees_all_projects() OR item_id IN (SELECT id FROM test_run_items))");
    return statements;
}

} // namespace

Migration RegressionMigration::migration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("testing schedule and run log");
    migration.statements = tables;
    migration.postgresOnly = postgresGrants();
    const QList<TrackedTable> tracked {
        { QStringLiteral("testing_checklists"), QStringLiteral("project_id"), QStringLiteral("version") },
        { QStringLiteral("test_runs"), QStringLiteral("id"), QStringLiteral("version") },
        { QStringLiteral("test_run_items"), QStringLiteral("run_id"), {} },
    };
    for (const TrackedTable& table : tracked) {
        migration.postgresOnly << ChangeTrackingMigration::postgresTrigger(table);
        migration.sqliteOnly << ChangeTrackingMigration::sqliteTriggers(table);
    }
    return migration;
}

} // namespace dd
