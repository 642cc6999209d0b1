// GMime (glib) headers first: Qt's `signals` keyword macro would break gio's headers.
#include <gmime/gmime.h>

#include "core/intake/MailComposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <mutex>

namespace dd {

namespace {

QByteArray angleList(const QStringList& ids)
{
    QStringList bracketed;
    for (const QString& id : ids) {
        bracketed.append(QStringLiteral("<%1>").arg(id));
    }
    return bracketed.join(QLatin1Char(' ')).toUtf8();
}

GMimeObject* textPart(const char* subtype, const QString& text)
{
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_text_part_set_text(part, text.toUtf8().constData());
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_BASE64);
    return GMIME_OBJECT(part);
}

GMimeObject* attachmentPart(const MailAttachment& attachment)
{
    const QString type = attachment.contentType.contains(QLatin1Char('/')) ? attachment.contentType
                                                                           : QStringLiteral("application/octet-stream");
    GMimePart* part = g_mime_part_new_with_type(type.section(QLatin1Char('/'), 0, 0).toUtf8().constData(),
                                                type.section(QLatin1Char('/'), 1).toUtf8().constData());
    g_mime_part_set_filename(part, attachment.fileName.toUtf8().constData());
    GMimeStream* stream
        = g_mime_stream_mem_new_with_buffer(attachment.content.constData(), std::size_t(attachment.content.size()));
    GMimeDataWrapper* content = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_mime_part_set_content(part, content);
    g_object_unref(content);
    g_object_unref(stream);
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    return GMIME_OBJECT(part);
}

// text/plain alone, or multipart/alternative with the HTML; then multipart/mixed when
// files go with it. The caller owns the returned object.
GMimeObject* bodyOf(const OutgoingMail& mail)
{
    GMimeObject* text = textPart("plain", mail.body);
    if (!mail.html.isEmpty()) {
        GMimeMultipart* alternative = g_mime_multipart_new_with_subtype("alternative");
        g_mime_multipart_add(alternative, text);
        g_object_unref(text);
        GMimeObject* html = textPart("html", mail.html);
        g_mime_multipart_add(alternative, html);
        g_object_unref(html);
        text = GMIME_OBJECT(alternative);
    }
    if (mail.attachments.isEmpty()) {
        return text;
    }
    GMimeMultipart* mixed = g_mime_multipart_new_with_subtype("mixed");
    g_mime_multipart_add(mixed, text);
    g_object_unref(text);
    for (const MailAttachment& attachment : mail.attachments) {
        GMimeObject* part = attachmentPart(attachment);
        g_mime_multipart_add(mixed, part);
        g_object_unref(part);
    }
    return GMIME_OBJECT(mixed);
}

QJsonObject addressObject(const MailAddress& address)
{
    return { { QStringLiteral("address"), address.address }, { QStringLiteral("name"), address.displayName } };
}

MailAddress addressFrom(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return { object.value(QLatin1String("address")).toString(), object.value(QLatin1String("name")).toString() };
}

QStringList stringsFrom(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue item : value.toArray()) {
        strings.append(item.toString());
    }
    return strings;
}

} // namespace

QByteArray MailComposer::draft(const OutgoingMail& mail)
{
    Q_ASSERT(mail.html.isEmpty() && mail.attachments.isEmpty());
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("from"), addressObject(mail.from) },
                             { QStringLiteral("to"), addressObject(mail.to) },
                             { QStringLiteral("subject"), mail.subject },
                             { QStringLiteral("body"), mail.body },
                             { QStringLiteral("automatic"), mail.automatic },
                             { QStringLiteral("messageId"), mail.messageId },
                             { QStringLiteral("inReplyTo"), QJsonArray::fromStringList(mail.inReplyTo) },
                             { QStringLiteral("references"), QJsonArray::fromStringList(mail.references) },
                             // Seconds, as the message's Date header has them.
                             { QStringLiteral("date"), mail.date.isValid() ? mail.date.toSecsSinceEpoch() : 0 },
                         })
        .toJson(QJsonDocument::Compact);
}

std::optional<OutgoingMail> MailComposer::fromDraft(const QByteArray& draft)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(draft, &error);
    const QJsonObject object = document.object();
    if (error.error != QJsonParseError::NoError || !object.value(QLatin1String("to")).isObject()
        || !object.value(QLatin1String("from")).isObject()) {
        return std::nullopt;
    }
    OutgoingMail mail;
    mail.from = addressFrom(object.value(QLatin1String("from")));
    mail.to = addressFrom(object.value(QLatin1String("to")));
    if (mail.to.address.isEmpty() || mail.from.address.isEmpty()) {
        return std::nullopt;
    }
    mail.subject = object.value(QLatin1String("subject")).toString();
    mail.body = object.value(QLatin1String("body")).toString();
    mail.automatic = object.value(QLatin1String("automatic")).toBool(true);
    mail.messageId = object.value(QLatin1String("messageId")).toString();
    mail.inReplyTo = stringsFrom(object.value(QLatin1String("inReplyTo")));
    mail.references = stringsFrom(object.value(QLatin1String("references")));
    const qint64 date = object.value(QLatin1String("date")).toInteger();
    if (date > 0) {
        mail.date = QDateTime::fromSecsSinceEpoch(date, Qt::UTC);
    }
    return mail;
}

QString MailComposer::textToHtml(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(R"((https?://[^\s<>"]+))"));
    QString html = text.toHtmlEscaped();
    html.replace(link, QStringLiteral(R"(<a href="\1">\1</a>)"));
    html.replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                          "<body style=\"font-family: sans-serif\"><p>%1</p></body></html>")
        .arg(html);
}

QString MailComposer::generateMessageId(const QString& senderAddress)
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    QString domain = senderAddress.section(QLatin1Char('@'), 1);
    if (domain.isEmpty()) {
        domain = QStringLiteral("dutydesk.invalid");
    }
    char* id = g_mime_utils_generate_message_id(domain.toUtf8().constData());
    QString result = QString::fromUtf8(id); // not const: returned by move
    g_free(id);
    return result;
}

QByteArray MailComposer::compose(const OutgoingMail& mail)
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    GMimeMessage* message = g_mime_message_new(TRUE);
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_FROM, mail.from.displayName.toUtf8().constData(),
                               mail.from.address.toUtf8().constData());
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_TO, mail.to.displayName.toUtf8().constData(),
                               mail.to.address.toUtf8().constData());
    g_mime_message_set_subject(message, mail.subject.toUtf8().constData(), "utf-8");
    g_mime_message_set_message_id(message, mail.messageId.toUtf8().constData());
    if (mail.date.isValid()) {
        GDateTime* date = g_date_time_new_from_unix_utc(mail.date.toSecsSinceEpoch());
        g_mime_message_set_date(message, date);
        g_date_time_unref(date);
    }
    GMimeObject* object = GMIME_OBJECT(message);
    if (!mail.inReplyTo.isEmpty()) {
        g_mime_object_set_header(object, "In-Reply-To", angleList(mail.inReplyTo).constData(), nullptr);
    }
    if (!mail.references.isEmpty()) {
        g_mime_object_set_header(object, "References", angleList(mail.references).constData(), nullptr);
    }
    if (mail.automatic) {
        g_mime_object_set_header(object, "Auto-Submitted", "auto-replied", nullptr);
        // Exchange and older responders read these instead of Auto-Submitted.
        g_mime_object_set_header(object, "X-Auto-Response-Suppress", "All", nullptr);
        g_mime_object_set_header(object, "Precedence", "auto_reply", nullptr);
    }

    GMimeObject* body = bodyOf(mail);
    g_mime_message_set_mime_part(message, body);
    g_object_unref(body);

    GMimeFormatOptions* format = g_mime_format_options_clone(g_mime_format_options_get_default());
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    char* text = g_mime_object_to_string(object, format);
    QByteArray result(text);
    g_free(text);
    g_mime_format_options_free(format);
    g_object_unref(message);
    return result;
}

} // namespace dd
