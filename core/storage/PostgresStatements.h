#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

#include <optional>

struct pg_conn;

namespace dd {

// Database's kept statements on PostgreSQL, prepared and run through libpq's extended
// protocol on the Qt driver's own connection (docs/mail-intake.md#extended-protocol).
// Qt's driver prepares with SQL PREPARE and runs every call as an EXECUTE statement with
// the values written into its text as quoted literals: the client escapes each value (a
// mail's original as bytea) and converts the text twice, and the server parses the text
// and plans the literals' coercion, on every call. Here the values travel as parameters,
// a bytea as its bytes, and the rows come back as the driver makes them: the same types,
// typed nulls, the same error texts and SQLSTATE codes.
class PostgresStatements
{
public:
    struct Outcome
    {
        QList<QVariantList> rows;
        QSqlError error; // valid when the statement (or the BEGIN before it) failed
        bool begun = false; // the BEGIN asked for went to the server
    };

    PostgresStatements() = default;
    ~PostgresStatements();
    PostgresStatements(const PostgresStatements&) = delete;
    PostgresStatements& operator=(const PostgresStatements&) = delete;

    // nullopt when the driver must run it instead: the session listens for notifications
    // (libpq would read them from under the driver), a command is still in flight, or a
    // value or a column is of a type this does not convert (dates and times).
    // With `beginFirst`, a BEGIN goes ahead of the statement in one round trip (libpq's
    // pipeline mode): Database opens a transaction with its first statement.
    std::optional<Outcome> run(const QSqlDatabase& connection, const QString& sql, const QVariantList& values,
                               bool beginFirst = false);
    // Whether run() takes statements on this session at all (see above).
    static bool takes(const QSqlDatabase& connection);
    // Reads the end of a driver query the caller has read to its last row and finished:
    // Qt's driver leaves the server's closing messages unread until its next statement,
    // and until then the session looks busy and run() would leave everything to the driver.
    static void settleFinishedQuery(const QSqlDatabase& connection);
    // Forgets the prepared statements (the session is closing, or the schema changed).
    // They are not deallocated: the session may be gone, and a send to a lost server can
    // block; names are never reused within a session.
    void clear();

    // `?` placeholders outside quotes numbered $1, $2, … as the driver does.
    static QByteArray numberedPlaceholders(const QString& sql);

private:
    struct Prepared
    {
        QByteArray name;
        QList<unsigned int> parameterTypes;
        QList<unsigned int> columnTypes;
        bool convertible = true;
    };

    const Prepared* prepared(pg_conn* session, const QString& sql, QSqlError& error);

    pg_conn* m_session = nullptr;
    QHash<QString, Prepared> m_prepared;
    int m_serial = 0;
};

} // namespace dd
