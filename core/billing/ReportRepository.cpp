#include "core/billing/ReportRepository.h"

#include "core/billing/WorkLogRepository.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/TicketRepository.h"

#include <QCoreApplication>

namespace dd {

ReportRepository::ReportRepository(const Database& database)
    : m_database(database)
{ }

Result<QList<TicketHistory>> ReportRepository::histories(qint64 projectId) const
{
    TicketFilter filter;
    filter.projectId = projectId;
    return historiesOf(filter);
}

Result<QList<TicketHistory>> ReportRepository::escalatedHistories(const QList<qint64>& ticketIds) const
{
    TicketFilter filter;
    filter.escalatedOnly = true;
    filter.ids = ticketIds;
    // TicketFeedback::escalations reads nothing but the escalation events.
    return historiesOf(filter, ticket_event::escalated);
}

Result<QList<TicketHistory>> ReportRepository::historiesOf(const TicketFilter& filter, const QString& eventType) const
{
    const TicketRepository tickets(m_database);
    auto list = tickets.list(filter);
    if (!list) {
        return list.error();
    }
    auto events = tickets.eventsOf(filter, eventType);
    if (!events) {
        return events.error();
    }
    auto projects = ProjectRepository(m_database).all();
    if (!projects) {
        return projects.error();
    }
    QHash<qint64, QString> clientOfProject;
    for (const Project& project : *projects) {
        clientOfProject.insert(project.id, project.clientName);
    }
    QList<TicketHistory> histories;
    histories.reserve(list->size());
    for (const Ticket& ticket : *list) {
        histories << TicketHistory { ticket, events->value(ticket.id), clientOfProject.value(ticket.projectId) };
    }
    return histories;
}

Result<QHash<QString, std::optional<qint64>>> ReportRepository::hourlyRates() const
{
    auto query = m_database.run(QStringLiteral("SELECT code, hourly_rate_kopecks FROM tariffs"));
    if (!query) {
        return query.error();
    }
    QHash<QString, std::optional<qint64>> rates;
    while (query.value().next()) {
        const QVariant rate = query.value().value(1);
        rates.insert(query.value().value(0).toString(),
                     rate.isNull() ? std::nullopt : std::optional<qint64>(rate.toLongLong()));
    }
    return rates;
}

Result<QHash<QString, int>> ReportRepository::doubleRatePercents() const
{
    auto query = m_database.run(QStringLiteral("SELECT code, double_rate_percent FROM tariffs"));
    if (!query) {
        return query.error();
    }
    QHash<QString, int> percents;
    while (query.value().next()) {
        percents.insert(query.value().value(0).toString(), query.value().value(1).toInt());
    }
    return percents;
}

Result<MonthlyReport> ReportRepository::monthlyReport(const QString& client, QDate month, const SlaEngine& engine,
                                                      qint64 now) const
{
    auto found = ClientRepository(m_database).find(client);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error { ReportRepository::tr("no client “%1”").arg(client) };
    }
    const Client& theClient = **found;
    auto projects = ProjectRepository(m_database).all();
    if (!projects) {
        return projects.error();
    }
    MonthlyReport::Input input;
    input.clientId = theClient.id;
    input.clientName = theClient.name;
    input.month = month;
    input.now = now;
    for (const Project& project : *projects) {
        if (project.clientId != theClient.id) {
            continue;
        }
        auto tickets = histories(project.id);
        if (!tickets) {
            return tickets.error();
        }
        input.tickets += *tickets;
    }
    auto work = WorkLogRepository(m_database)
                    .forClient(theClient.id, MonthlyReport::monthStart(month), MonthlyReport::monthEnd(month));
    if (!work) {
        return work.error();
    }
    input.work = *work;
    auto rates = hourlyRates();
    if (!rates) {
        return rates.error();
    }
    input.rates = *rates;
    auto percents = doubleRatePercents();
    if (!percents) {
        return percents.error();
    }
    input.doubleRatePercents = *percents;
    return MonthlyReport::compute(input, engine);
}

} // namespace dd
