#include "core/storage/PostgresStatements.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <array>
#include <cmath>
#include <memory>
#include <tuple>

namespace dd {

namespace {

// Type OIDs (catalog/pg_type.h is a server header). 2278 is `void`: Qt's driver takes it
// for `oid` and reads it as an integer, and so does this.
enum : Oid {
    boolOid = 16,
    byteaOid = 17,
    int8Oid = 20,
    int2Oid = 21,
    int4Oid = 23,
    regprocOid = 24,
    xidOid = 28,
    cidOid = 29,
    float4Oid = 700,
    float8Oid = 701,
    abstimeOid = 702,
    reltimeOid = 703,
    dateOid = 1082,
    timeOid = 1083,
    timestampOid = 1114,
    timestamptzOid = 1184,
    timetzOid = 1266,
    numericOid = 1700,
    voidOid = 2278,
};

// The value type Qt's driver gives a column of type `oid` (qDecodePSQLType).
QMetaType driverType(Oid oid)
{
    switch (oid) {
    case boolOid:
        return QMetaType(QMetaType::Bool);
    case int8Oid:
        return QMetaType(QMetaType::LongLong);
    case int2Oid:
    case int4Oid:
    case voidOid:
    case regprocOid:
    case xidOid:
    case cidOid:
        return QMetaType(QMetaType::Int);
    case numericOid:
    case float4Oid:
    case float8Oid:
        return QMetaType(QMetaType::Double);
    case abstimeOid:
    case reltimeOid:
    case dateOid:
    case timeOid:
    case timetzOid:
    case timestampOid:
    case timestamptzOid:
        return QMetaType(QMetaType::QDateTime); // not converted here: the driver runs these
    case byteaOid:
        return QMetaType(QMetaType::QByteArray);
    default:
        return QMetaType(QMetaType::QString);
    }
}

struct ResultFree
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultFree>;

PGconn* sessionOf(const QSqlDatabase& connection)
{
    const QSqlDriver* driver = connection.driver();
    if (!driver || !driver->isOpen()) {
        return nullptr;
    }
    const QVariant handle = driver->handle();
    // Qt names the type by its struct (pg_conn*); older Qt by the typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn* const*>(handle.constData());
}

// The session when statements may go around the driver on it (PostgresStatements::run).
PGconn* usableSession(const QSqlDatabase& connection)
{
    PGconn* session = sessionOf(connection);
    const bool usable = session && connection.driver()->subscribedToNotifications().isEmpty()
        && PQstatus(session) == CONNECTION_OK && PQtransactionStatus(session) != PQTRANS_ACTIVE;
    return usable ? session : nullptr;
}

// Worded as the driver words it: its sentence, the server's message followed by the
// SQLSTATE in parentheses, the SQLSTATE as the native code.
QSqlError errorOf(PGconn* session, const PGresult* result, const char* what)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString message = QString::fromUtf8(PQerrorMessage(session));
    if (result) {
        message += QStringLiteral("(%1)").arg(QString::fromLatin1(state ? state : ""));
    }
    return QSqlError(QStringLiteral("QPSQL: ") + QString::fromLatin1(what), message, QSqlError::StatementError,
                     state ? QString::fromLatin1(state) : QString());
}

bool isNullValue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return value.isNull();
    }
}

// A value as text for its parameter (a bytea as its bytes: `binary`), or nullopt for what
// the driver must write itself.
std::optional<QByteArray> encoded(const QVariant& value, Oid type, bool& binary)
{
    binary = false;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            return std::nullopt;
        }
        return QString::number(number, 'g', QLocale::FloatingPointShortest).toLatin1();
    }
    case QMetaType::QString: {
        const QString text = value.toString();
        // The server's text has no NUL; the driver's literal fails on it, as it should.
        if (text.contains(QChar(0))) {
            return std::nullopt;
        }
        return text.toUtf8();
    }
    case QMetaType::QByteArray:
        if (type != byteaOid) {
            return std::nullopt;
        }
        binary = true;
        return value.toByteArray();
    default:
        return std::nullopt;
    }
}

// A column's text as Qt's driver converts it (QPSQLResult::data, the default precision).
QVariant decoded(const PGresult* result, int row, int column, Oid type)
{
    const QMetaType metaType = driverType(type);
    if (PQgetisnull(result, row, column)) {
        return QVariant(metaType, nullptr);
    }
    const char* text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (metaType.id()) {
    case QMetaType::Bool:
        return QVariant(text[0] == 't');
    case QMetaType::LongLong:
        return text[0] == '-' ? QVariant(QByteArray::fromRawData(text, length).toLongLong())
                              : QVariant(QByteArray::fromRawData(text, length).toULongLong());
    case QMetaType::Int:
        return QVariant(QByteArray::fromRawData(text, length).toInt());
    case QMetaType::Double: {
        bool ok = false;
        const double number = QByteArray::fromRawData(text, length).toDouble(&ok);
        if (ok) {
            return QVariant(number);
        }
        if (qstricmp(text, "NaN") == 0) {
            return QVariant(qQNaN());
        }
        if (qstricmp(text, "Infinity") == 0 || qstricmp(text, "-Infinity") == 0) {
            return QVariant(text[0] == '-' ? -qInf() : qInf());
        }
        return QVariant();
    }
    case QMetaType::QByteArray: {
        size_t size = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
        QByteArray value(reinterpret_cast<const char*>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(value);
    }
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

bool isConvertible(Oid type)
{
    return driverType(type).id() != QMetaType::QDateTime;
}

// BEGIN and the statement sent together, then their results read: one round trip instead
// of two. A failed BEGIN leaves the statement aborted unrun.
std::pair<ResultPtr, ResultPtr> afterBegin(PGconn* session, const QByteArray& name, const QList<const char*>& values,
                                           const QList<int>& lengths, const QList<int>& formats)
{
    if (PQenterPipelineMode(session) != 1) {
        ResultPtr begun(PQexec(session, "BEGIN"));
        if (PQresultStatus(begun.get()) != PGRES_COMMAND_OK) {
            return { std::move(begun), nullptr };
        }
        return { std::move(begun),
                 ResultPtr(PQexecPrepared(session, name.constData(), int(values.size()), values.constData(),
                                          lengths.constData(), formats.constData(), 0)) };
    }
    const bool sent = PQsendQueryParams(session, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1
        && PQsendQueryPrepared(session, name.constData(), int(values.size()), values.constData(), lengths.constData(),
                               formats.constData(), 0)
            == 1
        && PQpipelineSync(session) == 1;
    // Each command's result, then a null between commands, then the sync's.
    std::array<ResultPtr, 2> results;
    for (ResultPtr& result : results) {
        if (!sent) {
            break;
        }
        result.reset(PQgetResult(session));
        if (result) {
            while (PGresult* more = PQgetResult(session)) {
                PQclear(more);
            }
        }
    }
    while (sent && PQstatus(session) == CONNECTION_OK) {
        ResultPtr rest(PQgetResult(session));
        if (!rest || PQresultStatus(rest.get()) == PGRES_PIPELINE_SYNC) {
            break;
        }
    }
    PQexitPipelineMode(session);
    return { std::move(results[0]), std::move(results[1]) };
}

constexpr int keptAtMost = 256; // as Database's own set: statements built from data (IN lists)

} // namespace

PostgresStatements::~PostgresStatements() = default;

QByteArray PostgresStatements::numberedPlaceholders(const QString& sql)
{
    QString numbered;
    numbered.reserve(sql.size() + 16);
    QChar closingQuote;
    int count = 0;
    for (const QChar ch : sql) {
        if (!closingQuote.isNull()) {
            if (ch == closingQuote) {
                closingQuote = QChar();
            }
            numbered += ch;
        } else if (ch == u'?') {
            numbered += u'$' + QString::number(++count);
        } else {
            if (ch == u'\'' || ch == u'"' || ch == u'`') {
                closingQuote = ch;
            }
            numbered += ch;
        }
    }
    return numbered.toUtf8();
}

void PostgresStatements::clear()
{
    m_prepared.clear();
}

const PostgresStatements::Prepared* PostgresStatements::prepared(pg_conn* session, const QString& sql, QSqlError& error)
{
    if (session != m_session) {
        m_prepared.clear();
        m_session = session;
    }
    if (auto found = m_prepared.constFind(sql); found != m_prepared.constEnd()) {
        return &found.value();
    }
    if (m_prepared.size() >= keptAtMost) {
        // Deallocated while the session can take it; in a failed transaction they stay
        // until the session ends.
        if (PQtransactionStatus(session) != PQTRANS_INERROR) {
            for (const Prepared& statement : std::as_const(m_prepared)) {
                ResultPtr(PQexec(session, ("DEALLOCATE " + statement.name).constData()));
            }
        }
        m_prepared.clear();
    }
    Prepared statement;
    statement.name = "dd_kept_" + QByteArray::number(++m_serial);
    ResultPtr made(PQprepare(session, statement.name.constData(), numberedPlaceholders(sql).constData(), 0, nullptr));
    if (PQresultStatus(made.get()) != PGRES_COMMAND_OK) {
        error = errorOf(session, made.get(), "Unable to prepare statement");
        return nullptr;
    }
    ResultPtr described(PQdescribePrepared(session, statement.name.constData()));
    if (PQresultStatus(described.get()) != PGRES_COMMAND_OK) {
        error = errorOf(session, described.get(), "Unable to prepare statement");
        return nullptr;
    }
    for (int i = 0; i < PQnparams(described.get()); ++i) {
        statement.parameterTypes.append(PQparamtype(described.get(), i));
    }
    for (int i = 0; i < PQnfields(described.get()); ++i) {
        const Oid type = PQftype(described.get(), i);
        statement.columnTypes.append(type);
        statement.convertible = statement.convertible && isConvertible(type);
    }
    return &m_prepared.insert(sql, statement).value();
}

bool PostgresStatements::takes(const QSqlDatabase& connection)
{
    return usableSession(connection) != nullptr;
}

void PostgresStatements::settleFinishedQuery(const QSqlDatabase& connection)
{
    PGconn* session = sessionOf(connection);
    // A listening session is left alone: what libpq reads here, the driver's socket
    // notifier would not see arrive.
    if (!session || !connection.driver()->subscribedToNotifications().isEmpty()
        || PQtransactionStatus(session) != PQTRANS_ACTIVE || PQpipelineStatus(session) != PQ_PIPELINE_OFF) {
        return;
    }
    // Only the end is left (the rows were read): the closing result and the end of the
    // command. The driver's next statement finds nothing more to read, as after its own.
    while (PGresult* rest = PQgetResult(session)) {
        PQclear(rest);
    }
}

std::optional<PostgresStatements::Outcome> PostgresStatements::run(const QSqlDatabase& connection, const QString& sql,
                                                                   const QVariantList& values, bool beginFirst)
{
    PGconn* session = usableSession(connection);
    if (!session) {
        return std::nullopt;
    }
    Outcome outcome;
    const Prepared* statement = prepared(session, sql, outcome.error);
    if (!statement) {
        return outcome;
    }
    if (!statement->convertible || values.size() != statement->parameterTypes.size()) {
        return std::nullopt;
    }
    const qsizetype count = values.size();
    QList<QByteArray> texts(count);
    QList<const char*> pointers(count, nullptr);
    QList<int> lengths(count, 0);
    QList<int> formats(count, 0);
    for (qsizetype i = 0; i < count; ++i) {
        if (isNullValue(values.at(i))) {
            continue;
        }
        bool binary = false;
        auto text = encoded(values.at(i), statement->parameterTypes.at(i), binary);
        if (!text) {
            return std::nullopt;
        }
        texts[i] = std::move(*text);
        pointers[i] = texts.at(i).constData();
        lengths[i] = int(texts.at(i).size());
        formats[i] = binary ? 1 : 0;
    }
    ResultPtr result;
    if (beginFirst) {
        outcome.begun = true;
        ResultPtr begun;
        std::tie(begun, result) = afterBegin(session, statement->name, pointers, lengths, formats);
        if (PQresultStatus(begun.get()) != PGRES_COMMAND_OK) {
            outcome.error = errorOf(session, begun.get(), "Could not begin transaction");
            return outcome;
        }
    } else {
        result.reset(PQexecPrepared(session, statement->name.constData(), int(count), pointers.constData(),
                                    lengths.constData(), formats.constData(), 0));
    }
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        outcome.error = errorOf(session, result.get(), "Unable to create query");
        if (outcome.error.nativeErrorCode() == QLatin1String("26000")) {
            m_prepared.remove(sql); // gone from the session (DEALLOCATE ALL): prepared again next time
        }
        return outcome;
    }
    const int rows = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    outcome.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QVariantList values;
        values.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            values.append(decoded(result.get(), row, column, PQftype(result.get(), column)));
        }
        outcome.rows.append(std::move(values));
    }
    return outcome;
}

} // namespace dd
