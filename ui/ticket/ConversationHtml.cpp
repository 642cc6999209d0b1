#include "ui/ticket/ConversationHtml.h"

#include "ui/common/DataSize.h"
#include "ui/common/DateTimeFormat.h"
#include "ui/common/VocabularyNames.h"
#include "ui/ticket/ConversationWidget.h"

namespace dd {

namespace {

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString channelText(const QString& slug)
{
    const auto channel = channelFromSlug(slug);
    return channel ? channelName(*channel) : slug;
}

QString attachmentLinkHtml(const AttachmentInfo& attachment)
{
    return QStringLiteral("<a href=\"attachment:%1\">%2</a> (%3)")
        .arg(attachment.id)
        .arg(attachment.fileName.toHtmlEscaped(), formatDataSize(attachment.sizeBytes));
}

} // namespace

QString conversationHtml(const QList<ConversationEntry>& entries, const QList<AttachmentInfo>& looseAttachments)
{
    QString html;
    for (const ConversationEntry& entry : entries) {
        html += conversationEntryHtml(entry);
    }
    if (!looseAttachments.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b>").arg(ConversationWidget::tr("Attachments of the request"));
        for (const AttachmentInfo& attachment : looseAttachments) {
            html += QStringLiteral("<br>• ") + attachmentLinkHtml(attachment);
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

QString mailDeliveryHtml(const MailDelivery& delivery)
{
    if (delivery.status == QLatin1String("sent")) {
        return QStringLiteral("<span style=\"color:#2e7d32\">✓ %1</span>")
            .arg(ConversationWidget::tr("sent to %1 at %2")
                     .arg(delivery.recipient.toHtmlEscaped(), formatMoscowDateTime(delivery.sentAt)));
    }
    if (delivery.status == QLatin1String("failed")) {
        return QStringLiteral("<span style=\"color:#c62828\">✗ %1</span> <a href=\"retry:%2\">%3</a>")
            .arg(ConversationWidget::tr("not delivered to %1 after %2 attempts: %3")
                     .arg(delivery.recipient.toHtmlEscaped())
                     .arg(delivery.attempts)
                     .arg(delivery.lastError.toHtmlEscaped()))
            .arg(delivery.id)
            .arg(ConversationWidget::tr("Send again"));
    }
    QString text = ConversationWidget::tr("queued for %1").arg(delivery.recipient.toHtmlEscaped());
    if (delivery.attempts > 0) {
        text += QStringLiteral(" — ")
            + ConversationWidget::tr("%1 attempts, last: %2")
                  .arg(delivery.attempts)
                  .arg(delivery.lastError)
                  .toHtmlEscaped();
    }
    return QStringLiteral("<span style=\"color:#6d6d6d\">… %1</span>").arg(text);
}

QString conversationEntryHtml(const ConversationEntry& entry)
{
    QString colour;
    QString heading;
    const QString when = formatMoscowDateTime(entry.at);
    switch (entry.kind) {
    case ConversationEntry::Kind::ClientMessage:
        colour = QStringLiteral("#eef1f4");
        heading
            = ConversationWidget::tr("Client · %1 · %2")
                  .arg(entry.sender.isEmpty() ? channelText(entry.channel)
                                              : QStringLiteral("%1, %2").arg(entry.sender, channelText(entry.channel)),
                       when);
        break;
    case ConversationEntry::Kind::Reply:
        colour = QStringLiteral("#e3f0fc");
        heading = ConversationWidget::tr("Reply by %1 · %2").arg(entry.author, when);
        break;
    case ConversationEntry::Kind::Acknowledgment:
        colour = QStringLiteral("#f6f6f6");
        heading = ConversationWidget::tr("Automatic acknowledgment · %1").arg(when);
        break;
    case ConversationEntry::Kind::Note:
        colour = QStringLiteral("#fff6d5");
        heading = entry.context.isEmpty()
            ? ConversationWidget::tr("Internal note by %1 · %2").arg(entry.author, when)
            : ConversationWidget::tr("%1 by %2 · %3").arg(entry.context, entry.author, when);
        break;
    }
    QString body = QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    if (!entry.subject.isEmpty() && entry.kind != ConversationEntry::Kind::Note) {
        body += QStringLiteral("<br><i>%1</i>").arg(entry.subject.toHtmlEscaped());
    }
    body += QStringLiteral("<br>") + paragraphs(entry.text);
    for (const AttachmentInfo& attachment : entry.attachments) {
        body += QStringLiteral("<br>• ") + attachmentLinkHtml(attachment);
    }
    for (const MailDelivery& delivery : entry.deliveries) {
        body += QStringLiteral("<br><small>%1</small>").arg(mailDeliveryHtml(delivery));
    }
    if (entry.kind == ConversationEntry::Kind::ClientMessage && entry.channel.startsWith(QLatin1String("email"))) {
        body += QStringLiteral("<br><small><a href=\"original:%1\">%2</a></small>")
                    .arg(entry.messageRowId)
                    .arg(ConversationWidget::tr("Save original…"));
    }
    // Client on the left, our side indented: the thread reads like a chat.
    const bool ours = entry.kind != ConversationEntry::Kind::ClientMessage;
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom:6px\"><tr>"
                          "%1<td bgcolor=\"%2\" style=\"padding:6px\">%3</td>%4</tr></table>")
        .arg(ours ? QStringLiteral("<td width=\"8%\"></td>") : QString(), colour, body,
             ours ? QString() : QStringLiteral("<td width=\"8%\"></td>"));
}

} // namespace dd
