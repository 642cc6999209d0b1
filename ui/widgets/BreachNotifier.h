#pragma once

#include "core/sla/TicketClocks.h"
#include "ui/widgets/DesktopNotifications.h"

#include <QModelIndex>
#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace dd {

class QueueModel;

// Alerts for the team (docs/rules.md#warnings): one when a clock enters warning and one
// when it breaches — once per transition of a clock, however often the queue is
// reloaded — one at once for a new emergency ticket, and a tray icon that shows the
// worst state of all open tickets. They go out through DesktopNotifications.
class BreachNotifier : public QObject
{
    Q_OBJECT

public:
    explicit BreachNotifier(QueueModel* model, QObject* parent = nullptr);
    ~BreachNotifier() override;

    ClockState worstState() const { return m_worst; }
    int notificationCount() const { return m_count; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    DesktopNotifications* notifications() const { return m_desktop; }
    int breachedCount() const { return m_breaches; }

signals:
    // Emitted with every notification shown (tests, the log); an emergency arrival has
    // the state of its reaction clock.
    void notified(qint64 ticketId, dd::ClockState state, const QString& title, const QString& text);
    // The number of open tickets whose shown clock is breached / in warning changed.
    void countsChanged(int breached, int warnings);

public slots:
    void updateWorstState();

private slots:
    void clockStateChanged(qint64 ticketId, dd::ClockState from, dd::ClockState to);
    void rowsArrived(const QModelIndex& parent, int first, int last);

private:
    void alert(qint64 ticketId, dd::ClockState state, const QString& title, const QString& text,
               DesktopNotifications::Urgency urgency);

    QueueModel* m_model;
    QSystemTrayIcon* m_tray = nullptr;
    DesktopNotifications* m_desktop = nullptr;
    int m_breaches = 0;
    int m_warnings = 0;
    ClockState m_worst = ClockState::Met;
    QSet<QString> m_announced; // ticket id, clock start and state already notified
    int m_count = 0;
};

} // namespace dd
