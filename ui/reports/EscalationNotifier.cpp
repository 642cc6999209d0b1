#include "ui/reports/EscalationNotifier.h"

#include "ui/queue/QueueSync.h"
#include "ui/reports/ReportsService.h"

#include <algorithm>

namespace dd {

EscalationNotifier::EscalationNotifier(ReportsService& reports, QObject* parent)
    : QObject(parent)
    , m_reports(reports)
{
    connect(&m_reports, &ReportsService::escalationsRead, this,
            [this](bool all, const QList<qint64>& ids, const QList<TicketHistory>& histories) {
                apply(all, ids, histories);
                emit checked();
            });
    connect(&m_reports, &ReportsService::escalationsFailed, this,
            [](const QString& message) { qWarning("escalations: %s", qPrintable(message)); });
}

Status EscalationNotifier::check()
{
    // Open escalations are the tickets whose flag is set: the partial index finds them.
    auto histories = m_reports.escalatedHistories();
    if (!histories) {
        return histories.error();
    }
    apply(true, {}, *histories);
    return Done {};
}

Status EscalationNotifier::check(const QList<qint64>& ticketIds)
{
    // Only the changed tickets are read again (a burst of 500 changes must not read
    // every escalation 500 times).
    QList<TicketHistory> read;
    constexpr int chunk = 500; // one bound value per id
    for (int start = 0; start < ticketIds.size(); start += chunk) {
        auto histories = m_reports.escalatedHistories(ticketIds.mid(start, chunk));
        if (!histories) {
            return histories.error();
        }
        read += *histories;
    }
    apply(false, ticketIds, read);
    return Done {};
}

void EscalationNotifier::checkInBackground(bool all, const QList<qint64>& ticketIds)
{
    m_reports.readEscalations(all, ticketIds);
}

void EscalationNotifier::apply(bool all, const QList<qint64>& ticketIds, const QList<TicketHistory>& histories)
{
    if (all) {
        m_open.clear();
    } else {
        // The changed tickets' old state is dropped first.
        const QSet<qint64> changed(ticketIds.cbegin(), ticketIds.cend());
        m_open.removeIf([&](const Escalation& e) { return changed.contains(e.ticketId); });
    }
    update(histories);
    std::sort(m_open.begin(), m_open.end(),
              [](const Escalation& a, const Escalation& b) { return a.escalatedAt < b.escalatedAt; });
}

void EscalationNotifier::update(const QList<TicketHistory>& histories)
{
    for (const Escalation& e : TicketFeedback::escalations(histories)) {
        if (e.handled) {
            continue;
        }
        m_open << e;
        const QString key = QStringLiteral("%1@%2").arg(e.ticketId).arg(e.escalatedAt.toSecsSinceEpoch());
        if (m_announced.contains(key)) {
            continue;
        }
        m_announced.insert(key);
        const QString title = tr("Escalation: ticket #%1").arg(e.ticketNumber);
        const QString text
            = tr("%1 (%2) escalated “%3” to the head of support").arg(e.clientName, e.projectName, e.subject);
        emit notified(e.ticketId, title, text);
    }
}

void EscalationNotifier::follow(QueueSync* sync)
{
    // At a million tickets the open escalations alone took the GUI thread 0.6 s at start.
    connect(sync, &QueueSync::ticketsChanged, this,
            [this](const QList<qint64>& ids) { checkInBackground(false, ids); });
    connect(sync, &QueueSync::reloadNeeded, this, [this] { checkInBackground(true); });
    checkInBackground(true);
}

} // namespace dd
