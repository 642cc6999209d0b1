#include "core/intake/IntakeServerWorkMigration.h"

#include "core/intake/IntakeFilingMigration.h"
#include "core/storage/ChangeTrackingMigration.h"
#include "core/storage/ServerIdentityMigration.h"

namespace dd {

namespace {

// Written for every filed mail; the other tracked tables keep the generic function.
const QList<TrackedTable> perMailTables {
    { QStringLiteral("tickets"), QStringLiteral("id"), QStringLiteral("version") },
    { QStringLiteral("ticket_events"), QStringLiteral("id"), {} },
    { QStringLiteral("messages"), QStringLiteral("id"), {} },
    { QStringLiteral("outgoing_mail"), QStringLiteral("id"), {} },
};

// dutydesk_notify_change (migration 2) with the table's columns named: the same payload
// (json_build_object renders a bigint as the jsonb number it took from to_jsonb), without
// converting the row.
QStringList notifyDirectly(const TrackedTable& table)
{
    const auto payload = [&table](const QString& row) {
        const QString id = table.idColumn.isEmpty() ? QStringLiteral("NULL") : row + u'.' + table.idColumn;
        const QString version
            = table.versionColumn.isEmpty() ? QStringLiteral("NULL") : row + u'.' + table.versionColumn;
        return QStringLiteral("PERFORM pg_notify('dutydesk_changes', json_build_object('table', TG_TABLE_NAME, "
                              "'operation', lower(TG_OP), 'id', %1, 'version', %2)::text);")
            .arg(id, version);
    };
    const QString function = QStringLiteral("dutydesk_notify_change_%1").arg(table.table);
    return {
        QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN "
                       "%2 ELSE %3 END IF; RETURN NULL; END $$")
            .arg(function, payload(QStringLiteral("OLD")), payload(QStringLiteral("NEW"))),
        QStringLiteral("DROP TRIGGER %1_changed ON %1").arg(table.table),
        QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                       "FOR EACH ROW EXECUTE FUNCTION %2()")
            .arg(table.table, function),
    };
}

// notifyDirectly's payload (json_build_object's spacing; a NULL as null) put together as
// text and sent by an assignment: PERFORM would start an executor for each row.
QString notifyByExpression(const TrackedTable& table)
{
    const auto payload = [&table](const QString& row, const QString& operation) {
        const auto number = [&row](const QString& column) {
            return column.isEmpty() ? QStringLiteral("'null'")
                                    : QStringLiteral("COALESCE(%1.%2::text, 'null')").arg(row, column);
        };
        return QStringLiteral("sent := pg_notify('dutydesk_changes', '{\"table\" : \"%1\", \"operation\" : \"' || "
                              "%2 || '\", \"id\" : ' || %3 || ', \"version\" : ' || %4 || '}')::text;")
            .arg(table.table, operation, number(table.idColumn), number(table.versionColumn));
    };
    return QStringLiteral("CREATE OR REPLACE FUNCTION dutydesk_notify_change_%1() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$ DECLARE sent TEXT; BEGIN IF TG_OP = 'DELETE' THEN %2 ELSE %3 END IF; RETURN NULL; END $$")
        .arg(table.table, payload(QStringLiteral("OLD"), QStringLiteral("'delete'")),
             payload(QStringLiteral("NEW"), QStringLiteral("lower(TG_OP)")));
}

// The owner test with the tables' owner at this migration named in its text: a SQL
// function without a sub-select is inlined into the expression that calls it. Migrations
// run as the owner (docs/shared-database.md#provisioning); a later owner is written in
// by the next migration. A superuser is in every role, as before.
const QString ownerTestByName = QStringLiteral(
    "DO $$ BEGIN EXECUTE format('CREATE OR REPLACE FUNCTION dutydesk_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE "
    "AS %L', format('SELECT pg_has_role(session_user, %L::name, ''MEMBER'')', (SELECT r.rolname FROM pg_class c "
    "JOIN pg_roles r ON r.oid = c.relowner WHERE c.oid = 'public.tickets'::regclass))); END $$");

} // namespace

QString IntakeServerWorkMigration::recordSenderWhenChanged()
{
    return QStringLiteral(
        "        IF NOT EXISTS (SELECT 1 FROM settings WHERE key = 'mail.support-address' AND value = sender) THEN\n"
        "            INSERT INTO settings (key, value, updated_at) VALUES ('mail.support-address', sender, now_s)\n"
        "                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at,\n"
        "                    version = settings.version + 1 WHERE settings.value <> EXCLUDED.value;\n"
        "        END IF;");
}

Migration IntakeServerWorkMigration::migration(int version)
{
    QStringList postgres;
    for (const TrackedTable& table : perMailTables) {
        postgres << notifyDirectly(table);
    }
    postgres << ServerIdentityMigration::queueMailFunction(QStringLiteral("CREATE OR REPLACE FUNCTION"),
                                                           recordSenderWhenChanged());
    return { version,
             QStringLiteral("mail intake: change notification without converting rows, the support address "
                            "written only when it changed"),
             {},
             postgres,
             {} };
}

Migration IntakeServerWorkMigration::withoutExecutors(int version)
{
    QStringList postgres { ownerTestByName, IntakeFilingMigration::fileTicketAssigningEvent() };
    for (const TrackedTable& table : perMailTables) {
        postgres << notifyByExpression(table);
    }
    return { version,
             QStringLiteral("mail intake: the owner test, the change notifications and a filed ticket's arrival event "
                            "evaluated as expressions (PostgreSQL)"),
             {},
             postgres,
             {} };
}

} // namespace dd
