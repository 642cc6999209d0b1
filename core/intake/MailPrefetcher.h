#pragma once

#include "core/intake/ImapClient.h"
#include "core/intake/PreparedMail.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dd {

// Fetches the mails of a poll ahead of the filing, on IMAP connections of its own (one
// per worker thread), so the server sends the next mails while the intake files this
// one: one FETCH per mail is a round trip to the server, and waiting for each in turn
// was the larger part of filing a backlog (docs/mail-intake.md#speed). The poll hands
// over each listed UID range as it lists it (`append`): the workers go on across ranges
// instead of stopping at the end of each. At most `window` mails wait in memory. The
// workers also run `prepare` on each mail they fetched (the parse: CPU that needs no
// database), so it overlaps the filing of the mails before it instead of adding to it;
// it must be safe to call from several threads.
class MailPrefetcher
{
public:
    using Preparer = std::function<PreparedMail(QByteArray raw)>;

    MailPrefetcher(ImapSettings settings, int connections, int window, Preparer prepare = {});
    ~MailPrefetcher();
    MailPrefetcher(const MailPrefetcher&) = delete;
    MailPrefetcher& operator=(const MailPrefetcher&) = delete;

    // Starts fetching `uids` in the background; stops a run still going.
    void start(const QList<qint64>& uids, qint64 uidValidity);
    // More UIDs for the run, after those already given; their indices follow on.
    void append(const QList<qint64>& uids);
    // The mail at `index` of the run (in the order the UIDs were given), waiting for it
    // if need be; the error is the connection's (the worker that met it stops).
    Result<PreparedMail> take(qsizetype index);
    // Abandons what is not fetched yet and waits for the workers.
    void stop();

private:
    void work(int worker);
    Result<PreparedMail> prepared(Result<QByteArray> raw) const;

    ImapSettings m_settings;
    const int m_connections;
    const int m_window;
    const Preparer m_prepare;
    std::vector<std::unique_ptr<ImapClient>> m_clients; // kept across batches: one login per poll
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<qint64> m_uids;
    qint64 m_uidValidity = 0;
    // A deque: append() adds slots while take() waits on a reference to one.
    std::deque<std::optional<Result<PreparedMail>>> m_slots;
    qsizetype m_next = 0; // the next index a worker fetches
    qsizetype m_taken = 0;
    bool m_stopping = false;
};

} // namespace dd
