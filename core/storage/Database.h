#pragma once

#include "core/storage/PostgresStatements.h"
#include "core/util/DatabaseLocation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace dd {

// One open connection to the Dutydesk database: an embedded SQLite file or a shared
// PostgreSQL database (docs/rules.md#shared-database). Each Database registers its own named Qt connection,
// so several coexist in one process (tests race two of them), and like every Qt SQL
// connection it is used only from the thread that opened it. Opening applies pending
// migrations, so a desktop never runs against an older schema.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(dd::Database)

public:
    // Where a PostgreSQL password comes from when none is passed; the programs plug in the
    // system keychain (KeychainPasswordProvider, docs/rules.md#shared-database). Returns an
    // empty string for "no password".
    using PasswordProvider = std::function<QString(const DatabaseLocation&)>;
    static void setPasswordProvider(PasswordProvider provider);

    struct Options
    {
        bool migrate = true;
        // Make dd::Clock::current() follow the server clock (docs/rules.md#time). Tests that
        // install a FakeClock turn this off.
        bool installServerClock = true;
        QString password; // overrides the provider when not empty
        bool askPasswordProvider = true; // off: `password` is all there is (empty: none)
        // PostgreSQL: commits return before the server's write-ahead log reaches its disk
        // (synchronous_commit = off, this session only). SQLite (already in WAL with
        // synchronous = NORMAL: a commit waits for no disk): checkpoints, the only writes
        // that wait for the disk, every 10,000 pages instead of 1,000. For the mail intake
        // alone, whose mail stays in the mailbox until its UID log row is on disk
        // (docs/mail-intake.md#durability).
        bool asynchronousCommit = false;
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location, const Options& options);
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location) { return open(location, {}); }
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseLocation& location() const { return m_location; }
    // How to open another session like this one (the same login and commit mode; no
    // migration, no clock), from another thread: a connection belongs to its thread.
    Options sessionOptions() const;
    bool isPostgres() const { return m_location.isPostgres(); }
    bool commitsAsynchronously() const { return m_asynchronousCommit; }
    // The Qt connection, for statements of the caller's own; a transaction begun for the
    // first runRows statement (begin()) is started first.
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    // Outages (core/sync/ConnectionMonitor). While the server is marked unreachable,
    // statements are refused up front with a sentence saying nothing was saved, so no
    // write is lost silently. After a statement fails for want of a connection, the
    // failure handler (the monitor) decides whether the server is gone.
    bool isReachable() const { return m_reachable; }
    void setReachable(bool reachable) { m_reachable = reachable; }
    void setFailureHandler(std::function<void()> handler) { m_failureHandler = std::move(handler); }
    // Closes and reopens the session with the same parameters.
    Status reconnect();
    // The sentence for a refused statement: `write` says that nothing was saved.
    Error unreachableError(bool write) const;
    // Whether a failed statement may mean the server is gone (rather than refused it).
    static bool isConnectionFailure(const QSqlError& error);

    // The clock that counts (docs/rules.md#time): PostgreSQL's clock_timestamp(); SQLite has no
    // server, so there it is this machine's clock read through SQLite.
    Result<QDateTime> serverNow() const;
    // Measures the offset to serverNow() and installs an OffsetClock.
    Status installServerClock() const;
    // An SQL expression for the server's "now" in UTC epoch seconds, the unit every
    // instant is stored in. Inside a transaction PostgreSQL's now() is the transaction's
    // start, so all rows a change writes carry one instant.
    QString nowSql() const;

    Status migrate();
    Result<int> schemaVersion() const;

    // Prepares `sql` with `?` placeholders, binds `values` in order and executes it.
    Result<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const;
    // Runs `sql` and returns the first column of its first row (null when there is
    // none), finishing the statement: an unfinished INSERT … RETURNING keeps SQLite from
    // committing. The statement stays prepared (runRows).
    Result<QVariant> runScalar(const QString& sql, const QVariantList& values = {}) const;
    // Runs `sql` and returns all its rows, each a list of its columns. The prepared
    // statement is kept for the next call with the same text: on PostgreSQL a statement
    // prepared per call costs three round trips (PREPARE, EXECUTE, DEALLOCATE), a kept one
    // one. Safe because the rows are read and the statement finished before returning;
    // run() hands out the query itself, so it cannot share one. On PostgreSQL the values
    // travel as parameters of the extended protocol (PostgresStatements).
    Result<QList<QVariantList>> runRows(const QString& sql, const QVariantList& values = {}) const;
    // runRows for readers that make their values from each row themselves; `row` must not
    // run statements of its own.
    Status forEachRow(const QString& sql, const QVariantList& values,
                      const std::function<void(const QSqlQuery&)>& row) const;
    // Prepares without executing, for statements reused in loops. Inside a transaction,
    // prepare (or make a QSqlQuery on connection()) after begin(): on PostgreSQL the
    // transaction starts there, not at begin().
    Result<QSqlQuery> prepare(const QString& sql) const;
    static Status exec(QSqlQuery& query, const QVariantList& values);

    // Writers on SQLite take the write lock up front (BEGIN IMMEDIATE): a deferred
    // transaction that upgrades later can fail with "database is locked" mid-change. On
    // PostgreSQL the BEGIN goes with the first statement (one round trip less per change);
    // a commit or rollback before any statement has nothing to end.
    Status begin() const;
    Status commit() const;
    void rollback() const;

    // A readable sentence for a failed statement.
    static Error sqlError(const QSqlQuery& query);
    static Error sqlError(const QSqlError& error);

private:
    Database(DatabaseLocation location, QString connectionName);
    Status configure();
    // The connection as it is, without starting a pending transaction.
    QSqlDatabase session() const;
    void startPendingTransaction() const;
    // Returns the error to report for a failed statement: the outage sentence when the
    // failure handler found the server gone.
    Error failed(const Error& error, const QSqlError& sqlError, bool write) const;

    // Shared, not copied (QSqlQuery's copy is deprecated): a row callback may run other
    // statements, and the set being cleared or rehashed meanwhile must not pull the query away.
    Result<std::shared_ptr<QSqlQuery>> keptStatement(const QString& sql) const;
    void dropKeptStatements() const;

    DatabaseLocation m_location;
    QString m_connectionName;
    // runRows' prepared statements by their text; cleared when the session changes.
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_kept;
    // runRows' statements on PostgreSQL, where they can go around the driver.
    mutable PostgresStatements m_postgres;
    // PostgreSQL: begin() asked for a transaction that the next statement starts (with
    // runRows, in the same round trip).
    mutable bool m_beginPending = false;
    bool m_reachable = true;
    bool m_asynchronousCommit = false;
    std::function<void()> m_failureHandler;
};

// Rolls back unless committed; the way repositories group statements into one change.
// A Transaction opened while another is open on the same connection joins it: its
// commit is the outer one's business, and its rollback dooms the outer one. The mail
// intake files a ticket (TicketRepository::add) and records the mailbox UID this way,
// in one commit.
class Transaction
{
public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_started; }
    Status commit();

private:
    const Database& m_database;
    Status m_started;
    bool m_open = false;
    bool m_nested = false;
};

// Instants are stored as UTC epoch seconds (BIGINT) on both engines: one type that
// compares and indexes the same in SQLite and PostgreSQL, and the SLA engine's unit.
qint64 toEpoch(const QDateTime& instant);
QDateTime fromEpoch(qint64 seconds);
QVariant epochOrNull(const QDateTime& instant);
QVariant idOrNull(qint64 id);
QVariant textOrNull(const QString& text);
// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
QVariant textOrEmpty(const QString& text);

} // namespace dd
