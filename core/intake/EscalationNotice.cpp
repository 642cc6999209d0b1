#include "core/intake/EscalationNotice.h"

#include "core/intake/IntakeRules.h"
#include "core/intake/MailComposer.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace dd {

EscalationNotice::EscalationNotice(const IntakeSettings& settings, const IntakeStore& store)
    : m_settings(settings)
    , m_store(store)
{ }

Result<int> EscalationNotice::queue(const Ticket& ticket, const MailMessage& mail) const
{
    auto recipients = m_store.escalationRecipients(ticket.id);
    if (!recipients) {
        return recipients.error();
    }
    const QString writer = mail.from.displayName.isEmpty()
        ? mail.from.address
        : QStringLiteral("%1 <%2>").arg(mail.from.displayName, mail.from.address);
    OutgoingMail notice;
    notice.from = m_settings.supportAddress;
    notice.subject
        = EscalationNotice::tr("%1 Escalated: %2").arg(IntakeRules::ticketTag(ticket.number), ticket.subject);
    notice.body = EscalationNotice::tr("%1 wrote to the head of support about ticket #%2 “%3”; "
                                       "the ticket is flagged as escalated.\n\nTheir mail:\n\n%4\n")
                      .arg(writer, QString::number(ticket.number), ticket.subject, mail.text.trimmed());
    for (const MailAddress& to : recipients.value()) {
        notice.to = to;
        notice.messageId = MailComposer::generateMessageId(m_settings.supportAddress.address);
        notice.date = Clock::current().nowUtc();
        if (auto queued = m_store.queueMail(ticket.id, 0, notice.from.address, to.address,
                                            MailComposer::compose(notice), notice.date);
            !queued) {
            return queued.error();
        }
    }
    return static_cast<int>(recipients->size());
}

} // namespace dd
