#include "core/sync/ChangeWatcher.h"

#include "core/storage/Database.h"
#include "core/sync/ConnectionMonitor.h"
#include "core/sync/PostgresChangeWatcher.h"
#include "core/sync/SqliteChangeWatcher.h"

#include <QCoreApplication>

namespace dd {

ChangeWatcher::ChangeWatcher(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<dd::RowChange>();
}

ChangeWatcher::~ChangeWatcher() = default;

std::unique_ptr<ChangeWatcher> ChangeWatcher::create(Database& database, QObject* parent)
{
    if (database.isPostgres()) {
        return std::make_unique<PostgresChangeWatcher>(database, parent);
    }
    return std::make_unique<SqliteChangeWatcher>(database.location(), parent);
}

void ChangeWatcher::follow(ConnectionMonitor& monitor)
{
    connect(&monitor, &ConnectionMonitor::reconnected, this, [this] {
        if (!isActive()) {
            stop();
            if (auto started = start(); !started) {
                emit failed(started.error().message);
                return;
            }
        }
        emit resyncNeeded(ChangeWatcher::tr("reconnected to the database"));
    });
}

} // namespace dd
