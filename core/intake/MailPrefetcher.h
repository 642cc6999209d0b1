#pragma once

#include "core/intake/ImapClient.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dd {

// Fetches the mails of a UID batch ahead of the filing, on IMAP connections of its own
// (one per worker thread), so the server sends the next mails while the intake files
// this one: one FETCH per mail is a round trip to the server, and waiting for each in
// turn was the larger part of filing a backlog (docs/mail-intake.md#speed). At most
// `window` mails wait in memory.
class MailPrefetcher
{
public:
    MailPrefetcher(ImapSettings settings, int connections, int window);
    ~MailPrefetcher();
    MailPrefetcher(const MailPrefetcher&) = delete;
    MailPrefetcher& operator=(const MailPrefetcher&) = delete;

    // Starts fetching `uids` in the background; the previous batch must be stopped.
    void start(const QList<qint64>& uids, qint64 uidValidity);
    // The mail at `index` of the batch, waiting for it if need be; the error is the
    // connection's (after one, the rest of that worker's share is not fetched).
    Result<QByteArray> take(int index);
    // Abandons what is not fetched yet and waits for the workers.
    void stop();

private:
    void work(int worker);

    ImapSettings m_settings;
    const int m_connections;
    const int m_window;
    std::vector<std::unique_ptr<ImapClient>> m_clients; // kept across batches: one login per poll
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<qint64> m_uids;
    qint64 m_uidValidity = 0;
    std::vector<std::optional<Result<QByteArray>>> m_slots;
    int m_taken = 0;
    bool m_stopping = false;
};

} // namespace dd
