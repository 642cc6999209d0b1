#include "core/storage/Schema.h"

#include "core/storage/AdministrationMigration.h"
#include "core/storage/CalendarMigration.h"
#include "core/storage/ChangeTrackingMigration.h"
#include "core/storage/Database.h"
#include "core/storage/LoginSyncMigration.h"
#include "core/storage/ProjectShortNameMigration.h"
#include "core/storage/ServerIdentityMigration.h"
#include "core/storage/ServerRolesMigration.h"
#include "core/storage/TicketSearchMigration.h"
#include "core/storage/WaitingReasonMigration.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace dd {

namespace {

// Version 1: everything docs/rules.md needs to store. Conventions:
// - instants are BIGINT UTC epoch seconds (see storage/Database.h), dates ISO text;
// - slugs are TEXT with CHECK constraints, so a bad value from any client is refused;
// - rows two people may edit carry `version` for optimistic locking (docs/rules.md#shared-database);
// - people are referenced by user id (row-level security keys on them later);
// - JSON payloads are TEXT on both engines (one logical schema).
const QStringList initialSchema {
    QStringLiteral(R"(CREATE TABLE users (
        id {id},
        login TEXT NOT NULL UNIQUE,
        full_name TEXT NOT NULL,
        email TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))"),
    QStringLiteral(R"(CREATE TABLE user_roles (
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('engineer','account-manager','programmer','tester','head-of-support','admin')),
        PRIMARY KEY (user_id, role)))"),
    QStringLiteral(R"(CREATE TABLE tariffs (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        hourly_rate_kopecks BIGINT,
        version BIGINT NOT NULL DEFAULT 1))"),
    QStringLiteral(R"(CREATE TABLE clients (
        id {id},
        name TEXT NOT NULL UNIQUE,
        official_email TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))"),
    QStringLiteral(R"(CREATE TABLE client_trusted_addresses (
        client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        person_name TEXT,
        PRIMARY KEY (client_id, email)))"),
    QStringLiteral(R"(CREATE TABLE projects (
        id {id},
        client_id BIGINT NOT NULL REFERENCES clients(id),
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        site_urls TEXT NOT NULL DEFAULT '',
        tariff TEXT NOT NULL REFERENCES tariffs(code),
        account_manager_id BIGINT REFERENCES users(id),
        programmer_id BIGINT REFERENCES users(id),
        tester_id BIGINT REFERENCES users(id),
        start_date TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused','closed')),
        testing_interval_months INTEGER NOT NULL DEFAULT 2 CHECK (testing_interval_months > 0),
        created_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))"),
    QStringLiteral(R"(CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        value BIGINT NOT NULL))"),
    QStringLiteral(R"(INSERT INTO counters (name, value) VALUES ('ticket-number', 0))"),
    QStringLiteral(R"(CREATE TABLE tickets (
        id {id},
        number BIGINT NOT NULL UNIQUE,
        project_id BIGINT NOT NULL REFERENCES projects(id),
        subject TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        steps_to_reproduce TEXT NOT NULL DEFAULT '',
        page_url TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL CHECK (channel IN ('email','email-urgent','telegram','whatsapp','viber','phone')),
        arrived_at BIGINT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL CHECK (level IN ('emergency','standard','urgent')),
        status TEXT NOT NULL CHECK (status IN ('new','registered','waiting','resolved','closed','reopened',
                                               'out-of-scope','development')),
        waiting_reason TEXT CHECK (waiting_reason IN ('cannot-reproduce','not-enough-information','needs-diagnosis',
                                                      'outside-support','unconstructive')),
        assignee_id BIGINT REFERENCES users(id),
        escalated INTEGER NOT NULL DEFAULT 0,
        rating INTEGER CHECK (rating BETWEEN 1 AND 5),
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1,
        CHECK ((status = 'waiting') = (waiting_reason IS NOT NULL))))"),
    QStringLiteral("CREATE INDEX tickets_project_status ON tickets (project_id, status)"),
    QStringLiteral("CREATE INDEX tickets_status_arrived ON tickets (status, arrived_at)"),
    QStringLiteral("CREATE INDEX tickets_assignee ON tickets (assignee_id)"),
    // Append-only: the repositories only ever INSERT here.
    QStringLiteral(R"(CREATE TABLE ticket_events (
        id {id},
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        at BIGINT NOT NULL,
        recorded_at BIGINT NOT NULL,
        actor_id BIGINT REFERENCES users(id),
        actor TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        ticket_version BIGINT NOT NULL))"),
    QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, ticket_version)"),
    QStringLiteral(R"(CREATE TABLE messages (
        id {id},
        ticket_id BIGINT REFERENCES tickets(id),
        direction TEXT NOT NULL CHECK (direction IN ('in','out')),
        channel TEXT NOT NULL,
        message_id TEXT UNIQUE,
        sender TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        received_at BIGINT NOT NULL,
        author_id BIGINT REFERENCES users(id),
        quarantined INTEGER NOT NULL DEFAULT 0,
        quarantine_reason TEXT))"),
    QStringLiteral("CREATE INDEX messages_ticket ON messages (ticket_id, received_at)"),
    QStringLiteral(R"(CREATE TABLE attachments (
        id {id},
        message_id BIGINT REFERENCES messages(id),
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
        size_bytes BIGINT NOT NULL,
        content {blob},
        created_at BIGINT NOT NULL))"),
    QStringLiteral("CREATE INDEX attachments_ticket ON attachments (ticket_id)"),
    QStringLiteral(R"(CREATE TABLE work_log (
        id {id},
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        user_id BIGINT NOT NULL REFERENCES users(id),
        started_at BIGINT NOT NULL,
        finished_at BIGINT NOT NULL CHECK (finished_at >= started_at),
        note TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))"),
    QStringLiteral("CREATE INDEX work_log_ticket ON work_log (ticket_id)"),
    QStringLiteral("CREATE INDEX work_log_user_started ON work_log (user_id, started_at)"),
    // The production calendar (docs/rules.md#production-calendar): a year is either loaded or missing — a
    // missing year is an error the console shows, never plain weekends.
    QStringLiteral(R"(CREATE TABLE calendar_years (
        year INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('builtin','imported','admin')),
        loaded_at BIGINT NOT NULL,
        loaded_by BIGINT REFERENCES users(id),
        version BIGINT NOT NULL DEFAULT 1))"),
    QStringLiteral(R"(CREATE TABLE calendar_days (
        day TEXT PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES calendar_years(year) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('day-off','shortened','working')),
        note TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral(R"(CREATE TABLE sla_policies (
        id {id},
        tariff TEXT NOT NULL REFERENCES tariffs(code),
        level TEXT NOT NULL CHECK (level IN ('emergency','standard','urgent')),
        max_reaction_seconds BIGINT NOT NULL CHECK (max_reaction_seconds > 0),
        resolution_target_seconds BIGINT,
        warning_seconds BIGINT,
        warning_percent INTEGER,
        version BIGINT NOT NULL DEFAULT 1,
        UNIQUE (tariff, level)))"),
    // docs/rules.md#service-levels defaults: emergency 1 h, standard 8 working hours, urgent 8 h of the
    // emergency schedule; "premium" halves the standard reaction.
    QStringLiteral("INSERT INTO tariffs (code, name) VALUES ('standard', 'Стандартный'), ('premium', 'Премиум')"),
    QStringLiteral(R"(INSERT INTO sla_policies (tariff, level, max_reaction_seconds) VALUES
        ('standard', 'emergency', 3600), ('standard', 'standard', 28800), ('standard', 'urgent', 28800),
        ('premium', 'emergency', 3600), ('premium', 'standard', 14400), ('premium', 'urgent', 28800))"),
    // Shared settings; per-desktop ones stay in the user's settings file.
    QStringLiteral(R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        updated_by BIGINT REFERENCES users(id),
        version BIGINT NOT NULL DEFAULT 1))"),
};

Status execDdl(const Database& database, const QString& statement)
{
    // DDL carries no values, and PostgreSQL cannot PREPARE it; it runs as plain text.
    QSqlQuery query(database.connection());
    if (!query.exec(Schema::ddl(statement, database.isPostgres()))) {
        return Database::sqlError(query);
    }
    return Done {};
}

std::vector<Migration>& registry()
{
    // Storage's own steps; the versions between them belong to other modules.
    static std::vector<Migration> list {
        { 1, QStringLiteral("initial schema"), initialSchema, {}, {} },
        ChangeTrackingMigration::migration(2),
        ServerRolesMigration::migration(3),
        CalendarMigration::migration(6),
        WaitingReasonMigration::migration(7),
        ServerIdentityMigration::migration(8),
        TicketSearchMigration::migration(10),
        // Issue 17 was given 20 and 21; numbered after main's latest until the lead renumbers at merge
        // (migrate() refuses a gap).
        AdministrationMigration::settingsHistory(11),
        AdministrationMigration::policyValidity(12),
        LoginSyncMigration::migration(14),
        ProjectShortNameMigration::migration(15),
        TicketSearchMigration::entriesMigration(18),
        TicketSearchMigration::entriesWithoutCopies(22),
    };
    return list;
}

// The registered migrations must run 1, 2, 3, … without a gap.
Status checkNoGap(const std::vector<Migration>& steps)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].version != int(i) + 1) {
            return Error { Database::tr("this program lacks schema migration %1; it was built without "
                                        "one of its modules")
                               .arg(int(i) + 1) };
        }
    }
    return Done {};
}

// Runs one migration's statements for this kind of database and records it as applied.
Status applyMigration(const Database& database, const Migration& migration)
{
    for (const QString& statement :
         migration.statements + (database.isPostgres() ? migration.postgresOnly : migration.sqliteOnly)) {
        if (auto done = execDdl(database, statement); !done) {
            return Error { Database::tr("migration %1 (%2) failed: %3")
                               .arg(migration.version)
                               .arg(migration.name, done.error().message) };
        }
    }
    if (auto recorded = database.run(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                    "VALUES (?, ?, %1)")
                                         .arg(database.nowSql()),
                                     { migration.version, migration.name });
        !recorded) {
        return recorded.error();
    }
    return Done {};
}

// On PostgreSQL migrations run as the database's owner (docs/shared-database.md#provisioning):
// a staff or intake login meeting an older schema says so, instead of failing on its
// first CREATE with "permission denied for schema public".
Status ownerMustMigrate(const Database& database, int current, int target)
{
    if (!database.isPostgres()) {
        return Done {};
    }
    auto mayCreate = database.runScalar(QStringLiteral("SELECT has_schema_privilege('public', 'CREATE')"));
    if (!mayCreate || mayCreate->toBool()) {
        return Done {};
    }
    return Error { Database::tr("the database has schema version %1 and this program needs %2; its owner updates "
                                "it first: dutydeskctl migrate --database postgresql://OWNER@…")
                       .arg(current)
                       .arg(target) };
}

} // namespace

void Schema::registerMigration(Migration migration)
{
    auto& list = registry();
    const auto same = std::find_if(list.begin(), list.end(),
                                   [&](const Migration& known) { return known.version == migration.version; });
    if (same == list.end()) {
        list.push_back(std::move(migration));
        return;
    }
    // Two modules claiming one version would silently drop a migration: a programming
    // error every test run catches at once.
    if (same->name != migration.name) {
        qFatal("schema migration %d registered twice: \"%s\" and \"%s\"", migration.version, qPrintable(same->name),
               qPrintable(migration.name));
    }
}

std::vector<Migration> Schema::migrations()
{
    std::vector<Migration> list = registry();
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

int Schema::latestVersion()
{
    const auto list = migrations();
    return list.empty() ? 0 : list.back().version;
}

QString Schema::ddl(const QString& statement, bool postgres)
{
    QString text = statement;
    text.replace(QLatin1String("{id}"),
                 postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                          : QLatin1String("INTEGER PRIMARY KEY"));
    text.replace(QLatin1String("{blob}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return text;
}

Result<int> Schema::currentVersion(const Database& database)
{
    const QString exists = database.isPostgres()
        ? QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    auto found = database.run(exists);
    if (!found) {
        return found.error();
    }
    if (!found.value().next() || !found.value().value(0).toBool()) {
        return 0;
    }
    auto version = database.run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version) {
        return version.error();
    }
    return version.value().next() ? version.value().value(0).toInt() : 0;
}

Status Schema::migrate(const Database& database, int upTo)
{
    // Up to date: touch nothing. Staff log in as roles without CREATE on the schema
    // (ServerRolesMigration), and even CREATE TABLE IF NOT EXISTS needs it.
    const std::vector<Migration> steps = migrations();
    if (auto complete = checkNoGap(steps); !complete) {
        return complete;
    }
    const int target = upTo > 0 ? std::min(upTo, latestVersion()) : latestVersion();
    const auto before = currentVersion(database); // an error here: no schema yet
    if (before && *before >= target && *before <= latestVersion()) {
        return Done {};
    }
    if (auto refused = ownerMustMigrate(database, before ? *before : 0, target); !refused) {
        return refused;
    }
    Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started();
    }
    if (database.isPostgres()) {
        // Serialises desktops that start at the same moment; released at commit.
        if (auto locked = database.run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { qint64(0x44757479) });
            !locked) {
            return locked.error();
        }
    }
    if (auto created = execDdl(database,
                               QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                              "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                              "applied_at BIGINT NOT NULL)"));
        !created) {
        return created;
    }
    auto current = currentVersion(database);
    if (!current) {
        return current.error();
    }
    if (*current > latestVersion()) {
        return Error { Database::tr("the database has schema version %1, newer than this program knows (%2); "
                                    "update Dutydesk")
                           .arg(*current)
                           .arg(latestVersion()) };
    }
    for (const Migration& migration : steps) {
        if (migration.version <= *current || migration.version > target) {
            continue;
        }
        if (auto applied = applyMigration(database, migration); !applied) {
            return applied;
        }
    }
    return transaction.commit();
}

} // namespace dd
