// GMime (glib) headers first: Qt's `signals` keyword macro would break gio's headers.
#include <gmime/gmime.h>

#include "core/intake/MailHeaders.h"

#include <QRegularExpression>

namespace dd::mail_headers {

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

namespace {

// GMime 3.2 joins the payloads of adjacent base64 encoded words before decoding them,
// so a word padded with "=" (what most mailers send when they split a long Cyrillic
// subject) ends the text early. Decoding each word alone and joining the bytes of a run
// with one charset keeps multi-byte letters split across words intact too.
QString mergeBase64Runs(const QString& latin1Value)
{
    static const QRegularExpression word(QStringLiteral(R"re(=\?([^?\s]+)\?[Bb]\?([A-Za-z0-9+/=]*)\?=)re"));
    QString result;
    QString runCharset;
    QByteArray runBytes;
    qsizetype position = 0;
    auto flush = [&] {
        if (!runCharset.isEmpty()) {
            result += QStringLiteral("=?%1?B?%2?=").arg(runCharset, QString::fromLatin1(runBytes.toBase64()));
            runCharset.clear();
            runBytes.clear();
        }
    };
    for (auto it = word.globalMatch(latin1Value); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString between = latin1Value.mid(position, match.capturedStart() - position);
        const bool continuesRun = !runCharset.isEmpty() && between.trimmed().isEmpty()
            && match.captured(1).compare(runCharset, Qt::CaseInsensitive) == 0;
        if (!continuesRun) {
            flush();
            result += between;
            runCharset = match.captured(1);
        }
        runBytes += QByteArray::fromBase64(match.captured(2).toLatin1());
        position = match.capturedEnd();
    }
    flush();
    result += latin1Value.mid(position);
    return result;
}

} // namespace

QString decodedSubject(GMimeMessage* message, GMimeParserOptions* options)
{
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    GMimeHeader* subject = headers ? g_mime_header_list_get_header(headers, "Subject") : nullptr;
    const char* raw = subject ? g_mime_header_get_raw_value(subject) : nullptr;
    if (!raw) {
        return fromUtf8(g_mime_message_get_subject(message));
    }
    QString unfolded = QString::fromLatin1(raw);
    unfolded.remove(QLatin1Char('\r')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    char* decoded = g_mime_utils_header_decode_text(options, mergeBase64Runs(unfolded).toLatin1().constData());
    QString result = QString::fromUtf8(decoded);
    g_free(decoded);
    return result;
}

QString header(GMimeObject* object, const char* name)
{
    return fromUtf8(g_mime_object_get_header(object, name)).trimmed();
}

MailAddress firstMailbox(InternetAddressList* list)
{
    if (!list) {
        return {};
    }
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            const QString addr
                = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed();
            if (addr.contains(QLatin1Char('@'))) {
                return { addr.toLower(), fromUtf8(internet_address_get_name(address)).trimmed() };
            }
        }
    }
    return {};
}

QStringList addresses(InternetAddressList* list)
{
    QStringList result;
    for (int i = 0; list && i < internet_address_list_length(list) && result.size() < 100; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            const QString addr
                = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed().toLower();
            if (addr.contains(QLatin1Char('@')) && !result.contains(addr)) {
                result.append(addr);
            }
        }
    }
    return result;
}

// The receiving server's anti-spam verdict (SpamAssassin's headers, which most filters
// copy): the X-Spam-Status text when it says spam, else empty.
QString spamVerdict(GMimeObject* object)
{
    const QString flag = header(object, "X-Spam-Flag");
    const QString status = header(object, "X-Spam-Status").simplified();
    if (status.startsWith(QLatin1String("yes"), Qt::CaseInsensitive)) {
        return status.left(200);
    }
    if (flag.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0) {
        return status.isEmpty() ? QStringLiteral("X-Spam-Flag: YES") : status.left(200);
    }
    return {};
}

QStringList messageIds(GMimeObject* object, const char* headerName, GMimeParserOptions* options)
{
    const char* value = g_mime_object_get_header(object, headerName);
    QStringList ids;
    if (!value) {
        return ids;
    }
    GMimeReferences* refs = g_mime_references_parse(options, value);
    if (!refs) {
        return ids;
    }
    for (int i = 0; i < g_mime_references_length(refs); ++i) {
        const QString id = fromUtf8(g_mime_references_get_message_id(refs, i)).trimmed();
        if (!id.isEmpty() && !ids.contains(id)) {
            ids.append(id);
        }
    }
    g_mime_references_free(refs);
    return ids;
}

AutoReplyKind detectAutoReply(GMimeMessage* message, const MailAddress& from)
{
    GMimeObject* object = GMIME_OBJECT(message);
    // RFC 3834: anything but "no" marks an automatic message.
    const QString autoSubmitted = header(object, "Auto-Submitted").section(QLatin1Char(';'), 0, 0).trimmed();
    if (!autoSubmitted.isEmpty() && autoSubmitted.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0) {
        return AutoReplyKind::AutoSubmitted;
    }
    GMimeObject* body = g_mime_message_get_mime_part(message);
    if (body && g_mime_content_type_is_type(g_mime_object_get_content_type(body), "multipart", "report")) {
        return AutoReplyKind::Bounce;
    }
    const QString localPart = from.address.section(QLatin1Char('@'), 0, 0);
    if (localPart == QLatin1String("mailer-daemon") || header(object, "Return-Path") == QLatin1String("<>")) {
        return AutoReplyKind::Bounce;
    }
    // Older responders (vacation, Exchange) mark themselves with these instead.
    if (!header(object, "X-Autoreply").isEmpty() || !header(object, "X-Autorespond").isEmpty()) {
        return AutoReplyKind::AutoSubmitted;
    }
    // Exchange marks its own automatic replies so; others only say it in the subject.
    if (!header(object, "X-Auto-Response-Suppress").isEmpty()) {
        return AutoReplyKind::AutoSubmitted;
    }
    static const QRegularExpression outOfOffice(
        QStringLiteral(R"(^\s*(automatic reply|auto(matic)?[- ]?(reply|response)|out of (the )?office|autoreply|)"
                       R"(автоответ|автоматический ответ|авто-ответ)\b|out of (the )?office|в отпуске|нет на месте)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (outOfOffice.match(fromUtf8(g_mime_message_get_subject(message))).hasMatch()) {
        return AutoReplyKind::AutoSubmitted;
    }
    const QString precedence = header(object, "Precedence").toLower();
    if (precedence == QLatin1String("bulk") || precedence == QLatin1String("junk")
        || precedence == QLatin1String("auto_reply") || precedence == QLatin1String("list")) {
        return AutoReplyKind::ListOrBulk;
    }
    return AutoReplyKind::None;
}

} // namespace dd::mail_headers
