#include "ui/reports/EscalationNotifier.h"

#include "ui/queue/QueueSync.h"
#include "ui/reports/ReportsService.h"

#include <QSystemTrayIcon>

#include <algorithm>

namespace dd {

EscalationNotifier::EscalationNotifier(const ReportsService& reports, QSystemTrayIcon* tray, QObject* parent)
    : QObject(parent)
    , m_reports(reports)
    , m_tray(tray)
{ }

Status EscalationNotifier::check()
{
    // Open escalations are the tickets whose flag is set: the partial index finds them.
    auto histories = m_reports.escalatedHistories();
    if (!histories) {
        return histories.error();
    }
    m_open.clear();
    update(*histories);
    return Done {};
}

Status EscalationNotifier::check(const QList<qint64>& ticketIds)
{
    // Only the changed tickets are read again (a burst of 500 changes must not read
    // every escalation 500 times); their old state is dropped first.
    const QSet<qint64> changed(ticketIds.cbegin(), ticketIds.cend());
    m_open.removeIf([&](const Escalation& e) { return changed.contains(e.ticketId); });
    constexpr int chunk = 500; // one bound value per id
    for (int start = 0; start < ticketIds.size(); start += chunk) {
        auto histories = m_reports.escalatedHistories(ticketIds.mid(start, chunk));
        if (!histories) {
            return histories.error();
        }
        update(*histories);
    }
    std::sort(m_open.begin(), m_open.end(),
              [](const Escalation& a, const Escalation& b) { return a.escalatedAt < b.escalatedAt; });
    return Done {};
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
        if (m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
            m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
        }
        emit notified(e.ticketId, title, text);
    }
}

void EscalationNotifier::follow(QueueSync* sync)
{
    const auto logged = [](const Status& checked) {
        if (!checked) {
            qWarning("escalations: %s", qPrintable(checked.error().message));
        }
    };
    connect(sync, &QueueSync::ticketsChanged, this, [this, logged](const QList<qint64>& ids) { logged(check(ids)); });
    connect(sync, &QueueSync::reloadNeeded, this, [this, logged] { logged(check()); });
    logged(check());
}

} // namespace dd
