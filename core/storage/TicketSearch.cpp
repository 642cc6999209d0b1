#include "core/storage/TicketSearch.h"

#include "core/storage/Database.h"

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
    const QStringList terms = words(text);
    if (terms.isEmpty()) {
        return QList<qint64> {};
    }
    // Only letters and digits reach the query language, so no input can break its syntax.
    QStringList parts;
    for (const QString& term : terms) {
        parts << (m_database.isPostgres() ? term + QStringLiteral(":*") : u'"' + term + QStringLiteral("\"*"));
    }
    QString sql = m_database.isPostgres()
        ? QStringLiteral("SELECT t.id FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id "
                         "WHERE s.document @@ to_tsquery('russian', ?) ORDER BY t.arrived_at DESC, t.id DESC")
        : QStringLiteral("SELECT t.id FROM ticket_search s JOIN tickets t ON t.id = s.rowid "
                         "WHERE ticket_search MATCH ? ORDER BY t.arrived_at DESC, t.id DESC");
    QVariantList values { parts.join(m_database.isPostgres() ? QStringLiteral(" & ") : QStringLiteral(" ")) };
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto query = m_database.run(sql, values);
    if (!query) {
        return query.error();
    }
    QList<qint64> ids;
    while (query.value().next()) {
        ids << query.value().value(0).toLongLong();
    }
    return ids;
}

} // namespace dd
