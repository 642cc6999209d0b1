#include "tests/support/PostgresServer.h"

#include "core/schema/SchemaCatalog.h"
#include "core/util/DatabaseLocation.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dd::test {

namespace {

QString findPostgresBinDir()
{
    // Debian installs each major version side by side; take the newest.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) > 0; });
    for (const QString& version : versions) {
        QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version); // returned by move
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()) {
            return dir;
        }
    }
    return {};
}

int findFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

Status giveToPostgresUser(const QString& path)
{
    const passwd* user = ::getpwnam("postgres");
    if (!user) {
        return Error { QStringLiteral("running as root, but there is no `postgres` system user to run the server") };
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        return Error { QStringLiteral("cannot give %1 to the postgres user").arg(path) };
    }
    return Done {};
}

} // namespace

Result<std::unique_ptr<PostgresServer>> PostgresServer::start(const Options& options)
{
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    server->m_binDir = findPostgresBinDir();
    if (server->m_binDir.isEmpty()) {
        return Error { QStringLiteral(
            "PostgreSQL server binaries not found under /usr/lib/postgresql (install postgresql)") };
    }
    server->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/dutydesk-pg-XXXXXX"));
    if (!server->m_dir->isValid()) {
        return Error { QStringLiteral("cannot create a temporary directory for PostgreSQL") };
    }
    server->m_dataDir = server->m_dir->filePath(QStringLiteral("data"));
    server->m_socketDir = server->m_dir->path();
    if (runningAsRoot()) {
        if (auto given = giveToPostgresUser(server->m_dir->path()); !given) {
            return given.error();
        }
    }
    if (auto initialized
        = server->runTool(QStringLiteral("initdb"),
                          { QStringLiteral("-D"), server->m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
                            QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                            QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync") });
        !initialized) {
        return initialized.error();
    }
    server->m_durable = options.durable;
    if (options.passwordAuth) {
        // Rewritten in place, so the file keeps its owner (the postgres user as root).
        QFile hba(server->m_dataDir + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return Error { QStringLiteral("cannot write %1").arg(hba.fileName()) };
        }
        hba.write("local all all trust\n"
                  "host all postgres 127.0.0.1/32 trust\n"
                  "host all all 127.0.0.1/32 scram-sha-256\n");
    }
    // A port can be taken between probing and binding; try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        server->m_port = findFreePort();
        if (auto started = server->startServer(); started) {
            return server;
        } else if (attempt == 4) {
            return started.error();
        }
    }
    return Error { QStringLiteral("PostgreSQL did not start") };
}

PostgresServer::~PostgresServer()
{
    if (m_running) {
        const Status stopped = runTool(QStringLiteral("pg_ctl"),
                                       { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                                         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") });
        if (!stopped) {
            qWarning("PostgreSQL did not stop: %s", qPrintable(stopped.error().toString()));
        }
    }
}

QString PostgresServer::url(const QString& database, const QString& user) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host()).arg(m_port).arg(database);
}

Status PostgresServer::runTool(const QString& tool, const QStringList& arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (runningAsRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                          + arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        return Error { QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(process.readAll()).trimmed()) };
    }
    return Done {};
}

Status PostgresServer::startServer()
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=200")
                                .arg(m_port)
                                .arg(m_socketDir)
        + (m_durable ? QString() : QStringLiteral(" -c fsync=off -c full_page_writes=off -c synchronous_commit=off"));
    auto started = runTool(QStringLiteral("pg_ctl"),
                           { QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options, QStringLiteral("-l"),
                             m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                             QStringLiteral("60"), QStringLiteral("start") });
    m_running = started.ok();
    return started;
}

Status PostgresServer::stop()
{
    auto stopped = runTool(QStringLiteral("pg_ctl"),
                           { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
                             QStringLiteral("-w"), QStringLiteral("stop") });
    if (stopped) {
        m_running = false;
    }
    return stopped;
}

Status PostgresServer::restart()
{
    return startServer();
}

Status PostgresServer::createDatabase(const QString& name)
{
    const QString connectionName = QStringLiteral("dutydesk-pg-admin-%1").arg(m_port);
    {
        auto db = connect(connectionName);
        if (!db) {
            return db.error();
        }
        QSqlQuery query(*db);
        // Identifiers cannot be bound; the name comes from the test itself.
        if (!query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name))) {
            return Error { QStringLiteral("CREATE DATABASE %1 failed: %2").arg(name, query.lastError().text()) };
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return Done {};
}

Result<std::unique_ptr<Database>> PostgresServer::open(const QString& database, const QString& user) const
{
    Database::Options options;
    options.installServerClock = false;
    const auto location = DatabaseLocation::parse(url(database, user));
    if (!location) {
        return location.error();
    }
    return SchemaCatalog::open(*location, options);
}

Result<std::unique_ptr<PostgresServer>> PostgresServer::startWithDatabase(const QString& database)
{
    auto server = start();
    if (!server) {
        return server.error();
    }
    if (auto created = server.value()->createDatabase(database); !created) {
        return created.error();
    }
    return server;
}

Result<QSqlDatabase> PostgresServer::connect(const QString& connectionName, const QString& database,
                                             const QString& user) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(user);
    if (!db.open()) {
        return Error { QStringLiteral("cannot connect to %1: %2").arg(url(database, user), db.lastError().text()) };
    }
    return db;
}

} // namespace dd::test
