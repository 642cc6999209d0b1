#pragma once

#include "core/sync/RowChange.h"
#include "core/util/Result.h"

#include <QObject>

#include <memory>

namespace dd {

class ConnectionMonitor;
class Database;

// Tells a desktop which rows others changed, so it refetches only those (docs/rules.md#shared-database: a
// change appears on the others within a second, without polling whole tables).
//
//   auto watcher = ChangeWatcher::create(database);
//   connect(watcher.get(), &ChangeWatcher::changed, model, [&](const RowChange& c) {
//       if (c.table == "tickets") pending.insert(c.id);   // then TicketRepository::byIds
//   });
//   connect(watcher.get(), &ChangeWatcher::resyncNeeded, model, &Model::reload);
//   watcher->follow(monitor);   // resubscribe after an outage
//   watcher->start();
//
// Lives in the thread of `database`, which must outlive it.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // PostgreSQL: LISTEN on the connection of `database`. SQLite: a poll of
    // PRAGMA data_version on a connection of its own to the same file.
    static std::unique_ptr<ChangeWatcher> create(Database& database, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    virtual Status start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

    // After the monitor reconnects: subscribe again, then resyncNeeded (whatever was
    // announced while the connection was down is lost).
    void follow(ConnectionMonitor& monitor);

signals:
    void changed(const dd::RowChange& change);
    // Changes may have been missed: reload what is shown. `reason` is for logs.
    void resyncNeeded(const QString& reason);
    // The watcher could not read changes and stopped (a sentence for the status bar).
    void failed(const QString& message);

protected:
    explicit ChangeWatcher(QObject* parent);
};

} // namespace dd
