#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Ticket.h"
#include "core/intake/IntakeRules.h"
#include "core/intake/MailMessage.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class Database;
struct MailOriginal;

struct MailboxCursor
{
    qint64 uidValidity = 0;
    qint64 lastUid = 0;
};

// A mail held for review (docs/rules.md#intake), as the console's quarantine view lists it.
struct QuarantineEntry
{
    qint64 id = 0;
    QString reason; // a quarantine_reason slug
    QString detail;
    QString sender;
    QString subject;
    QDateTime arrived;
    QString status; // held, released, discarded
    qint64 ticketId = 0; // after release
    QString resolvedBy;
    QString resolutionNote;
    qint64 messageRowId = 0;
    QString spamScore; // "7.2/5.0" for spam, else empty
};

// How a mail relates to what was filed before (docs/mail-intake.md#duplicates).
struct PriorMail
{
    enum class Kind { New, Duplicate, IdCollision };
    Kind kind = Kind::New;
    QString detail;
};

// What the database knows of a mailbox message before filing it: whether its UID is
// logged, and how it relates to what was filed before.
struct MailHistory
{
    bool logged = false;
    PriorMail prior;
};

struct OutgoingMailRow
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString envelopeFrom;
    QString recipient;
    QByteArray content;
    int attempts = 0;
    QString status; // queued, sent
    QString lastError;
    QDateTime nextAttempt;
};

// One incoming mail as `messages` stores it.
struct IncomingRow
{
    QString channel; // email, email-urgent
    QString messageId; // empty for an unreadable mail
    QString sender;
    QString recipients;
    QString subject;
    QString body;
    QDateTime receivedAt;
    qint64 ticketId = 0; // 0 while quarantined
    QString quarantineReason; // empty unless quarantined
};

// A ticket filed from a mail: its id and number, and the row of the mail in `messages`.
struct FiledTicket
{
    qint64 ticketId = 0;
    qint64 number = 0;
    qint64 messageRowId = 0;
};

// The intake's SQL: its own tables (IntakeMigration) and the incoming/outgoing rows of
// `messages` and `attachments`. Every statement joins the caller's transaction.
// Whether the loop guard holds a sender's acknowledgment back: one went to them on the
// ticket within the interval. `answeredSince`: staff replied on the ticket, set it
// waiting, resolved, closed or reopened it after that acknowledgment, so the sender's
// mail is an answer, not an echo.
struct LoopGuardState
{
    bool held = false;
    bool answeredSince = false;
    // A reply to our own acknowledgment, as far as can be told: filed, but no reaction owed.
    bool automatic() const { return held && !answeredSince; }
};

class IntakeStore : public IntakeLookup
{
    Q_DECLARE_TR_FUNCTIONS(dd::IntakeStore)

public:
    explicit IntakeStore(const Database& database);

    Result<std::optional<MailboxCursor>> cursor(const QString& mailbox) const;
    Status saveCursor(const QString& mailbox, const MailboxCursor& cursor) const;
    Result<bool> isLogged(const QString& mailbox, qint64 uidValidity, qint64 uid) const;
    Status log(const QString& mailbox, qint64 uidValidity, qint64 uid, const QString& rawSha256, const QString& outcome,
               qint64 messageRowId, qint64 ticketId, const QString& detail) const;
    // log() and saveCursor() together: one statement on PostgreSQL, which also writes the
    // acknowledgment held by holdOwnMail().
    Status logAndSaveCursor(const QString& mailbox, qint64 uidValidity, qint64 uid, const QString& rawSha256,
                            const QString& outcome, qint64 ticketId, const QString& detail) const;

    // An incoming mail with this Message-ID, or a held mail with these bytes, was seen.
    Result<bool> isKnownIncoming(const QString& messageId, const QString& rawSha256) const;
    // Whether these bytes or this content were filed before, and whether another mail
    // (incoming with other content, or one of ours) already uses the Message-ID.
    Result<PriorMail> prior(const QString& messageId, const QString& rawSha256, const QString& contentSha256) const;
    // isLogged() and prior() in one statement: the first of every mail's filing.
    Result<MailHistory> history(const QString& mailbox, qint64 uidValidity, qint64 uid, const QString& messageId,
                                const QString& rawSha256, const QString& contentSha256) const;
    // The original of a filed mail, compressed; `damage` is what the parser found.
    Status storeRaw(qint64 messageRowId, const MailOriginal& original, const QStringList& damage) const;
    // The original of message row `messageRowId` of ticket `ticketId`.
    Result<QByteArray> rawMessage(qint64 ticketId, qint64 messageRowId) const;
    // Acknowledgments queued for `recipient` on a ticket in the last `seconds` by the
    // database server's clock (the loop guard).
    Result<int> acknowledgmentsWithin(qint64 ticketId, const QString& recipient, int seconds) const;
    // Who hears of the ticket's escalation by mail: its project's account manager and the
    // heads of support, active and with an address (docs/rules.md#tickets).
    Result<QList<MailAddress>> escalationRecipients(qint64 ticketId) const;
    // The loop guard's view of a sender on a ticket (docs/rules.md#intake).
    Result<LoopGuardState> loopGuard(qint64 ticketId, const QString& sender, int seconds) const;
    Result<QList<SenderDirectoryEntry>> senderDirectory() const;
    // Active projects of a client: id and site URLs.
    Result<QList<std::pair<qint64, QStringList>>> activeProjects(qint64 clientId) const;

    Result<qint64> addIncoming(const IncomingRow& row) const;
    // PostgreSQL only (IntakeFilingMigration): a new ticket from `draft` (checked by the
    // caller with TicketRepository::checkNew), its arrival event, the mail's row and its
    // original, in one round trip.
    Result<FiledTicket> fileTicket(const Ticket& draft, const Actor& actor, const IncomingRow& row,
                                   const MailOriginal& original, const QStringList& damage) const;
    Status attachToTicket(qint64 messageRowId, qint64 ticketId) const;
    Status addAttachment(qint64 messageRowId, qint64 ticketId, const MailAttachment& attachment) const;
    Result<qint64> addOutgoingMessage(qint64 ticketId, const QString& messageId, const QString& sender,
                                      const QString& recipient, const QString& subject, const QString& body) const;

    Result<qint64> hold(qint64 messageRowId, const QString& reason, const QString& detail, const QString& sender,
                        const QString& subject, const QByteArray& raw, const QString& rawSha256,
                        const QDateTime& arrived, const QString& spamScore = {}) const;
    // Entries with `status` (held, released, discarded); every entry when empty.
    Result<QList<QuarantineEntry>> quarantine(const QString& status = QStringLiteral("held")) const;
    Result<std::pair<QuarantineEntry, QByteArray>> quarantined(qint64 id) const;
    Status resolve(qint64 id, const QString& status, qint64 ticketId, const QString& by, const QString& note) const;

    Status queueMail(qint64 ticketId, qint64 messageRowId, const QString& envelopeFrom, const QString& recipient,
                     const QByteArray& content, const QDateTime& notBefore) const;
    // addOutgoingMessage() and the queue for the intake's own mail (sender = envelope
    // sender), one statement on PostgreSQL. It is queued as its `draft`
    // (MailComposer::draft), composed when read for sending (dueMail, outgoing).
    Status queueOwnMail(qint64 ticketId, const QString& messageId, const QString& sender, const QString& recipient,
                        const QString& subject, const QString& body, const QByteArray& draft,
                        const QDateTime& notBefore) const;
    // While filing one mail (IntakeService::attempt) on PostgreSQL, queueOwnMail() keeps its
    // acknowledgment for logAndSaveCursor(): one round trip less per mail. Off, a kept one
    // not written yet is dropped with the transaction it belonged to.
    void holdOwnMail(bool hold) const;
    Result<QList<OutgoingMailRow>> dueMail(const QDateTime& now, int limit) const;
    // Before mail goes out: with asynchronous commits (Database::Options), waits until every
    // transaction committed so far is on disk (the server's, or the SQLite file's
    // write-ahead log), so no acknowledgment names a ticket a crash could still take back.
    // `dueId` is a queued mail's row.
    Status makeDurable(qint64 dueId) const;
    Result<QList<OutgoingMailRow>> outgoing(qint64 ticketId = 0) const;
    // The sender of the latest acknowledgment: the intake's address, empty before the first.
    Result<QString> lastAcknowledgmentSender() const;
    Status markSent(qint64 id) const;
    // `giveUp`: no more attempts; the mail shows as failed until someone sends it again.
    Status markFailed(qint64 id, const QString& error, const QDateTime& nextAttempt, bool giveUp = false) const;

    // IntakeLookup. A database error while looking up is kept for lookupError().
    std::optional<TicketRef> ticketByNumber(qint64 number) const override;
    std::optional<TicketRef> ticketByMessageId(const QString& messageId) const override;
    std::optional<Error> takeLookupError() const;

private:
    // prior()'s verdict from its statement's row, whose columns start at `first`.
    static PriorMail priorFrom(const QVariantList& found, qsizetype first, const QString& messageId,
                               const QString& contentSha256);
    std::optional<TicketRef> lookup(const QString& sql, const QVariant& value) const;
    QString ownMailCte() const;
    // ticket, message row, envelope sender, recipient, content, draft, not before
    Status insertOutgoing(const QVariantList& values) const;

    const Database& m_database;
    mutable std::optional<Error> m_lookupError;
    mutable bool m_holdOwnMail = false;
    mutable std::optional<QVariantList> m_heldOwnMail; // queueOwnMail()'s values
};

} // namespace dd
