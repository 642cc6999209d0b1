#pragma once

#include "core/sync/ChangeWatcher.h"

#include <QSqlDriver>

namespace dd {

class Database;

// LISTEN dutydesk_changes through QSqlDriver::subscribeToNotification: the server pushes
// each committed change to the socket, which Qt's event loop reads — no polling.
class PostgresChangeWatcher : public ChangeWatcher
{
    Q_OBJECT

public:
    PostgresChangeWatcher(const Database& database, QObject* parent = nullptr);
    ~PostgresChangeWatcher() override;

    Status start() override;
    void stop() override;
    bool isActive() const override;

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    QSqlDriver* driver() const;

    const Database& m_database;
};

} // namespace dd
