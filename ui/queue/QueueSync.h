#pragma once

#include <QList>
#include <QObject>

#include <memory>

namespace dd {

class ChangeBatcher;
class ChangeWatcher;
class ConnectionMonitor;
class Database;

// Brings other desktops' changes into the console (docs/rules.md#shared-database): follows the database's
// change notifications (core/sync), gathers the tickets named within a short window and
// asks for just those; after an outage or a missed notification, for everything.
class QueueSync : public QObject
{
    Q_OBJECT

public:
    explicit QueueSync(Database& database, QObject* parent = nullptr);
    ~QueueSync() override;

    bool isActive() const;

signals:
    void ticketsChanged(const QList<qint64>& ticketIds);
    void reloadNeeded();
    // An administrator changed the shared settings, a tariff, the policy or the calendar:
    // rebuild the SLA engine, then reload.
    void configurationChanged();
    // A sentence for the status bar (connection lost, reconnecting, back).
    void statusChanged(const QString& message);
    // The shared database went away or came back; the message says which and what next.
    void connectionChanged(bool connected, const QString& message);

private:
    std::unique_ptr<ChangeWatcher> m_watcher;
    ConnectionMonitor* m_monitor = nullptr;
    ChangeBatcher* m_batcher = nullptr;
};

} // namespace dd
