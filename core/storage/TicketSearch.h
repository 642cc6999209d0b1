#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    // The words of a query: letters and digits, case-folded; punctuation separates them.
    static QStringList words(const QString& text);

private:
    const Database& m_database;
};

} // namespace dd
