#pragma once

#include "core/intake/IntakeSettings.h"
#include "core/intake/IntakeStore.h"
#include "core/storage/TicketSla.h"
#include "core/util/Result.h"

#include <QDateTime>

#include <memory>

namespace dd {

class Database;

// Queues the automatic acknowledgment of a filed mail (docs/rules.md#intake) in the
// filing transaction; AcknowledgmentSender sends it later.
class AcknowledgmentQueue
{
public:
    AcknowledgmentQueue(const Database& database, const IntakeSettings& settings, const IntakeStore& store);
    ~AcknowledgmentQueue();

    // Queues the acknowledgment; the caller asked loopGuard() first unless the ticket is
    // new (filed in this transaction, it has no acknowledgment yet).
    Status queue(const MailMessage& mail, qint64 ticketId, qint64 number, const QDateTime& arrived,
                 AcknowledgmentTemplate::Kind kind, bool urgent = false);
    // Whether an acknowledgment to `sender` on the ticket is held back: at most one per
    // sender and ticket per interval (docs/rules.md#intake).
    Result<LoopGuardState> loopGuard(qint64 ticketId, const QString& sender) const;

private:
    // «СРОЧНО» outside business hours: the regulation sends off-hours emergencies to the
    // phone and messengers, and the acknowledgment says so (docs/rules.md#channels).
    bool outsideBusinessHours(const QDateTime& arrived);

    const Database& m_database;
    const IntakeSettings& m_settings;
    const IntakeStore& m_store;
    std::unique_ptr<TicketSla> m_sla; // the business schedule, read once
};

} // namespace dd
