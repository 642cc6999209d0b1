#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace dd {

class IntakeStore;
class SmtpSender;

// Sends every queued mail (outgoing_mail: acknowledgments and engineers' replies) through
// the relay; a refused one is retried 1, 2, 4 … minutes later, at most an hour apart,
// and after `maxAttempts` it is marked failed with its last error, for people to see on
// the ticket and send again. A mail is marked sent only after the relay took it, so a
// crash in between may send it twice, never lose it.
class AcknowledgmentSender
{
public:
    struct Summary
    {
        int sent = 0;
        int failed = 0;
        QStringList errors;
    };

    explicit AcknowledgmentSender(const IntakeStore& store, std::function<void(const QString&)> checkpoint = {});

    // At most `limit` of the mails due now.
    Result<Summary> sendDue(SmtpSender& smtp, int limit = 100);
    // Everything due now, in rounds of `limit`: after a backlog nobody waits for a later cycle.
    Result<Summary> sendAllDue(SmtpSender& smtp, int limit = 100);

    static QDateTime nextAttempt(const QDateTime& now, int failedAttempts);
    // About four hours of retries (1 + 2 + … + 60 + 60 + 60 minutes).
    static constexpr int maxAttempts = 10;

private:
    const IntakeStore& m_store;
    std::function<void(const QString&)> m_checkpoint;
};

} // namespace dd
