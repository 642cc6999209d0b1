#include "core/intake/MailboxPoller.h"

#include "core/intake/ImapClient.h"
#include "core/intake/IntakeService.h"
#include "core/intake/MailPrefetcher.h"

#include <QCoreApplication>

namespace dd {

namespace {

constexpr int prefetchFrom = 4;
constexpr int prefetchConnections = 2;
constexpr int prefetchWindow = 16;

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

Result<MailboxPoller::Summary> MailboxPoller::poll(ImapClient& imap, const QString& mailbox)
{
    m_summary = {};
    qint64 uidValidity = 0;
    qint64 uidNext = 0;
    auto start = startUid(imap, mailbox, uidValidity, uidNext);
    if (!start) {
        return start.error();
    }
    qint64 next = start.value() + 1;
    // UIDs have gaps (expunged mail): walk ranges up to UIDNEXT, then ask again for what
    // arrived meanwhile.
    for (;;) {
        if (next >= uidNext) {
            qint64 validity = 0;
            auto refreshed = imap.state();
            if (!refreshed) {
                return refreshed.error();
            }
            validity = refreshed->uidValidity;
            if (validity != uidValidity || refreshed->uidNext <= next) {
                break; // nothing new, or rebuilt: the next poll starts over
            }
            uidNext = refreshed->uidNext;
        }
        const qint64 last = std::min(next + m_batchSize - 1, uidNext - 1);
        auto batch = imap.messagesBetween(next, last);
        if (!batch) {
            return batch.error();
        }
        if (auto filed = fileBatch(imap, mailbox, uidValidity, batch.value()); !filed) {
            return filed.error();
        }
        next = last + 1;
    }
    return m_summary;
}

Status MailboxPoller::fileBatch(ImapClient& imap, const QString& mailbox, qint64 uidValidity,
                                const QList<ImapMessageInfo>& batch)
{
    // A few mails are fetched in turn; more are worth the prefetcher's own connections.
    const bool ahead = batch.size() >= prefetchFrom;
    if (ahead) {
        if (!m_prefetcher) {
            // The workers parse too (IntakeService::prepare is thread-safe): the filing
            // thread then only runs the transactions, the parse of the next mails overlaps
            // them (docs/mail-intake.md#speed).
            m_prefetcher = std::make_unique<MailPrefetcher>(
                imap.settings(), prefetchConnections, prefetchWindow,
                [&service = m_service](QByteArray raw) { return service.prepare(std::move(raw)); });
        }
        QList<qint64> uids;
        for (const ImapMessageInfo& info : batch) {
            uids.append(info.uid);
        }
        m_prefetcher->start(uids, uidValidity);
    }
    for (int index = 0; index < batch.size(); ++index) {
        const ImapMessageInfo& info = batch.at(index);
        auto mail = ahead ? m_prefetcher->take(index) : fetchOne(imap, info.uid, uidValidity);
        if (!mail) {
            return mail.error(); // the connection; the next poll starts again from this UID
        }
        if (auto filed = fileOne(mailbox, uidValidity, info.uid, info.internalDate, mail.value()); !filed) {
            return filed.error();
        }
    }
    if (ahead) {
        m_prefetcher->stop();
    }
    return Done {};
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
