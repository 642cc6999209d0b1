#pragma once

// Turning the intake's statements' results into values: shared by IntakeStore's two
// source files (the mailbox and quarantine half, and the outgoing mail half).
#include "core/intake/IntakeStore.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>

namespace dd::intake_rows {

inline Result<qint64> insertedId(Result<QSqlQuery> query)
{
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return Error { IntakeStore::tr("the new row got no id") };
    }
    return query.value().value(0).toLongLong();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline Status done(const Result<QSqlQuery>& query)
{
    if (!query) {
        return query.error();
    }
    return Done {};
}

// The per-message statements run through Database::runRows: prepared once per run.
inline Status done(const Result<QList<QVariantList>>& rows)
{
    if (!rows) {
        return rows.error();
    }
    return Done {};
}

inline Result<qint64> insertedId(const Result<QList<QVariantList>>& rows)
{
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty() || rows->first().isEmpty()) {
        return Error { IntakeStore::tr("the new row got no id") };
    }
    return rows->first().first().toLongLong();
}

// The first column of the first row of a COUNT(*).
inline Result<qint64> countOf(const Result<QList<QVariantList>>& rows)
{
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() || rows->first().isEmpty() ? 0 : rows->first().first().toLongLong();
}

} // namespace dd::intake_rows
