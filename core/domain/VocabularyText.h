#pragma once

#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dd {

// The translation context of the names below (and of ui/common/VocabularyNames): tr() needs a class.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(dd::Vocabulary)
};

// The spec's slugs as people read them, in the UI language (docs/rules.md#tickets: the database, the
// CLI's JSON and the history keep the slugs; what people read is translated). In core so the
// history's wording (TicketEventText) and the console say the same words.
QString statusName(TicketStatus status);
QString waitingReasonName(WaitingReason reason);
QString channelName(Channel channel);

// A status with its waiting reason in a word or two, for the queue's narrow column:
// "waiting: client", "in work"; the full reason goes in the tooltip.
QString statusInShort(TicketStatus status, std::optional<WaitingReason> reason);

// The same for a slug read from the history; an unknown slug is shown as it is.
QString statusNameOf(const QString& slug);
QString waitingReasonNameOf(const QString& slug);
QString channelNameOf(const QString& slug);

} // namespace dd
