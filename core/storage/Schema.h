#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dd {

class Database;

// One step of the schema. Statements are written once for both engines; the few
// places where SQLite and PostgreSQL differ are tokens that Schema::ddl() expands:
//   {id}   an auto-assigned BIGINT primary key
//   {blob} binary data
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
    // Run after `statements`, on one engine only: triggers, roles and row-level
    // security have no common dialect.
    QStringList postgresOnly;
    QStringList sqliteOnly;
};

// The versioned schema (the `schema_migrations` table records what is applied).
// Migrations are applied automatically on connect and by `dutydeskctl migrate`; a
// migration, once released, is never edited — a change is a new migration.
class Schema
{
public:
    // Storage registers its own migrations; modules above it (regression, intake, …)
    // register theirs through core/schema/SchemaCatalog, so storage never names them.
    // Registering the same migration twice is a no-op; two different ones under one
    // version abort the program. Versions interleave across modules;
    // migrate() refuses a set with a gap (a program that forgot a module).
    static void registerMigration(Migration migration);
    static std::vector<Migration> migrations();
    static int latestVersion();
    static QString ddl(const QString& statement, bool postgres);
    // Applies the pending migrations in one transaction, holding a lock so that two
    // desktops starting at once do not both apply them. `upTo` stops at an earlier
    // version (the upgrade tests build every released schema that way); 0 means latest.
    static Status migrate(const Database& database, int upTo = 0);
    // 0 for an empty database.
    static Result<int> currentVersion(const Database& database);
};

} // namespace dd
