#pragma once

#include "Command.h"

#include "core/storage/TicketConversation.h"

#include <QJsonArray>

namespace dd::ctl {

// dutydeskctl ticket reply|note|message|retry-mail — what the pane's conversation does
// (issue 15), from a script.
Subcommand ticketReplySubcommand();
Subcommand ticketNoteSubcommand();
Subcommand ticketMessageSubcommand();
Subcommand ticketRetryMailSubcommand();

// Every message, reply and note with its full text, author, time and delivery state.
QJsonArray conversationJson(const QList<ConversationEntry>& entries);

} // namespace dd::ctl
