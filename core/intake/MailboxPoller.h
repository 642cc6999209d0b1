#pragma once

#include "core/intake/ImapClient.h"
#include "core/intake/PreparedMail.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace dd {

class IntakeService;
class MailPrefetcher;
class SearchRefresher;
class WalCheckpointer;

// Reads a mailbox for the intake: everything above the last processed UID, in bounded
// UID ranges, each message fetched, filed and committed on its own — a backlog of any
// size is read in one run, and a crash loses at most the message in hand. On PostgreSQL
// the search index of what it filed is refreshed beside a backlog's filing, and whatever
// is left is refreshed before the poll returns (SearchRefresher); on SQLite the write-ahead
// log is copied into the database beside it (WalCheckpointer).
class MailboxPoller
{
public:
    struct Summary
    {
        int fetched = 0;
        int tickets = 0;
        int messages = 0;
        int duplicates = 0;
        int quarantined = 0;
    };

    explicit MailboxPoller(IntakeService& service, int batchSize = 100);
    ~MailboxPoller();

    // `mailbox` names the mailbox in the database ("support@mail.example.org/INBOX").
    // Stops at the first error (the connection, the database): the next poll resumes at
    // that UID. `summary` counts what was done before.
    Result<Summary> poll(ImapClient& imap, const QString& mailbox);
    const Summary& lastSummary() const { return m_summary; }

private:
    // Where the listing stands: the next UID to list, the mailbox's UIDNEXT last asked.
    struct Range
    {
        qint64 uidValidity = 0;
        qint64 uidNext = 0;
        qint64 next = 0;
    };

    Result<qint64> startUid(ImapClient& imap, const QString& mailbox, qint64& uidValidity, qint64& uidNext);
    // The next UID range from range.next on with mail in it; empty when there is none.
    Result<QList<ImapMessageInfo>> listFrom(ImapClient& imap, Range& range) const;
    static QList<qint64> uidsOf(const QList<ImapMessageInfo>& batch);
    void startPrefetcher(const ImapClient& imap, qint64 uidValidity, const QList<qint64>& uids);
    Result<PreparedMail> fetchOne(ImapClient& imap, qint64 uid, qint64 uidValidity) const;
    Status fileOne(const QString& mailbox, qint64 uidValidity, qint64 uid, const QDateTime& internalDate,
                   const PreparedMail& mail);

    IntakeService& m_service;
    int m_batchSize;
    std::unique_ptr<MailPrefetcher> m_prefetcher; // made for the first range big enough
    std::unique_ptr<SearchRefresher> m_searchRefresher; // beside the prefetcher's run
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite's, beside it too
    Summary m_summary;
};

} // namespace dd
