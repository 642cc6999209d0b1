#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace dd {

// The `?, ?, …` of an `IN (…)` over `ids`, whose values it appends to `values` in the
// same order: every id stays a bound value. Callers keep a list short (a few hundred).
inline QString sqlInList(const QList<qint64>& ids, QVariantList& values)
{
    QStringList marks;
    marks.reserve(ids.size());
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return marks.join(QLatin1Char(','));
}

} // namespace dd
