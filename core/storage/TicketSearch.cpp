#include "core/storage/TicketSearch.h"

#include "core/storage/Database.h"

#include <algorithm>

namespace dd {

TicketSearch::TicketSearch(const Database& database)
    : m_database(database)
{ }

QStringList TicketSearch::words(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << std::exchange(word, {});
        }
    }
    if (!word.isEmpty()) {
        words << word;
    }
    return words;
}

Result<QList<qint64>> TicketSearch::find(const QString& text, int limit) const
{
    QList<qint64> ids;
    if (Status scanned = scan(words(text), std::nullopt, limit,
                              [&](qint64 id) {
                                  ids << id;
                                  return true;
                              });
        !scanned) {
        return scanned.error();
    }
    return ids;
}

Status TicketSearch::findInPages(const QString& text, int pageSize,
                                 const std::function<bool(const QList<qint64>&)>& page) const
{
    const QStringList terms = words(text);
    QList<qint64> ids;
    bool more = true;
    // Pages double: the first shows soon, and a word in half of a million tickets is a
    // score of pages, not thousands of them (each one is a model update).
    int size = std::max(1, pageSize);
    const auto collect = [&](qint64 id) {
        ids << id;
        if (ids.size() >= size) {
            more = page(std::exchange(ids, {}));
            size *= 2;
        }
        return more;
    };
    for (const bool open : { true, false }) {
        if (Status scanned = scan(terms, open, 0, collect); !scanned) {
            return scanned;
        }
        // The open part ends its page early: it shows before the rest is read.
        if (more && !ids.isEmpty()) {
            more = page(std::exchange(ids, {}));
        }
        if (!more) {
            break;
        }
    }
    return Done {};
}

Status TicketSearch::scan(const QStringList& terms, std::optional<bool> open, int limit,
                          const std::function<bool(qint64)>& row) const
{
    if (terms.isEmpty()) {
        return Done {};
    }
    // Only letters and digits reach the query language, so no input can break its syntax.
    QString sql;
    QVariantList values;
    if (m_database.isPostgres()) {
        QStringList parts;
        for (const QString& term : terms) {
            parts << term + QStringLiteral(":*");
        }
        sql = QStringLiteral("SELECT t.id FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id "
                             "WHERE s.document @@ to_tsquery('russian', ?)");
        values << parts.join(QStringLiteral(" & "));
    } else {
        // SQLite indexes a ticket's fields and each of its messages as entries of their
        // own (migration 18): every word must be in one of the ticket's entries, not all
        // in the same one.
        QStringList conditions;
        for (const QString& term : terms) {
            conditions << QStringLiteral("t.id IN (SELECT ticket_id FROM ticket_search WHERE ticket_search MATCH ?)");
            values << QString(u'"' + term + QStringLiteral("\"*"));
        }
        sql = QStringLiteral("SELECT t.id FROM tickets t WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    if (open) {
        sql += QStringLiteral(" AND t.status %1 ('new', 'registered', 'waiting', 'reopened')")
                   .arg(*open ? QLatin1String("IN") : QLatin1String("NOT IN"));
    }
    sql += QStringLiteral(" ORDER BY t.arrived_at DESC, t.id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto query = m_database.run(sql, values);
    if (!query) {
        return query.error();
    }
    while (query.value().next()) {
        if (!row(query.value().value(0).toLongLong())) {
            break;
        }
    }
    return Done {};
}

} // namespace dd
