#include "core/intake/MailboxPoller.h"

#include "core/intake/ImapClient.h"
#include "core/intake/IntakeService.h"
#include "core/intake/MailPrefetcher.h"
#include "core/intake/SearchRefresher.h"
#include "core/storage/WalCheckpointer.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace dd {

namespace {

constexpr int prefetchFrom = 4;
constexpr int prefetchConnections = 2;
constexpr int prefetchWindow = 16;

// Ends a worker that ran beside the filing (SearchRefresher, WalCheckpointer); its failure
// is logged and the filing's result stands.
template<typename Worker> void stopBeside(Worker* worker, const QString& mailbox, const char* what)
{
    if (!worker) {
        return;
    }
    worker->stop();
    if (const QString failed = worker->failure(); !failed.isEmpty()) {
        qWarning("%s: %s beside the filing stopped: %s", qPrintable(mailbox), what, qPrintable(failed));
    }
}

} // namespace

MailboxPoller::MailboxPoller(IntakeService& service, int batchSize)
    : m_service(service)
    , m_batchSize(std::clamp(batchSize, 1, ImapClient::maxListing))
{ }

MailboxPoller::~MailboxPoller() = default;

Result<qint64> MailboxPoller::startUid(ImapClient& imap, const QString& mailbox, qint64& uidValidity, qint64& uidNext)
{
    auto state = imap.state();
    if (!state) {
        return state.error();
    }
    uidValidity = state->uidValidity;
    uidNext = state->uidNext;
    const IntakeStore& store = m_service.store();
    auto stored = store.cursor(mailbox);
    if (!stored) {
        return stored.error();
    }
    if (stored.value() && stored.value()->uidValidity == state->uidValidity) {
        return stored.value()->lastUid;
    }
    qint64 lastUid = 0;
    if (stored.value()) {
        // The mailbox was rebuilt and its UIDs renumbered: read it all again; what was
        // filed before is recognised by its content.
        qWarning("%s: UIDVALIDITY changed from %lld to %lld; re-reading the mailbox", qPrintable(mailbox),
                 stored.value()->uidValidity, state->uidValidity);
    } else if (m_service.settings().skipExisting) {
        lastUid = std::max<qint64>(0, state->uidNext - 1);
    }
    if (auto saved = store.saveCursor(mailbox, { state->uidValidity, lastUid }); !saved) {
        return saved.error();
    }
    return lastUid;
}

Result<QList<ImapMessageInfo>> MailboxPoller::listFrom(ImapClient& imap, Range& range) const
{
    // UIDs have gaps (expunged mail): walk ranges up to UIDNEXT, then ask again for what
    // arrived meanwhile.
    for (;;) {
        if (range.next >= range.uidNext) {
            auto refreshed = imap.state();
            if (!refreshed) {
                return refreshed.error();
            }
            if (refreshed->uidValidity != range.uidValidity || refreshed->uidNext <= range.next) {
                return QList<ImapMessageInfo>(); // nothing new, or rebuilt: the next poll starts over
            }
            range.uidNext = refreshed->uidNext;
        }
        const qint64 last = std::min(range.next + m_batchSize - 1, range.uidNext - 1);
        auto listed = imap.messagesBetween(range.next, last);
        if (!listed) {
            return listed.error();
        }
        range.next = last + 1;
        if (!listed->isEmpty()) {
            return listed;
        }
    }
}

Result<MailboxPoller::Summary> MailboxPoller::poll(ImapClient& imap, const QString& mailbox)
{
    m_summary = {};
    Range range;
    auto start = startUid(imap, mailbox, range.uidValidity, range.uidNext);
    if (!start) {
        return start.error();
    }
    range.next = start.value() + 1;
    auto listed = listFrom(imap, range);
    if (!listed) {
        return listed.error();
    }
    QList<ImapMessageInfo> batch = std::move(listed).value();
    // Whatever way the poll ends, the prefetcher's workers, the search refresh and the
    // checkpoints stop with it.
    const auto stopWorkers = qScopeGuard([this] {
        if (m_prefetcher) {
            m_prefetcher->stop();
        }
        m_searchRefresher.reset();
        m_checkpointer.reset();
    });
    bool ahead = false; // the prefetcher's workers fetch the mails
    qsizetype taken = 0;
    while (!batch.isEmpty()) {
        // A few mails are fetched in turn; more are worth the prefetcher's own connections,
        // which then go on through every range listed after.
        if (!ahead && batch.size() >= prefetchFrom) {
            startPrefetcher(imap, range.uidValidity, uidsOf(batch));
            m_searchRefresher = std::make_unique<SearchRefresher>(m_service.database());
            m_checkpointer = std::make_unique<WalCheckpointer>(m_service.database());
            ahead = true;
            taken = 0;
        }
        // The next range is listed before this one is filed: the workers fetch on across
        // ranges. A failed listing is reported after the mails in hand are filed.
        Result<QList<ImapMessageInfo>> following { QList<ImapMessageInfo>() };
        if (ahead) {
            following = listFrom(imap, range);
            if (following) {
                m_prefetcher->append(uidsOf(following.value()));
            }
        }
        for (const ImapMessageInfo& info : std::as_const(batch)) {
            auto mail = ahead ? m_prefetcher->take(taken++) : fetchOne(imap, info.uid, range.uidValidity);
            if (!mail) {
                return mail.error(); // the connection; the next poll starts again from this UID
            }
            if (auto filed = fileOne(mailbox, range.uidValidity, info.uid, info.internalDate, mail.value()); !filed) {
                return filed.error();
            }
        }
        if (!ahead) {
            following = listFrom(imap, range);
        }
        if (!following) {
            return following.error();
        }
        batch = std::move(following).value();
    }
    stopBeside(m_checkpointer.get(), mailbox, "the checkpoints");
    stopBeside(m_searchRefresher.get(), mailbox, "the search refresh");
    // What the filing queued and the refresh did not reach is found before the poll ends.
    if (auto drained = SearchRefresher::drain(m_service.database()); !drained) {
        return drained.error();
    }
    return m_summary;
}

QList<qint64> MailboxPoller::uidsOf(const QList<ImapMessageInfo>& batch)
{
    QList<qint64> uids;
    uids.reserve(batch.size());
    for (const ImapMessageInfo& info : batch) {
        uids.append(info.uid);
    }
    return uids;
}

void MailboxPoller::startPrefetcher(const ImapClient& imap, qint64 uidValidity, const QList<qint64>& uids)
{
    if (!m_prefetcher) {
        // The workers parse too (IntakeService::prepare is thread-safe): the filing thread
        // then only runs the transactions, the parse of the next mails overlaps them
        // (docs/mail-intake.md#speed).
        m_prefetcher = std::make_unique<MailPrefetcher>(
            imap.settings(), prefetchConnections, prefetchWindow,
            [&service = m_service](QByteArray raw) { return service.prepare(std::move(raw)); });
    }
    m_prefetcher->start(uids, uidValidity);
}

Result<PreparedMail> MailboxPoller::fetchOne(ImapClient& imap, qint64 uid, qint64 uidValidity) const
{
    auto raw = imap.fetch(uid, uidValidity);
    if (!raw) {
        return raw.error();
    }
    return m_service.prepare(std::move(raw).value());
}

Status MailboxPoller::fileOne(const QString& mailbox, qint64 uidValidity, qint64 uid, const QDateTime& internalDate,
                              const PreparedMail& mail)
{
    ++m_summary.fetched;
    auto outcome = m_service.process(mailbox, uidValidity, uid, internalDate, mail);
    if (!outcome) {
        return Error { IntakeService::tr("UID %1: %2").arg(uid).arg(outcome.error().message) };
    }
    const QString& kind = outcome->outcome;
    m_summary.tickets += kind == QLatin1String("ticket");
    m_summary.messages += kind == QLatin1String("message");
    m_summary.duplicates += kind == QLatin1String("duplicate");
    m_summary.quarantined += kind == QLatin1String("quarantined");
    const QByteArray line
        = QStringLiteral("%1 UID %2: %3%4%5")
              .arg(mailbox)
              .arg(uid)
              .arg(kind)
              .arg(outcome->ticketNumber ? QStringLiteral(" #%1").arg(outcome->ticketNumber) : QString())
              .arg(outcome->detail.isEmpty() ? QString() : QStringLiteral(" — ") + outcome->detail)
              .toUtf8();
    if (kind == QLatin1String("quarantined")) {
        qWarning("%s", line.constData());
    } else {
        qInfo("%s", line.constData());
    }
    return Done {};
}

} // namespace dd
