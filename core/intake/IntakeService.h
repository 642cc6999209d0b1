#pragma once

#include "core/domain/Actor.h"
#include "core/intake/AcknowledgmentTemplate.h"
#include "core/intake/IntakeStore.h"
#include "core/intake/MailParser.h"
#include "core/intake/SpamCheck.h"
#include "core/storage/TicketSla.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace dd {

class Database;

struct IntakeSettings
{
    MailAddress supportAddress; // From of the acknowledgments
    AcknowledgmentTemplate newTicket = AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::NewTicket);
    AcknowledgmentTemplate clientMessage
        = AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::ClientMessage);
    // The English acknowledgment of a new ticket (shared setting ack.template-en), sent
    // instead of newTicket when the client's mail has no Cyrillic letter; none: always newTicket.
    std::optional<AcknowledgmentTemplate> newTicketEnglish;
    MailParserOptions parser;
    // On the very first run, leave the mail already in the mailbox alone.
    bool skipExisting = false;
    // The loop guard: at most one automatic acknowledgment per sender per ticket this
    // often (docs/mail-intake.md#loops); the mail itself is always filed.
    int acknowledgmentIntervalSeconds = 3600;
    // The head of support's address (the regulation's escalation channel): a mail to it
    // that refers to a ticket flags the ticket as escalated. Empty: no such address.
    QString escalationAddress;
    // Asked about every mail before it is accepted, when set (the regulation's anti-spam
    // check); the mail server's own X-Spam-Flag/X-Spam-Status verdict is always honoured.
    std::optional<SpamCheck> spamd;
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

// The mail intake's filing (docs/rules.md#intake): files one mailbox message as a ticket, a
// client message on a ticket, or a quarantined mail, and queues the acknowledgment — the
// ticket, its message rows, the original, the acknowledgment and the mailbox's last UID
// commit in one transaction, so a crash anywhere leaves each message processed exactly
// once. MailboxPoller reads the mailbox, AcknowledgmentSender sends, QuarantineService
// releases and discards.
class IntakeService
{
public:
    IntakeService(const Database& database, IntakeSettings settings);

    // Files one message. An error means the database (or the anti-spam daemon) is not
    // available and nothing was recorded: the caller retries this UID later. Anything
    // wrong with the message itself quarantines it instead.
    Result<IntakeOutcome> process(const QString& mailbox, qint64 uidValidity, qint64 uid, const QDateTime& arrived,
                                  const QByteArray& raw);

    // A held mail a person releases as a ticket of `projectId`, inside their transaction.
    Result<IntakeOutcome> fileReleased(const MailMessage& mail, const QByteArray& raw, qint64 projectId,
                                       const QDateTime& arrived, qint64 existingMessageRow, const Actor& by);

    const IntakeStore& store() const { return m_store; }
    const IntakeSettings& settings() const { return m_settings; }
    const MailParser& parser() const { return m_parser; }
    void checkpoint(const QString& point) const;

    static QString sha256(const QByteArray& bytes);
    // What makes two mails the same request, whatever relays added to the headers.
    static QString contentSha256(const MailMessage& mail);

private:
    // The mail being filed: its original is kept with the message row.
    struct Original
    {
        QByteArray raw;
        QString rawSha256;
        QString contentSha256;
    };

    Result<IntakeOutcome> attempt(const QString& mailbox, qint64 uidValidity, qint64 uid, const QDateTime& arrived,
                                  const QByteArray& raw, const std::optional<SpamVerdict>& spam,
                                  const QString& failure);
    Result<IntakeOutcome> file(MailMessage mail, const QDateTime& arrived);
    Result<IntakeOutcome> hold(const MailMessage* mail, bool withMessageRow, const QDateTime& arrived,
                               const QString& reason, const QString& detail, const QString& spamScore = {});
    Result<IntakeOutcome> createTicket(const MailMessage& mail, qint64 projectId, bool urgent, const QDateTime& arrived,
                                       qint64 existingMessageRow, const Actor& actor);
    Result<IntakeOutcome> appendToTicket(const MailMessage& mail, const TicketRef& ticket, bool urgent,
                                         const QDateTime& arrived);
    Result<qint64> storeIncoming(const MailMessage& mail, qint64 ticketId, bool urgent, const QDateTime& arrived,
                                 qint64 existingMessageRow);
    // «СРОЧНО» outside business hours: the regulation sends off-hours emergencies to the
    // phone and messengers, and the acknowledgment says so (docs/rules.md#channels).
    bool outsideBusinessHours(const QDateTime& arrived);
    // Queues the acknowledgment unless the loop guard holds it back; says which.
    Result<bool> queueAcknowledgment(const MailMessage& mail, qint64 ticketId, qint64 number, const QDateTime& arrived,
                                     AcknowledgmentTemplate::Kind kind, bool offHoursEmergency = false);
    Result<QString> escalate(const MailMessage& mail, const TicketRef& ticket);

    const Database& m_database;
    IntakeSettings m_settings;
    IntakeStore m_store;
    MailParser m_parser;
    Original m_original;
    QList<SenderDirectoryEntry> m_directory;
    QElapsedTimer m_directoryAge;
    std::unique_ptr<TicketSla> m_sla; // the business schedule, read once
};

} // namespace dd
