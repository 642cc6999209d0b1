#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dd {

class Database;

// Finds tickets by words through the index TicketSearchMigration keeps: number, subject,
// client, project, assignee, description and messages. Every word must match, as a
// prefix ("догов" finds «договор»); PostgreSQL also stems Russian words. Only the
// tickets this login may see are returned.
class TicketSearch
{
public:
    explicit TicketSearch(const Database& database);

    // The ids of the matching tickets, newest first; none for text without words.
    Result<QList<qint64>> find(const QString& text, int limit = 0) const;
    // The same matches as they are read, in pages of `pageSize` ids and growing: the open tickets' first
    // (what an engineer looks for), then the rest, each part newest first. `page` returns
    // false to stop early (a newer search was typed).
    Status findInPages(const QString& text, int pageSize, const std::function<bool(const QList<qint64>&)>& page) const;
    // The words of a query: letters and digits, case-folded; punctuation separates them.
    static QStringList words(const QString& text);

private:
    // Runs the index query for `terms`; `open` limits it to open (true) or other (false) tickets.
    Status scan(const QStringList& terms, std::optional<bool> open, int limit,
                const std::function<bool(qint64)>& row) const;

    const Database& m_database;
};

} // namespace dd
