// GMime (glib) headers first: Qt's `signals` keyword macro would break gio's headers.
#include <gmime/gmime.h>

#include "core/intake/MailComposer.h"

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

} // namespace

QString MailComposer::generateMessageId(const QString& senderAddress)
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    QString domain = senderAddress.section(QLatin1Char('@'), 1);
    if (domain.isEmpty()) {
        domain = QStringLiteral("dutydesk.invalid");
    }
    char* id = g_mime_utils_generate_message_id(domain.toUtf8().constData());
    const QString result = QString::fromUtf8(id);
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
    g_mime_object_set_header(object, "Auto-Submitted", "auto-replied", nullptr);
    // Exchange and older responders read these instead of Auto-Submitted.
    g_mime_object_set_header(object, "X-Auto-Response-Suppress", "All", nullptr);
    g_mime_object_set_header(object, "Precedence", "auto_reply", nullptr);

    GMimeTextPart* body = g_mime_text_part_new_with_subtype("plain");
    g_mime_text_part_set_charset(body, "utf-8");
    g_mime_text_part_set_text(body, mail.body.toUtf8().constData());
    g_mime_part_set_content_encoding(GMIME_PART(body), GMIME_CONTENT_ENCODING_BASE64);
    g_mime_message_set_mime_part(message, GMIME_OBJECT(body));
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
