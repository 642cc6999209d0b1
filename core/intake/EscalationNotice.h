#pragma once

#include "core/domain/Ticket.h"
#include "core/intake/IntakeSettings.h"
#include "core/intake/IntakeStore.h"
#include "core/util/Result.h"

namespace dd {

// Tells the people who answer for an escalated ticket by mail (docs/rules.md#tickets):
// the project's account manager and every head of support with an address get the
// client's text, queued in the filing transaction and sent with the acknowledgments.
class EscalationNotice
{
    Q_DECLARE_TR_FUNCTIONS(dd::EscalationNotice)

public:
    EscalationNotice(const IntakeSettings& settings, const IntakeStore& store);

    // Queues the notice of `ticket`, escalated by `mail`; says how many were queued.
    Result<int> queue(const Ticket& ticket, const MailMessage& mail) const;

private:
    const IntakeSettings& m_settings;
    const IntakeStore& m_store;
};

} // namespace dd
