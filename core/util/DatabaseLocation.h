#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

// Where the data lives: an embedded SQLite file, or a shared PostgreSQL database given
// as postgresql://user@host:port/db. A URL never carries a password: passwords live in
// the system keychain (docs/rules.md#shared-database).
struct DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(dd::DatabaseLocation)

public:
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString user;
    QString host;
    int port = 5432;
    QString databaseName;

    static Result<DatabaseLocation> parse(const QString& text);
    // The per-user SQLite file under QStandardPaths::AppDataLocation.
    static DatabaseLocation defaultLocation();

    bool isPostgres() const { return kind == Kind::Postgres; }
    // For status bars and messages: the path, or postgresql://user@host:port/db.
    QString displayName() const;
};

} // namespace dd
