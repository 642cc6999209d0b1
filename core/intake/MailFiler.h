#pragma once

#include "core/domain/Actor.h"
#include "core/intake/AcknowledgmentQueue.h"
#include "core/intake/IntakeRules.h"
#include "core/intake/IntakeSettings.h"
#include "core/intake/IntakeStore.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

namespace dd {

class Database;

// Files one parsed mail inside the caller's transaction (docs/rules.md#intake): as a new
// ticket, a client message on a ticket, or a quarantined mail, with its original and its
// acknowledgment. IntakeService owns the transaction and the mailbox bookkeeping.
class MailFiler
{
public:
    MailFiler(const Database& database, const IntakeSettings& settings, const IntakeStore& store);

    // The original of the mail the next calls file.
    void setOriginal(MailOriginal original) { m_original = std::move(original); }
    const MailOriginal& original() const { return m_original; }

    // `prior`: what IntakeStore::prior says of the mail, read with the mailbox bookkeeping.
    Result<IntakeOutcome> file(MailMessage mail, const QDateTime& arrived, const PriorMail& prior);
    // Holds the mail in quarantine with the reason; `mail` is null when it could not be read.
    Result<IntakeOutcome> hold(const MailMessage* mail, bool withMessageRow, const QDateTime& arrived,
                               const QString& reason, const QString& detail, const QString& spamScore = {});
    Result<IntakeOutcome> createTicket(const MailMessage& mail, qint64 projectId, bool urgent, const QDateTime& arrived,
                                       qint64 existingMessageRow, const Actor& actor);

private:
    Result<IntakeOutcome> appendToTicket(const MailMessage& mail, const TicketRef& ticket, bool urgent,
                                         const QDateTime& arrived);
    static IncomingRow incomingRow(const MailMessage& mail, qint64 ticketId, bool urgent, const QDateTime& arrived);
    Ticket ticketDraft(const MailMessage& mail, qint64 projectId, bool urgent, const QDateTime& arrived) const;
    Result<FiledTicket> fileStepwise(const MailMessage& mail, const Ticket& draft, bool urgent,
                                     qint64 existingMessageRow, const Actor& actor);
    Result<FiledTicket> fileOnServer(const MailMessage& mail, const Ticket& draft, bool urgent, const Actor& actor);
    Result<qint64> storeIncoming(const MailMessage& mail, qint64 ticketId, bool urgent, const QDateTime& arrived,
                                 qint64 existingMessageRow);
    // The mail's attachments, and its original as one when the parser found damage.
    Status storeAttachments(const MailMessage& mail, qint64 messageRow, qint64 ticketId);
    Result<QString> escalate(const MailMessage& mail, const TicketRef& ticket);
    // Who may write and their clients' projects change rarely: read at most every few
    // seconds, not per mail of a backlog.
    Status refreshDirectory();
    Result<QList<std::pair<qint64, QStringList>>> activeProjects(qint64 clientId);
    // The project's site addresses: from the directory's cache, else read.
    QStringList siteUrlsOf(qint64 projectId) const;

    const Database& m_database;
    const IntakeSettings& m_settings;
    const IntakeStore& m_store;
    AcknowledgmentQueue m_acknowledgments;
    MailOriginal m_original;
    QList<SenderDirectoryEntry> m_directory;
    QHash<qint64, QList<std::pair<qint64, QStringList>>> m_projects; // by client, with m_directory
    QElapsedTimer m_directoryAge;
};

} // namespace dd
