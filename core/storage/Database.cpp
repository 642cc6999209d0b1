#include "core/storage/Database.h"

#include "core/storage/Schema.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace dd {

namespace {

Database::PasswordProvider& passwordProvider()
{
    static Database::PasswordProvider provider;
    return provider;
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("dutydesk-%1").arg(++counter);
}

// What an outage refusal should say: SELECT and WITH only read.
bool isWrite(const QString& sql)
{
    const QString start = sql.trimmed().left(6).toUpper();
    return !start.startsWith(QLatin1String("SELECT")) && !start.startsWith(QLatin1String("WITH"));
}

} // namespace

void Database::setPasswordProvider(PasswordProvider provider)
{
    passwordProvider() = std::move(provider);
}

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    dropKeptStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location, const Options& options)
{
    std::unique_ptr<Database> database(new Database(location, nextConnectionName()));
    database->m_asynchronousCommit = options.asynchronousCommit;
    const QString driver = location.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error { Database::tr("the Qt SQL driver %1 is not installed").arg(driver) };
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    if (location.isPostgres()) {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.databaseName);
        db.setUserName(location.user);
        QString password = options.password;
        if (password.isEmpty() && options.askPasswordProvider && passwordProvider()) {
            password = passwordProvider()(location);
        }
        if (!password.isEmpty()) {
            db.setPassword(password);
        }
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=dutydesk"));
    } else {
        // A path with a typo must not silently start a new, empty database in a new folder:
        // only the default location's folder is created, by the program that chose it.
        const QFileInfo file(location.sqlitePath);
        if (!QFileInfo(file.absolutePath()).isDir()) {
            return Error { Database::tr("the folder %1 of the database does not exist")
                               .arg(QDir::toNativeSeparators(file.absolutePath())) };
        }
        db.setDatabaseName(location.sqlitePath);
        // Another process may hold the write lock for a moment (the console and the CLI).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open()) {
        return Error { Database::tr("cannot open the database %1: %2")
                           .arg(location.displayName(), db.lastError().text().simplified()) };
    }
    if (auto configured = database->configure(); !configured) {
        return configured.error();
    }
    if (options.migrate) {
        if (auto migrated = database->migrate(); !migrated) {
            return migrated.error();
        }
    }
    if (options.installServerClock) {
        if (auto installed = database->installServerClock(); !installed) {
            return installed.error();
        }
    }
    return database;
}

Database::Options Database::sessionOptions() const
{
    Options options;
    options.migrate = false;
    options.installServerClock = false;
    options.password = connection().password();
    options.askPasswordProvider = false; // the keychain was asked when this one opened
    options.asynchronousCommit = m_asynchronousCommit;
    return options;
}

Status Database::configure()
{
    if (isPostgres()) {
        if (!m_asynchronousCommit) {
            return Done {};
        }
        // A session setting: set again on every reconnect, since configure() runs then too.
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("SET synchronous_commit = off"))) {
            return sqlError(query);
        }
        return Done {};
    }
    // WAL lets readers (the console) go on while a writer (the CLI, the intake) commits;
    // foreign keys are off by default in SQLite.
    QSqlQuery query(connection());
    for (const char* pragma :
         { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL" }) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            return sqlError(query);
        }
    }
    // A mail's commit writes some 80 pages (the search index's segments), so the default
    // checkpoint every 1,000 pages waited for the disk every dozen mails: 0.7 ms per mail.
    if (m_asynchronousCommit && !query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10000"))) {
        return sqlError(query);
    }
    return Done {};
}

QSqlDatabase Database::connection() const
{
    startPendingTransaction();
    return session();
}

QSqlDatabase Database::session() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::startPendingTransaction() const
{
    if (!m_beginPending) {
        return;
    }
    m_beginPending = false;
    // A failure here (the session lost) fails the statement that follows.
    session().transaction();
}

QString Database::nowSql() const
{
    return isPostgres() ? QStringLiteral("CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)")
                        : QStringLiteral("CAST(strftime('%s','now') AS INTEGER)");
}

Result<QDateTime> Database::serverNow() const
{
    // clock_timestamp(), not now(): now() stands still inside a transaction.
    const QString sql = isPostgres()
        ? QStringLiteral("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
        : QStringLiteral("SELECT CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");
    auto query = run(sql);
    if (!query) {
        return query.error();
    }
    QSqlQuery& row = query.value();
    if (!row.next()) {
        return Error { Database::tr("the database did not tell its time") };
    }
    return QDateTime::fromMSecsSinceEpoch(row.value(0).toLongLong(), Qt::UTC);
}

Status Database::installServerClock() const
{
    const QDateTime before = SystemClock().nowUtc();
    auto server = serverNow();
    if (!server) {
        return server.error();
    }
    const QDateTime after = SystemClock().nowUtc();
    // The server read its clock somewhere in the round trip; take the middle.
    const qint64 localMid = before.toMSecsSinceEpoch() + before.msecsTo(after) / 2;
    Clock::install(std::make_unique<OffsetClock>(server->toMSecsSinceEpoch() - localMid));
    return Done {};
}

Status Database::migrate()
{
    auto migrated = Schema::migrate(*this);
    dropKeptStatements(); // a plan kept across a schema change may no longer fit
    return migrated;
}

Result<int> Database::schemaVersion() const
{
    return Schema::currentVersion(*this);
}

Result<QSqlQuery> Database::prepare(const QString& sql) const
{
    if (!m_reachable) {
        return unreachableError(isWrite(sql));
    }
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        return failed(sqlError(query), query.lastError(), isWrite(sql));
    }
    return query;
}

Status Database::exec(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        return sqlError(query);
    }
    return Done {};
}

Result<QSqlQuery> Database::run(const QString& sql, const QVariantList& values) const
{
    auto query = prepare(sql);
    if (!query) {
        return query.error();
    }
    if (auto done = exec(query.value(), values); !done) {
        return failed(done.error(), query.value().lastError(), isWrite(sql));
    }
    return std::move(query).value();
}

Result<QVariant> Database::runScalar(const QString& sql, const QVariantList& values) const
{
    auto rows = runRows(sql, values);
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() || rows->first().isEmpty() ? QVariant() : rows->first().first();
}

void Database::dropKeptStatements() const
{
    m_kept.clear();
    m_postgres.clear();
}

Result<std::shared_ptr<QSqlQuery>> Database::keptStatement(const QString& sql) const
{
    if (auto kept = m_kept.constFind(sql); kept != m_kept.constEnd()) {
        if (!m_reachable) {
            return unreachableError(isWrite(sql));
        }
        return kept.value();
    }
    auto prepared = prepare(sql);
    if (!prepared) {
        return prepared.error();
    }
    auto query = std::make_shared<QSqlQuery>(std::move(prepared).value());
    query->setForwardOnly(true); // rows are read once, in order
    if (m_kept.size() >= 256) {
        m_kept.clear(); // statements built from data (IN lists): keep the set bounded
    }
    m_kept.insert(sql, query);
    return query;
}

Status Database::forEachRow(const QString& sql, const QVariantList& values,
                            const std::function<void(const QSqlQuery&)>& row) const
{
    startPendingTransaction(); // a kept statement does not ask for connection()
    auto kept = keptStatement(sql);
    if (!kept) {
        return kept.error();
    }
    QSqlQuery& query = *kept.value();
    if (auto done = exec(query, values); !done) {
        const QSqlError error = query.lastError();
        query.finish();
        m_kept.remove(sql); // after a failure, prepare afresh (the session may be new)
        return failed(done.error(), error, isWrite(sql));
    }
    while (query.next()) {
        row(query);
    }
    query.finish();
    if (isPostgres()) {
        PostgresStatements::settleFinishedQuery(session());
    }
    return Done {};
}

Result<QList<QVariantList>> Database::runRows(const QString& sql, const QVariantList& values) const
{
    if (isPostgres()) {
        if (!m_reachable) {
            return unreachableError(isWrite(sql));
        }
        if (auto outcome = m_postgres.run(session(), sql, values, m_beginPending)) {
            if (outcome->begun) {
                m_beginPending = false;
            }
            if (outcome->error.isValid()) {
                return failed(sqlError(outcome->error), outcome->error, isWrite(sql));
            }
            return std::move(outcome->rows);
        }
    }
    QList<QVariantList> rows;
    auto done = forEachRow(sql, values, [&rows](const QSqlQuery& query) {
        QVariantList row;
        const int columns = query.record().count();
        row.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            row.append(query.value(column));
        }
        rows.append(std::move(row));
    });
    if (!done) {
        return done.error();
    }
    return rows;
}

Status Database::begin() const
{
    if (!m_reachable) {
        return unreachableError(true);
    }
    // PostgreSQL cannot PREPARE transaction control, so these go through the driver, but
    // for the BEGIN that runRows sends with the transaction's first statement.
    if (isPostgres()) {
        QSqlDatabase db = connection();
        if (PostgresStatements::takes(db)) {
            m_beginPending = true;
            return Done {};
        }
        if (!db.transaction()) {
            return failed(Error { Database::tr("cannot start a transaction: %1").arg(db.lastError().text().trimmed()) },
                          db.lastError(), true);
        }
        return Done {};
    }
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return sqlError(query);
    }
    return Done {};
}

Status Database::commit() const
{
    if (isPostgres()) {
        if (m_beginPending) {
            m_beginPending = false; // nothing ran: nothing to commit
            return Done {};
        }
        QSqlDatabase db = session();
        if (!db.commit()) {
            return failed(Error { Database::tr("cannot commit: %1").arg(db.lastError().text().trimmed()) },
                          db.lastError(), true);
        }
        return Done {};
    }
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return sqlError(query);
    }
    return Done {};
}

void Database::rollback() const
{
    if (isPostgres()) {
        if (m_beginPending) {
            m_beginPending = false;
            return;
        }
        session().rollback();
        return;
    }
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

Status Database::reconnect()
{
    dropKeptStatements();
    m_beginPending = false; // the session's transaction goes with it
    QSqlDatabase db = session();
    db.close();
    if (!db.open()) {
        return Error { Database::tr("cannot open the database %1: %2")
                           .arg(m_location.displayName(), db.lastError().text().simplified()) };
    }
    return configure();
}

Error Database::unreachableError(bool write) const
{
    if (write) {
        return Error { Database::tr("the database %1 is unreachable: nothing was saved. Dutydesk reconnects by itself; "
                                    "try again when it is back")
                           .arg(m_location.displayName()) };
    }
    return Error {
        Database::tr("the database %1 is unreachable; Dutydesk reconnects by itself").arg(m_location.displayName())
    };
}

bool Database::isConnectionFailure(const QSqlError& error)
{
    // A server that answered with its own SQLSTATE is alive, unless the code says the
    // connection failed (class 08) or the server is shutting down (57P01–57P03).
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
}

Error Database::failed(const Error& error, const QSqlError& sqlError, bool write) const
{
    if (!m_failureHandler || !isConnectionFailure(sqlError)) {
        return error;
    }
    m_failureHandler();
    return m_reachable ? error : unreachableError(write);
}

Error Database::sqlError(const QSqlQuery& query)
{
    return sqlError(query.lastError());
}

Error Database::sqlError(const QSqlError& error)
{
    // One line: PostgreSQL's CONTEXT and DETAIL come on lines of their own.
    QString text = error.databaseText().simplified();
    if (text.isEmpty()) {
        text = error.text().simplified();
    }
    return Error { Database::tr("database error: %1").arg(text) };
}

} // namespace dd
