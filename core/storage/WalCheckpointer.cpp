#include "core/storage/WalCheckpointer.h"

namespace dd {

namespace {

// The filing writes some 40 pages a mail, a mail every two milliseconds or so: a copy
// every 20 ms keeps a few hundred pages in hand for the writer's own checkpoint.
constexpr std::chrono::milliseconds interval(20);

} // namespace

WalCheckpointer::WalCheckpointer(const Database& writer)
{
    if (writer.isPostgres()) {
        return;
    }
    m_thread
        = std::make_unique<SessionThread>(writer, [this](const Database& session) -> Result<std::chrono::milliseconds> {
              // PASSIVE never waits: busy (the writer's own checkpoint running) is tried again next round.
              auto copied = session.runRows(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
              if (!copied) {
                  return Error { tr("the log was not copied into the database: %1").arg(copied.error().message) };
              }
              // One row: busy, the log's pages, the pages copied into the database.
              m_copies += !copied->isEmpty() && copied->first().value(0).toInt() == 0;
              return interval;
          });
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::stop()
{
    if (m_thread) {
        m_thread->stop();
    }
}

QString WalCheckpointer::failure() const
{
    return m_thread ? m_thread->failure() : QString();
}

} // namespace dd
