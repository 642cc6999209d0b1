#include "ui/reports/EscalationNotifier.h"

#include "ui/queue/QueueSync.h"

#include "core/billing/ReportRepository.h"

#include <QSystemTrayIcon>

namespace dd {

EscalationNotifier::EscalationNotifier(const Database& database, QSystemTrayIcon* tray, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_tray(tray)
{ }

Status EscalationNotifier::check()
{
    // Open escalations are the tickets whose flag is set: the partial index finds them.
    auto histories = ReportRepository(m_database).escalatedHistories();
    if (!histories) {
        return histories.error();
    }
    m_open.clear();
    for (const Escalation& e : TicketFeedback::escalations(*histories)) {
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
    return Done {};
}

void EscalationNotifier::follow(QueueSync* sync)
{
    const auto checkNow = [this] {
        if (auto checked = check(); !checked) {
            qWarning("escalations: %s", qPrintable(checked.error().message));
        }
    };
    connect(sync, &QueueSync::ticketsChanged, this, checkNow);
    connect(sync, &QueueSync::reloadNeeded, this, checkNow);
    checkNow();
}

} // namespace dd
