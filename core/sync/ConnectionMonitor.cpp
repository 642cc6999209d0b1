#include "core/sync/ConnectionMonitor.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>

#include <algorithm>

namespace dd {

ConnectionMonitor::ConnectionMonitor(Database& database, QObject* parent)
    : ConnectionMonitor(database, Options {}, parent)
{ }

ConnectionMonitor::ConnectionMonitor(Database& database, const Options& options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_delay(options.firstRetry)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionMonitor::knock);
    m_knockTimeout.setSingleShot(true);
    connect(&m_knockTimeout, &QTimer::timeout, this, [this] {
        m_reason = tr("no answer from the server");
        knocked(false);
    });
    if (!m_database.isPostgres()) {
        return;
    }
    m_database.setFailureHandler([this] { check(); });
    if (m_options.heartbeat.count() > 0) {
        m_heartbeat.setInterval(m_options.heartbeat);
        connect(&m_heartbeat, &QTimer::timeout, this, &ConnectionMonitor::check);
        m_heartbeat.start();
    }
}

ConnectionMonitor::~ConnectionMonitor()
{
    m_database.setFailureHandler({});
}

QString ConnectionMonitor::message() const
{
    const QString name = m_database.location().displayName();
    switch (m_state) {
    case State::Connected:
        return tr("connected to %1").arg(name);
    case State::Lost:
        return tr("the database %1 is unreachable (%2); nothing can be saved until it is back. "
                  "Next try in %3 s")
            .arg(name, m_reason)
            .arg((m_delay.count() + 999) / 1000);
    case State::Reconnecting:
        return tr("the database %1 is unreachable; reconnecting…").arg(name);
    }
    return {};
}

bool ConnectionMonitor::check()
{
    if (!m_database.isPostgres()) {
        return true;
    }
    if (m_state != State::Connected) {
        return false;
    }
    if (m_checking) {
        return true;
    }
    m_checking = true;
    QString reason;
    bool alive = true;
    if (!m_database.connection().isOpen()) {
        // The driver already gave the session up (it saw the server close it).
        alive = false;
        reason = tr("the server closed the connection");
    } else {
        QSqlQuery probe(m_database.connection());
        // A server that refuses the probe for its own reasons (an aborted transaction)
        // is still there; only a failure without its answer means it is gone.
        if (!probe.exec(QStringLiteral("SELECT 1")) && Database::isConnectionFailure(probe.lastError())) {
            alive = false;
            reason = probe.lastError().text().simplified();
        }
    }
    m_checking = false;
    if (!alive) {
        markLost(reason);
    }
    return alive;
}

void ConnectionMonitor::markLost(const QString& reason)
{
    if (m_state != State::Connected) {
        return;
    }
    m_reason = reason.isEmpty() ? tr("the connection broke") : reason;
    m_database.setReachable(false);
    m_heartbeat.stop();
    m_delay = m_options.firstRetry;
    m_failedAttempts = 0;
    // The dead session is closed once the failing call has returned and dropped its
    // queries; until then Database refuses every statement anyway.
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Connected) {
            m_database.connection().close();
        }
    });
    scheduleRetry();
    emit connectionLost(m_reason);
}

void ConnectionMonitor::scheduleRetry()
{
    m_retry.start(m_delay);
    setState(State::Lost);
}

void ConnectionMonitor::reconnectNow()
{
    if (m_state == State::Lost) {
        m_retry.stop();
        knock();
    }
}

void ConnectionMonitor::knock()
{
    setState(State::Reconnecting);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    // Knocking on the port does not block the event loop, unlike opening a session
    // to a host that does not answer (up to connect_timeout).
    m_socket = new QTcpSocket(this);
    QTcpSocket* socket = m_socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        if (socket == m_socket) {
            knocked(true);
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket) {
            m_reason = socket->errorString();
            knocked(false);
        }
    });
    m_knockTimeout.start(m_options.knockTimeout);
    socket->connectToHost(m_database.location().host, quint16(m_database.location().port));
}

void ConnectionMonitor::knocked(bool open)
{
    if (m_state != State::Reconnecting) {
        return;
    }
    m_knockTimeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (open) {
        if (auto reopened = m_database.reconnect(); reopened) {
            m_database.setReachable(true);
            m_failedAttempts = 0;
            m_delay = m_options.firstRetry;
            m_reason.clear();
            if (m_options.heartbeat.count() > 0) {
                m_heartbeat.start();
            }
            setState(State::Connected);
            emit reconnected();
            return;
        } else {
            m_reason = reopened.error().message;
        }
    }
    ++m_failedAttempts;
    m_delay = std::min(m_delay * 2, m_options.maxRetry);
    scheduleRetry();
}

void ConnectionMonitor::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    // Lost is re-announced after each failed retry: the countdown in the message moved.
    if (changed || state == State::Lost) {
        emit stateChanged(m_state, message());
    }
}

} // namespace dd
