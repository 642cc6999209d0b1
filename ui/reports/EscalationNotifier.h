#pragma once

#include "core/billing/TicketFeedback.h"
#include "core/util/Result.h"

#include <QObject>
#include <QSet>

namespace dd {

class QueueSync;
class ReportsService;

// Tells managers when a client escalates a ticket to the head of support (docs/rules.md#tickets):
// notified() once per escalation, however often it is checked; the window shows it through
// DesktopNotifications like every other alert, so it reaches desktops without a tray. The first
// check after start announces the escalations still open, so nobody misses one that
// came in while the console was closed.
class EscalationNotifier : public QObject
{
    Q_OBJECT

public:
    explicit EscalationNotifier(ReportsService& reports, QObject* parent = nullptr);

    // Recomputes the escalations from the histories and notifies the new ones.
    Status check();
    // The same for the named tickets only (after they changed).
    Status check(const QList<qint64>& ticketIds);
    // check() or check(ticketIds) on the reports' worker; the notifications follow when
    // it answers (checked), a failure is logged.
    void checkInBackground(bool all, const QList<qint64>& ticketIds = {});
    // Checks in the background now and whenever `sync` reports changed or reloaded
    // tickets; a failed check is logged, never fatal (the next change checks again).
    void follow(QueueSync* sync);
    const QList<Escalation>& open() const { return m_open; }

signals:
    void notified(qint64 ticketId, const QString& title, const QString& text);
    // A background check was applied.
    void checked();

private:
    // The escalations read for every ticket (`all`) or for `ticketIds` replace what was known of them.
    void apply(bool all, const QList<qint64>& ticketIds, const QList<TicketHistory>& histories);
    void update(const QList<TicketHistory>& histories);

    ReportsService& m_reports;
    QList<Escalation> m_open;
    QSet<QString> m_announced; // ticket id and escalation instant
};

} // namespace dd
