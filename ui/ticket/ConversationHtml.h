#pragma once

#include "core/storage/TicketConversation.h"

#include <QList>
#include <QString>

namespace dd {

// The Messages tab's thread as HTML for a QTextBrowser: each entry a coloured box (the
// client on the left, our side indented, so it reads like a chat) with its heading, text,
// attachments (links "attachment:<id>"), delivery states ("retry:<mail id>" for a failed
// one) and, for a client's e-mail, "original:<message row id>". Every string people typed
// is escaped: it shows as typed.
QString conversationHtml(const QList<ConversationEntry>& entries, const QList<AttachmentInfo>& looseAttachments);
QString conversationEntryHtml(const ConversationEntry& entry);
QString mailDeliveryHtml(const MailDelivery& delivery);

} // namespace dd
