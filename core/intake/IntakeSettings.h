#pragma once

#include "core/domain/Actor.h"
#include "core/intake/AcknowledgmentTemplate.h"
#include "core/intake/MailMessage.h"
#include "core/intake/MailParser.h"
#include "core/intake/SpamCheck.h"

#include <QString>

#include <functional>
#include <optional>

namespace dd {

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

// The mail being filed: its original is kept with the message row.
struct MailOriginal
{
    QByteArray raw;
    QString rawSha256;
    QString contentSha256;
    QByteArray compressed; // qCompress(raw, 6), what message_raw keeps; made off the filing thread
};

} // namespace dd
