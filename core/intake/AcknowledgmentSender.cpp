#include "core/intake/AcknowledgmentSender.h"
#include "core/intake/IntakeService.h"

#include "core/intake/IntakeStore.h"
#include "core/intake/SmtpSender.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace dd {

AcknowledgmentSender::AcknowledgmentSender(const IntakeStore& store, std::function<void(const QString&)> checkpoint)
    : m_store(store)
    , m_checkpoint(std::move(checkpoint))
{ }

QDateTime AcknowledgmentSender::nextAttempt(const QDateTime& now, int failedAttempts)
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 6);
    return now.addSecs(std::min(60 << exponent, 3600));
}

Result<AcknowledgmentSender::Summary> AcknowledgmentSender::sendDue(SmtpSender& smtp, int limit)
{
    auto due = m_store.dueMail(Clock::current().nowUtc(), limit);
    if (!due) {
        return due.error();
    }
    if (!due->isEmpty()) {
        if (auto durable = m_store.makeDurable(due->first().id); !durable) {
            return durable.error();
        }
    }
    Summary summary;
    for (const OutgoingMailRow& mail : due.value()) {
        // Only an unreadable draft comes without content (IntakeStore::dueMail composes the rest).
        const bool unreadable = mail.content.isEmpty();
        const Status sent = unreadable
            ? Status(Error { IntakeService::tr("its draft could not be composed into a message") })
            : smtp.send(mail.envelopeFrom, { mail.recipient }, mail.content);
        if (sent) {
            if (m_checkpoint) {
                m_checkpoint(QStringLiteral("after-send"));
            }
            if (auto marked = m_store.markSent(mail.id); !marked) {
                return marked.error();
            }
            ++summary.sent;
            continue;
        }
        ++summary.failed;
        const bool givenUp = unreadable || mail.attempts + 1 >= maxAttempts;
        summary.errors << (givenUp ? IntakeService::tr("mail to %1 (ticket %2) failed for good: %3")
                                   : IntakeService::tr("mail to %1 (ticket %2): %3"))
                              .arg(mail.recipient)
                              .arg(mail.ticketId)
                              .arg(sent.error().message);
        if (auto marked = m_store.markFailed(mail.id, sent.error().message,
                                             nextAttempt(Clock::current().nowUtc(), mail.attempts + 1), givenUp);
            !marked) {
            return marked.error();
        }
    }
    return summary;
}

Result<AcknowledgmentSender::Summary> AcknowledgmentSender::sendAllDue(SmtpSender& smtp, int limit)
{
    Summary total;
    for (;;) {
        auto round = sendDue(smtp, limit);
        if (!round) {
            return round.error();
        }
        total.sent += round->sent;
        total.failed += round->failed;
        total.errors += round->errors;
        // A failed mail moves to a later attempt, so every round shrinks what is due;
        // a relay that refuses everything ends the run rather than spinning.
        if (round->sent + round->failed < limit || round->sent == 0) {
            return total;
        }
    }
}

} // namespace dd
