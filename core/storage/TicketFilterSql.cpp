#include "core/storage/TicketFilterSql.h"

#include "core/storage/SqlInList.h"

namespace dd {

QString ticketFilterClause(const TicketFilter& filter, QVariantList& values)
{
    QStringList conditions;
    if (filter.projectId > 0) {
        conditions << QStringLiteral("t.project_id = ?");
        values << filter.projectId;
    }
    if (filter.status) {
        conditions << QStringLiteral("t.status = ?");
        values << toSlug(*filter.status);
    }
    if (!filter.level.isEmpty()) {
        conditions << QStringLiteral("t.level = ?");
        values << filter.level;
    }
    if (filter.open) {
        conditions << QStringLiteral("t.status %1 ('new', 'registered', 'waiting', 'reopened')")
                          .arg(*filter.open ? QLatin1String("IN") : QLatin1String("NOT IN"));
    }
    if (filter.escalatedOnly) {
        conditions << QStringLiteral("t.escalated <> 0"); // the partial index tickets_escalated
    }
    if (filter.afterId) {
        conditions << QStringLiteral("t.id > ?");
        values << *filter.afterId;
    }
    if (!filter.ids.isEmpty()) {
        conditions << QStringLiteral("t.id IN (%1)").arg(sqlInList(filter.ids, values));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ticketOrderClause(bool byId)
{
    return byId ? QStringLiteral(" ORDER BY t.id") : QStringLiteral(" ORDER BY t.arrived_at, t.id");
}

} // namespace dd
