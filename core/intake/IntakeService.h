#pragma once

#include "core/domain/Actor.h"
#include "core/intake/AcknowledgmentTemplate.h"
#include "core/intake/IntakeStore.h"
#include "core/intake/MailParser.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace dd {

class Database;
class ImapClient;
class SmtpSender;

struct IntakeSettings
{
    MailAddress supportAddress; // From of the acknowledgments
    AcknowledgmentTemplate newTicket = AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::NewTicket);
    AcknowledgmentTemplate clientMessage
        = AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::ClientMessage);
    MailParserOptions parser;
    // On the very first run, leave the mail already in the mailbox alone.
    bool skipExisting = false;
    Actor actor { 0, QStringLiteral("dutydesk-intake"), QStringLiteral("Mail intake") };
    // Called at "before-commit", "after-commit" and "after-send": the crash tests kill
    // the process there.
    std::function<void(const QString& point)> checkpoint;
};

// What became of one mailbox message.
struct IntakeOutcome
{
    QString outcome; // ticket, message, duplicate, quarantined (intake_log's slugs)
    qint64 ticketId = 0;
    qint64 ticketNumber = 0;
    QString detail;
};

// The mail intake (docs/rules.md#intake): reads new mail by UID, files each message as a ticket, a
// client message on a ticket, or a quarantined mail, and queues the acknowledgment —
// the ticket, its message rows, the acknowledgment and the mailbox's last UID commit in
// one transaction, so a crash anywhere leaves each message processed exactly once.
// Acknowledgments go out afterwards and are retried until the relay takes them.
class IntakeService
{
public:
    IntakeService(const Database& database, IntakeSettings settings);

    struct PollSummary
    {
        int fetched = 0;
        int tickets = 0;
        int messages = 0;
        int duplicates = 0;
        int quarantined = 0;
    };
    // `mailbox` names the mailbox in the database ("support@mail.example.org/INBOX").
    Result<PollSummary> poll(ImapClient& imap, const QString& mailbox);
    Result<IntakeOutcome> process(const QString& mailbox, qint64 uidValidity, qint64 uid, const QDateTime& arrived,
                                  const QByteArray& raw);

    struct SendSummary
    {
        int sent = 0;
        int failed = 0;
        QStringList errors;
    };
    Result<SendSummary> sendDue(SmtpSender& smtp, int limit = 50);
    // 1, 2, 4 … minutes after the n-th failed attempt, at most an hour.
    static QDateTime nextAttempt(const QDateTime& now, int failedAttempts);

    // The console's quarantine actions: file a held mail as a ticket of `projectId`, or
    // discard it with a reason. Both are recorded with who did it.
    Result<IntakeOutcome> release(qint64 quarantineId, qint64 projectId, const Actor& by);
    Status discard(qint64 quarantineId, const QString& reason, const Actor& by);

    const IntakeStore& store() const { return m_store; }

private:
    Result<IntakeOutcome> file(const MailMessage& mail, const QByteArray& raw, const QString& rawSha256,
                               const QDateTime& arrived);
    Result<IntakeOutcome> hold(const MailMessage* mail, const QByteArray& raw, const QString& rawSha256,
                               const QDateTime& arrived, const QString& reason, const QString& detail);
    Result<IntakeOutcome> createTicket(const MailMessage& mail, qint64 projectId, bool urgent, const QDateTime& arrived,
                                       qint64 existingMessageRow, const Actor& actor);
    Result<IntakeOutcome> appendToTicket(const MailMessage& mail, const TicketRef& ticket, bool urgent,
                                         const QDateTime& arrived);
    Result<qint64> storeIncoming(const MailMessage& mail, qint64 ticketId, bool urgent, const QDateTime& arrived,
                                 qint64 existingMessageRow);
    Status queueAcknowledgment(const MailMessage& mail, qint64 ticketId, qint64 number, const QDateTime& arrived,
                               AcknowledgmentTemplate::Kind kind);
    void checkpoint(const QString& point) const;

    const Database& m_database;
    IntakeSettings m_settings;
    IntakeStore m_store;
    MailParser m_parser;
};

} // namespace dd
