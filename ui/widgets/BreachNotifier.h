#pragma once

#include "core/sla/TicketClocks.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace dd {

class QueueModel;

// Desktop notifications for managers (docs/rules.md#warnings): one when a clock enters warning and
// one when it breaches — once per transition of a clock, however often the queue is
// reloaded — and a tray icon that shows the worst state of all open tickets.
class BreachNotifier : public QObject
{
    Q_OBJECT

public:
    explicit BreachNotifier(QueueModel* model, QObject* parent = nullptr);
    ~BreachNotifier() override;

    ClockState worstState() const { return m_worst; }
    int notificationCount() const { return m_count; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }

signals:
    // Emitted with every notification shown (tests, the log).
    void notified(qint64 ticketId, dd::ClockState state, const QString& title, const QString& text);

public slots:
    void updateWorstState();

private slots:
    void clockStateChanged(qint64 ticketId, dd::ClockState from, dd::ClockState to);

private:
    QueueModel* m_model;
    QSystemTrayIcon* m_tray = nullptr;
    ClockState m_worst = ClockState::Met;
    QSet<QString> m_announced; // ticket id, clock start and state already notified
    int m_count = 0;
};

} // namespace dd
