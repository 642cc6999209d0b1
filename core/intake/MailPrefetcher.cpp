#include "core/intake/MailPrefetcher.h"

namespace dd {

MailPrefetcher::MailPrefetcher(ImapSettings settings, int connections, int window, Preparer prepare)
    : m_settings(std::move(settings))
    , m_connections(std::max(1, connections))
    , m_window(std::max(1, window))
    , m_prepare(std::move(prepare))
{ }

MailPrefetcher::~MailPrefetcher()
{
    stop();
}

void MailPrefetcher::start(const QList<qint64>& uids, qint64 uidValidity)
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        m_uids = uids;
        m_uidValidity = uidValidity;
        m_slots.assign(static_cast<size_t>(uids.size()), std::nullopt);
        m_next = 0;
        m_taken = 0;
        m_stopping = false;
    }
    while (static_cast<int>(m_clients.size()) < m_connections) {
        m_clients.push_back(std::make_unique<ImapClient>(m_settings));
    }
    for (int worker = 0; worker < m_connections; ++worker) {
        m_threads.emplace_back(&MailPrefetcher::work, this, worker);
    }
}

void MailPrefetcher::append(const QList<qint64>& uids)
{
    {
        std::lock_guard lock(m_mutex);
        m_uids += uids;
        m_slots.resize(m_slots.size() + static_cast<size_t>(uids.size()));
    }
    m_changed.notify_all();
}

void MailPrefetcher::work(int worker)
{
    ImapClient& client = *m_clients.at(static_cast<size_t>(worker));
    for (;;) {
        qsizetype index = 0;
        qint64 uid = 0;
        {
            std::unique_lock lock(m_mutex);
            // The next mail not taken by the other workers, within the window.
            m_changed.wait(lock, [&] { return m_stopping || (m_next < m_uids.size() && m_next < m_taken + m_window); });
            if (m_stopping) {
                return;
            }
            index = m_next++;
            uid = m_uids.at(index);
        }
        auto raw = client.fetch(uid, m_uidValidity);
        const bool failed = !raw.ok();
        Result<PreparedMail> mail = prepared(std::move(raw)); // outside the lock: the parse takes a while
        {
            std::lock_guard lock(m_mutex);
            m_slots[static_cast<size_t>(index)].emplace(std::move(mail));
        }
        m_changed.notify_all();
        if (failed) {
            // The connection is gone or the mailbox changed: the poll stops at this mail,
            // since every index before it was handed to a worker and is filled in turn.
            return;
        }
    }
}

Result<PreparedMail> MailPrefetcher::prepared(Result<QByteArray> raw) const
{
    if (!raw) {
        return raw.error();
    }
    if (!m_prepare) {
        return PreparedMail { std::move(raw).value(), {}, {}, {}, {} };
    }
    return m_prepare(std::move(raw).value());
}

Result<PreparedMail> MailPrefetcher::take(qsizetype index)
{
    std::unique_lock lock(m_mutex);
    m_taken = index + 1;
    m_changed.notify_all();
    auto& slot = m_slots.at(static_cast<size_t>(index));
    m_changed.wait(lock, [&] { return slot.has_value(); });
    Result<PreparedMail> mail = std::move(*slot);
    slot.reset();
    return mail;
}

void MailPrefetcher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread& thread : m_threads) {
        thread.join();
    }
    m_threads.clear();
}

} // namespace dd
