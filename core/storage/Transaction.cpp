// Transaction (nesting per connection) and the value helpers declared in Database.h.
#include "core/storage/Database.h"

#include <QHash>

namespace dd {

namespace {

// Open transactions per connection name; a connection is used by one thread only.
struct TransactionNesting
{
    int depth = 0;
    bool doomed = false; // an inner transaction rolled back
};
thread_local QHash<QString, TransactionNesting> transactionNesting;

} // namespace

Transaction::Transaction(const Database& database)
    : m_database(database)
    , m_started(Done {})
{
    TransactionNesting& nesting = transactionNesting[database.connectionName()];
    m_nested = nesting.depth > 0;
    if (!m_nested) {
        m_started = database.begin();
        nesting.doomed = false;
    }
    m_open = m_started.ok();
    if (m_open) {
        ++nesting.depth;
    }
}

Transaction::~Transaction()
{
    if (m_open) {
        TransactionNesting& nesting = transactionNesting[m_database.connectionName()];
        --nesting.depth;
        if (m_nested) {
            nesting.doomed = true;
        } else {
            m_database.rollback();
        }
    }
}

Status Transaction::commit()
{
    if (!m_open) {
        return m_started.ok() ? Status(Error { Database::tr("the transaction is already finished") }) : m_started;
    }
    m_open = false;
    TransactionNesting& nesting = transactionNesting[m_database.connectionName()];
    --nesting.depth;
    if (m_nested) {
        return Done {};
    }
    if (nesting.doomed) {
        m_database.rollback();
        return Error { Database::tr("a part of the change failed; nothing was saved") };
    }
    auto committed = m_database.commit();
    if (!committed) {
        m_database.rollback();
    }
    return committed;
}

qint64 toEpoch(const QDateTime& instant)
{
    return instant.toSecsSinceEpoch();
}

QDateTime fromEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QVariant epochOrNull(const QDateTime& instant)
{
    return instant.isValid() ? QVariant(toEpoch(instant)) : QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrEmpty(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace dd
