#pragma once

#include "core/storage/SessionThread.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

namespace dd {

// SQLite's write-ahead log copied into the database beside a writer that commits without
// pause (the intake's filing of a backlog, docs/mail-intake.md#checkpoints). The writer's
// own checkpoint (Database::configure: when the log passes 10,000 pages) copied every page
// and waited for the disk twice, the log's sync and the database's: a quarter of the
// filing's time. Here a thread of its own, on a connection of its own, copies the log as
// it grows (PASSIVE: it never stops the writer), so the writer's checkpoint finds a few
// hundred pages left and little for the disk to write; it still restarts the log, which
// stays within the same bound. On PostgreSQL there is nothing to run.
class WalCheckpointer
{
    Q_DECLARE_TR_FUNCTIONS(dd::WalCheckpointer)

public:
    // Opens a connection like `writer`'s in its thread.
    explicit WalCheckpointer(const Database& writer);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Ends the thread after the copy in hand.
    void stop();
    // How many copies the thread made (busy ones left out).
    int copies() const { return m_copies; }
    // Why the thread stopped early (it could not open its connection, a copy failed), or
    // empty; the writer checkpoints on its own as before.
    QString failure() const;

private:
    std::atomic<int> m_copies = 0;
    std::unique_ptr<SessionThread> m_thread; // none on PostgreSQL
};

} // namespace dd
