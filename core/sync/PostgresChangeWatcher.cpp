#include "core/sync/PostgresChangeWatcher.h"
#include "core/sync/ChangeWatcher.h"

#include "core/storage/ChangeTrackingMigration.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dd {

namespace {

QString channel()
{
    return QString::fromLatin1(ChangeTrackingMigration::channel);
}

} // namespace

PostgresChangeWatcher::PostgresChangeWatcher(const Database& database, QObject* parent)
    : ChangeWatcher(parent)
    , m_database(database)
{ }

PostgresChangeWatcher::~PostgresChangeWatcher()
{
    stop();
}

QSqlDriver* PostgresChangeWatcher::driver() const
{
    return m_database.connection().driver();
}

Status PostgresChangeWatcher::start()
{
    QSqlDriver* sqlDriver = driver();
    if (!sqlDriver || !sqlDriver->isOpen()) {
        return m_database.unreachableError(false);
    }
    // The driver object survives close() and open(), so the connection is made once.
    connect(sqlDriver, &QSqlDriver::notification, this, &PostgresChangeWatcher::onNotification, Qt::UniqueConnection);
    if (isActive()) {
        return Done {};
    }
    if (!sqlDriver->subscribeToNotification(channel())) {
        return Error {
            ChangeWatcher::tr("cannot listen for changes: %1").arg(sqlDriver->lastError().text().simplified())
        };
    }
    return Done {};
}

void PostgresChangeWatcher::stop()
{
    QSqlDriver* sqlDriver = driver();
    if (!sqlDriver) {
        return;
    }
    disconnect(sqlDriver, &QSqlDriver::notification, this, &PostgresChangeWatcher::onNotification);
    if (sqlDriver->isOpen() && isActive() && m_database.isReachable()) {
        sqlDriver->unsubscribeFromNotification(channel());
    }
}

bool PostgresChangeWatcher::isActive() const
{
    QSqlDriver* sqlDriver = driver();
    return sqlDriver && sqlDriver->isOpen() && sqlDriver->subscribedToNotifications().contains(channel());
}

void PostgresChangeWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                           const QVariant& payload)
{
    if (name != channel()) {
        return;
    }
    auto change = RowChange::fromPayload(payload.toString().toUtf8());
    if (!change) {
        emit resyncNeeded(ChangeWatcher::tr("unreadable change notification: %1").arg(payload.toString()));
        return;
    }
    change->ownSession = source == QSqlDriver::SelfSource;
    emit changed(*change);
}

} // namespace dd
