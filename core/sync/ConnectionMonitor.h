#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace dd {

class Database;

// Watches the connection to a shared PostgreSQL database through an outage (docs/rules.md#shared-database).
// It notices the loss on the first statement that fails for want of a server (through
// Database's failure handler) or on a periodic heartbeat; from then on Database refuses
// every statement with a sentence saying nothing was saved, and the monitor reconnects by
// itself with exponential backoff (first retry, doubled each time, capped). A retry
// first knocks on the server's port without blocking and only then reopens the session.
// On SQLite (a local file) it stays Connected and does nothing.
//
// Wiring in the console: a status-bar label follows stateChanged(state, message); editors
// keep their text and show the repository's error when a save is refused; models reload
// on reconnected() (or through ChangeWatcher::follow, which also listens again).
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Connected, Lost, Reconnecting };
    Q_ENUM(State)

    struct Options
    {
        std::chrono::milliseconds heartbeat { 5000 }; // 0: no heartbeat
        std::chrono::milliseconds firstRetry { 500 };
        std::chrono::milliseconds maxRetry { 30000 };
        std::chrono::milliseconds knockTimeout { 3000 };
    };

    explicit ConnectionMonitor(Database& database, QObject* parent = nullptr);
    ConnectionMonitor(Database& database, const Options& options, QObject* parent = nullptr);
    ~ConnectionMonitor() override;

    State state() const { return m_state; }
    // A sentence for the status bar: connected to …, lost, reconnecting in n s.
    QString message() const;
    // The wait before the next retry; doubles after each failed one, up to maxRetry.
    std::chrono::milliseconds retryDelay() const { return m_delay; }
    int failedAttempts() const { return m_failedAttempts; }

public slots:
    // Asks the server whether it is there; notices a loss. True when connected.
    bool check();
    // Retries at once (a "Reconnect now" button); the backoff goes on if it fails.
    void reconnectNow();

signals:
    void stateChanged(dd::ConnectionMonitor::State state, const QString& message);
    void connectionLost(const QString& reason);
    void reconnected();

private:
    void markLost(const QString& reason);
    void scheduleRetry();
    void knock();
    void knocked(bool open);
    void setState(State state);

    Database& m_database;
    Options m_options;
    State m_state = State::Connected;
    QString m_reason;
    QTimer m_heartbeat;
    QTimer m_retry;
    QTimer m_knockTimeout;
    QTcpSocket* m_socket = nullptr;
    std::chrono::milliseconds m_delay;
    int m_failedAttempts = 0;
    bool m_checking = false;
};

} // namespace dd
