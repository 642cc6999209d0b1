// Kept statements through libpq's extended protocol (PostgresStatements,
// docs/mail-intake.md#extended-protocol): every value and row comes back as Qt's driver
// gives it for the same statement, errors carry the same text and SQLSTATE, what it does
// not convert is left to the driver, and Database::runRows really goes around the driver.
#include "core/storage/Database.h"
#include "core/storage/PostgresStatements.h"
#include "tests/support/PostgresServer.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <cmath>

using namespace dd;

namespace {

struct DriverOutcome
{
    QList<QVariantList> rows;
    QSqlError error;
};

// The statement as Database ran every statement before: prepared by the driver, values bound.
DriverOutcome throughDriver(const QSqlDatabase& connection, const QString& sql, const QVariantList& values)
{
    DriverOutcome outcome;
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        outcome.error = query.lastError();
        return outcome;
    }
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        outcome.error = query.lastError();
        return outcome;
    }
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column) {
            row.append(query.value(column));
        }
        outcome.rows.append(row);
    }
    return outcome;
}

bool sameValue(const QVariant& left, const QVariant& right)
{
    if (left.metaType() != right.metaType() || left.isNull() != right.isNull()) {
        return false;
    }
    if (left.typeId() == QMetaType::Double && std::isnan(left.toDouble())) {
        return std::isnan(right.toDouble());
    }
    return left == right;
}

QString shown(const QList<QVariantList>& rows)
{
    QStringList lines;
    for (const QVariantList& row : rows) {
        QStringList cells;
        for (const QVariant& value : row) {
            cells << QStringLiteral("%1(%2%3)")
                         .arg(QString::fromLatin1(value.metaType().name()),
                              value.isNull() ? QStringLiteral("null ") : QString(), value.toString());
        }
        lines << cells.join(QStringLiteral(", "));
    }
    return lines.join(u'\n');
}

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i) {
        bytes.append(char(i));
    }
    return bytes + bytes;
}

} // namespace

class TestPostgresStatements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void placeholdersAreNumberedOutsideQuotes();
    void givesWhatTheDriverGives_data();
    void givesWhatTheDriverGives();
    void failsAsTheDriverFails_data();
    void failsAsTheDriverFails();
    void leavesToTheDriverWhatItDoesNotConvert();
    void runRowsGoesAroundTheDriver();
    void transactionsBeginWithTheirFirstStatement();

private:
    std::unique_ptr<test::PostgresServer> m_server;
    QSqlDatabase m_connection;
    PostgresStatements m_statements;
};

void TestPostgresStatements::initTestCase()
{
    auto server = test::PostgresServer::startWithDatabase(QStringLiteral("probe"));
    QVERIFY2(server, server ? "" : qPrintable(server.error().message));
    m_server = std::move(server).value();
    auto connection = m_server->connect(QStringLiteral("statements"), QStringLiteral("probe"));
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error().message));
    m_connection = *connection;
    QSqlQuery query(m_connection);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE probe (id BIGSERIAL PRIMARY KEY, name TEXT UNIQUE NOT NULL, "
                                       "data BYTEA, amount NUMERIC(10, 2), seen BOOLEAN)")),
             qPrintable(query.lastError().text()));
}

void TestPostgresStatements::cleanupTestCase()
{
    m_statements.clear();
    m_connection = {};
    QSqlDatabase::removeDatabase(QStringLiteral("statements"));
    m_server.reset();
}

void TestPostgresStatements::placeholdersAreNumberedOutsideQuotes()
{
    QCOMPARE(
        PostgresStatements::numberedPlaceholders(QStringLiteral("SELECT ?, '?', \"a?\", 'it''s ?' || ? WHERE x = ?")),
        QByteArray("SELECT $1, '?', \"a?\", 'it''s ?' || $2 WHERE x = $3"));
}

void TestPostgresStatements::givesWhatTheDriverGives_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");

    QTest::newRow("numbers and text") << QStringLiteral(
        "SELECT ?::bigint, ?::int, ?::smallint, ?::boolean, ?::numeric, ?::float8, ?::text, ?::bigint")
                                      << QVariantList { std::numeric_limits<qint64>::max(),
                                                        -5,
                                                        7,
                                                        true,
                                                        QStringLiteral("12.50"),
                                                        2.5,
                                                        QStringLiteral("Привет, 'клиент' \\ \"é\""),
                                                        std::numeric_limits<qint64>::min() };
    QTest::newRow("nulls of every kind") << QStringLiteral(
        "SELECT ?::bigint, ?::text, ?::bytea, ?::boolean, ?::numeric, ?::int")
                                         << QVariantList { QVariant(),
                                                           QVariant(QString()),
                                                           QVariant(QByteArray()),
                                                           QVariant(QMetaType::fromType<bool>()),
                                                           QVariant(QMetaType::fromType<double>()),
                                                           QVariant(QMetaType::fromType<qlonglong>()) };
    QTest::newRow("every byte, twice") << QStringLiteral("SELECT ?::bytea, length(?::bytea), ''::bytea")
                                       << QVariantList { everyByte(), everyByte() };
    QTest::newRow("a question mark in quotes")
        << QStringLiteral("SELECT '?' || ? AS \"?\", ? + 1") << QVariantList { QStringLiteral("x"), 41 };
    QTest::newRow("no rows") << QStringLiteral("SELECT id, name FROM probe WHERE id = ?") << QVariantList { -1 };
    QTest::newRow("a function returning void")
        << QStringLiteral("SELECT pg_notify('nobody', ?)") << QVariantList { QStringLiteral("payload") };
    QTest::newRow("not a number, infinities")
        << QStringLiteral("SELECT 'NaN'::float8, 'Infinity'::float8, '-Infinity'::float8, 1e300::float8 * ?")
        << QVariantList { 10.0 };
    QTest::newRow("other types as text") << QStringLiteral("SELECT ?::jsonb, 'public.probe'::regclass, ARRAY[1, 2]")
                                         << QVariantList { QStringLiteral("{\"a\": [1, null]}") };
    QTest::newRow("a bool as text, numbers into text")
        << QStringLiteral("SELECT ?::text, ?::text, ?::text")
        << QVariantList { false, 3.25, qulonglong(18446744073709551615ULL) };
}

void TestPostgresStatements::givesWhatTheDriverGives()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    const DriverOutcome expected = throughDriver(m_connection, sql, values);
    QVERIFY2(!expected.error.isValid(), qPrintable(expected.error.text()));
    auto outcome = m_statements.run(m_connection, sql, values);
    QVERIFY(outcome.has_value());
    QVERIFY2(!outcome->error.isValid(), qPrintable(outcome->error.text()));
    QCOMPARE(outcome->rows.size(), expected.rows.size());
    for (qsizetype row = 0; row < expected.rows.size(); ++row) {
        QCOMPARE(outcome->rows.at(row).size(), expected.rows.at(row).size());
        for (qsizetype column = 0; column < expected.rows.at(row).size(); ++column) {
            QVERIFY2(sameValue(outcome->rows.at(row).at(column), expected.rows.at(row).at(column)),
                     qPrintable(QStringLiteral("column %1:\n%2\nthe driver:\n%3")
                                    .arg(column)
                                    .arg(shown(outcome->rows), shown(expected.rows))));
        }
    }
    // Kept: the second call runs the statement prepared by the first.
    auto again = m_statements.run(m_connection, sql, values);
    QVERIFY(again.has_value() && !again->error.isValid());
    QCOMPARE(again->rows.size(), expected.rows.size());
}

void TestPostgresStatements::failsAsTheDriverFails_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("state");

    QTest::newRow("a taken name") << QStringLiteral("INSERT INTO probe (name) VALUES (?) RETURNING id")
                                  << QVariantList { QStringLiteral("taken") } << QStringLiteral("23505");
    QTest::newRow("a missing value") << QStringLiteral("INSERT INTO probe (name) VALUES (?) RETURNING id, name")
                                     << QVariantList { QVariant() } << QStringLiteral("23502");
    QTest::newRow("not a number") << QStringLiteral("SELECT ?::int + 1") << QVariantList { QStringLiteral("many") }
                                  << QStringLiteral("22P02");
    QTest::newRow("no such table") << QStringLiteral("SELECT * FROM nowhere WHERE id = ?") << QVariantList { 1 }
                                   << QStringLiteral("42P01");
}

void TestPostgresStatements::failsAsTheDriverFails()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QString, state);
    QSqlQuery setup(m_connection);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO probe (name) VALUES ('taken') ON CONFLICT DO NOTHING")));
    const DriverOutcome expected = throughDriver(m_connection, sql, values);
    QCOMPARE(expected.error.nativeErrorCode(), state);
    auto outcome = m_statements.run(m_connection, sql, values);
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->error.nativeErrorCode(), state);
    QCOMPARE(outcome->error.type(), expected.error.type());
    // The server's sentence and the code; the lines after it point into the statement's
    // text, which the driver had wrapped in PREPARE or EXECUTE.
    const auto sentence = [](const QSqlError& error) { return error.databaseText().section(u'\n', 0, 0); };
    QCOMPARE(sentence(outcome->error), sentence(expected.error));
    QVERIFY(outcome->error.databaseText().endsWith(QStringLiteral("(%1)").arg(state)));
    QVERIFY(expected.error.databaseText().endsWith(QStringLiteral("(%1)").arg(state)));
}

void TestPostgresStatements::leavesToTheDriverWhatItDoesNotConvert()
{
    // A text with a NUL (the server's text has none), a date and time, a bytea bound to text.
    QVERIFY(!m_statements.run(m_connection, QStringLiteral("SELECT ?::text"), { QStringView(u"a\0b", 3).toString() })
                 .has_value());
    QVERIFY(!m_statements.run(m_connection, QStringLiteral("SELECT now(), ?::int"), { 1 }).has_value());
    QVERIFY(
        !m_statements.run(m_connection, QStringLiteral("SELECT ?::text || 'x'"), { QByteArray("raw") }).has_value());
    QVERIFY(!m_statements.run(m_connection, QStringLiteral("SELECT ?::int"), { QDateTime::currentDateTimeUtc() })
                 .has_value());
    // A session that listens: libpq would take the notifications from under the driver.
    QVERIFY(m_connection.driver()->subscribeToNotification(QStringLiteral("probe_changes")));
    QVERIFY(!m_statements.run(m_connection, QStringLiteral("SELECT ?::int"), { 1 }).has_value());
    QVERIFY(m_connection.driver()->unsubscribeFromNotification(QStringLiteral("probe_changes")));
    auto converted = m_statements.run(m_connection, QStringLiteral("SELECT ?::int"), { 1 });
    QVERIFY(converted.has_value());
    QCOMPARE(converted->rows, (QList<QVariantList> { { 1 } }));
}

void TestPostgresStatements::runRowsGoesAroundTheDriver()
{
    auto database = m_server->open(QStringLiteral("probe"));
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));
    const QString insert = QStringLiteral("INSERT INTO probe (name, data, amount, seen) VALUES (?, ?, ?, ?) "
                                          "RETURNING id, name, data, amount, seen");
    auto rows = (*database)->runRows(insert, { QStringLiteral("письмо"), everyByte(), 19.99, true });
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().at(1), QVariant(QStringLiteral("письмо")));
    QCOMPARE(rows->first().at(2), QVariant(everyByte()));
    QCOMPARE(rows->first().at(3), QVariant(19.99));
    QCOMPARE(rows->first().at(4), QVariant(true));
    // The session's prepared statement came over the protocol, not from SQL PREPARE.
    auto kept = (*database)->runRows(QStringLiteral("SELECT name, from_sql FROM pg_prepared_statements "
                                                    "WHERE statement LIKE 'INSERT INTO probe %'"));
    QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
    QCOMPARE(kept->size(), 1);
    QVERIFY(kept->first().at(0).toString().startsWith(QLatin1String("dd_kept_")));
    QCOMPARE(kept->first().at(1), QVariant(false));
    // A failed statement reads as the driver's did, and the session goes on.
    auto taken = (*database)->runRows(insert, { QStringLiteral("письмо"), QByteArray(), 0, false });
    QVERIFY(!taken);
    QVERIFY2(taken.error().message.contains(QLatin1String("probe_name_key")), qPrintable(taken.error().message));
    auto count = (*database)->runScalar(QStringLiteral("SELECT count(*) FROM probe WHERE name = ?"),
                                        { QStringLiteral("письмо") });
    QVERIFY(count);
    QCOMPARE(count->toLongLong(), 1);
}

void TestPostgresStatements::transactionsBeginWithTheirFirstStatement()
{
    auto opened = m_server->open(QStringLiteral("probe"));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    const Database& database = **opened;
    const auto count = [&database](const QString& name) {
        auto rows = database.runScalar(QStringLiteral("SELECT count(*) FROM probe WHERE name = ?"), { name });
        return rows ? rows->toLongLong() : -1;
    };
    const QString insert = QStringLiteral("INSERT INTO probe (name) VALUES (?) RETURNING id");
    const QString transactionId = QStringLiteral("SELECT pg_current_xact_id()::text, ?::int");
    {
        // Rolled back: the statements sent with and after the BEGIN, by runRows and through
        // the driver, are undone together.
        Transaction transaction(database);
        QVERIFY(transaction.started());
        QVERIFY(database.runRows(insert, { QStringLiteral("undone") }));
        auto first = database.runScalar(transactionId, { 1 });
        QSqlQuery direct(database.connection());
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO probe (name) VALUES ('undone too')")));
        auto second = database.runScalar(transactionId, { 2 });
        QVERIFY(first && second);
        QCOMPARE(first->toString(), second->toString());
    }
    QCOMPARE(count(QStringLiteral("undone")), 0);
    QCOMPARE(count(QStringLiteral("undone too")), 0);
    {
        // A transaction whose first statement goes through the driver starts before it.
        Transaction transaction(database);
        QVERIFY(database.forEachRow(QStringLiteral("SELECT 1 FROM probe WHERE name = ?"), { QStringLiteral("x") },
                                    [](const QSqlQuery&) {}));
        QVERIFY(database.runRows(insert, { QStringLiteral("driver first") }));
    }
    QCOMPARE(count(QStringLiteral("driver first")), 0);
    {
        Transaction transaction(database);
        QVERIFY(database.runRows(insert, { QStringLiteral("kept") }));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(count(QStringLiteral("kept")), 1);
    {
        // Nothing ran: nothing to commit, and the session is not left in a transaction.
        Transaction transaction(database);
        QVERIFY(transaction.commit());
    }
    auto outside
        = database.runScalar(QStringLiteral("SELECT pg_current_xact_id_if_assigned() IS NULL AND ?::bool"), { true });
    QVERIFY(outside && outside->toBool());
    // A failed first statement leaves the transaction to be rolled back, and the next works.
    {
        Transaction transaction(database);
        QVERIFY(!database.runRows(insert, { QStringLiteral("kept") }));
    }
    QVERIFY(database.runRows(insert, { QStringLiteral("after a failure") }));
    QCOMPARE(count(QStringLiteral("after a failure")), 1);
}

QTEST_GUILESS_MAIN(TestPostgresStatements)
#include "TestPostgresStatements.moc"
