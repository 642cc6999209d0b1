#pragma once

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A throwaway PostgreSQL server for one test: initdb in a temporary directory, a free
// port on 127.0.0.1, trust authentication, stopped and removed on destruction. initdb
// refuses to run as root, so as root the server runs as the `postgres` system user.
class PostgresServer
{
public:
    struct Options
    {
        // Roles other than the superuser must log in over TCP with a password
        // (scram-sha-256), for tests of the keychain path; the superuser stays trusted.
        bool passwordAuth = false;
        // The server's own durability defaults (fsync, full page writes, synchronous
        // commit on), for benchmarks that must measure what production pays; tests skip the
        // disk flushes.
        bool durable = false;
    };
    static Result<std::unique_ptr<PostgresServer>> start(const Options& options);
    static Result<std::unique_ptr<PostgresServer>> start() { return start(Options {}); }
    ~PostgresServer();

    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    // postgresql://user@127.0.0.1:port/database
    QString url(const QString& database, const QString& user = QStringLiteral("postgres")) const;

    Status createDatabase(const QString& name);
    // A QPSQL connection registered under `connectionName`, already open.
    Result<QSqlDatabase> connect(const QString& connectionName, const QString& database = QStringLiteral("postgres"),
                                 const QString& user = QStringLiteral("postgres")) const;

    // The product's database `database` on this server, migrated through SchemaCatalog like
    // a program opens it, without the server clock (tests install fake ones).
    Result<std::unique_ptr<Database>> open(const QString& database,
                                           const QString& user = QStringLiteral("postgres")) const;
    // A fresh server with an empty database `database` created on it.
    static Result<std::unique_ptr<PostgresServer>> startWithDatabase(const QString& database);

    // For outage tests: stop the server (fast shutdown) and start it again on the same port.
    Status stop();
    Status restart();
    bool isRunning() const { return m_running; }

private:
    PostgresServer() = default;
    Status runTool(const QString& tool, const QStringList& arguments, int timeoutMs = 60000) const;
    Status startServer();

    QString m_binDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_socketDir;
    int m_port = 0;
    bool m_running = false;
    bool m_durable = false;
};

} // namespace dd::test
