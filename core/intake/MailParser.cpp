// GMime (glib) headers first: Qt's `signals` keyword macro would break gio's headers.
#include <gmime/gmime.h>

#include "core/intake/MailParser.h"

#include "core/intake/HtmlToText.h"
#include "core/intake/MailDecoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <memory>
#include <mutex>

namespace dd {

namespace {

template<typename T> struct GObjectDeleter
{
    void operator()(T* object) const
    {
        if (object) {
            g_object_unref(object);
        }
    }
};
template<typename T> using GObjectPtr = std::unique_ptr<T, GObjectDeleter<T>>;

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

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

struct ParseIssues
{
    QStringList warnings;
    QStringList damage; // parts skipped or cut short: the ticket says so
};

QString describeIssue(GMimeParserWarning code)
{
    switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER:
        return QStringLiteral("duplicated header");
    case GMIME_WARN_DUPLICATED_PARAMETER:
        return QStringLiteral("duplicated header parameter");
    case GMIME_WARN_UNENCODED_8BIT_HEADER:
        return QStringLiteral("unencoded 8-bit header");
    case GMIME_WARN_INVALID_CONTENT_TYPE:
        return QStringLiteral("invalid content type");
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
        return QStringLiteral("invalid RFC 2047 encoded header");
    case GMIME_WARN_MALFORMED_MULTIPART:
        return QStringLiteral("multipart without parts");
    case GMIME_WARN_TRUNCATED_MESSAGE:
        return QStringLiteral("truncated message");
    case GMIME_WARN_MALFORMED_MESSAGE:
        return QStringLiteral("malformed message");
    case GMIME_WARN_INVALID_PARAMETER:
        return QStringLiteral("invalid header parameter");
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        return QStringLiteral("invalid address list");
    case GMIME_WARN_PART_WITHOUT_CONTENT:
        return QStringLiteral("MIME part without content");
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return QStringLiteral("invalid header name");
    case GMIME_CRIT_CONFLICTING_HEADER:
        return QStringLiteral("conflicting header");
    case GMIME_CRIT_CONFLICTING_PARAMETER:
        return QStringLiteral("conflicting header parameter");
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return QStringLiteral("multipart without boundary");
    case GMIME_CRIT_NESTING_OVERFLOW:
        return QStringLiteral("MIME nesting too deep");
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        return QStringLiteral("MIME part without headers or content");
    }
    return QStringLiteral("parser issue %1").arg(static_cast<int>(code));
}

void collectIssue(gint64 offset, GMimeParserWarning code, const gchar* item, gpointer userData)
{
    auto* issues = static_cast<ParseIssues*>(userData);
    QString text = describeIssue(code);
    if (item && *item) {
        text += QStringLiteral(" (%1)").arg(QString::fromUtf8(item).left(80));
    }
    text += QStringLiteral(" at byte %1").arg(offset);
    const bool damage = code == GMIME_WARN_TRUNCATED_MESSAGE || code == GMIME_WARN_MALFORMED_MULTIPART
        || code == GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY || code == GMIME_CRIT_NESTING_OVERFLOW
        || code == GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT;
    QStringList& list = damage ? issues->damage : issues->warnings;
    if (list.size() < 20 && !list.contains(text)) { // a hostile mail repeats one issue thousands of times
        list.append(text);
    }
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

QByteArray decodedContent(GMimePart* part)
{
    GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
    if (!wrapper) {
        return {};
    }
    GByteArray* bytes = g_byte_array_new();
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_byte_array(bytes));
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream.get()), FALSE);
    g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
    QByteArray result(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
    g_byte_array_free(bytes, TRUE);
    return result;
}

// The transfer encoding as sent: GMime decodes base64 leniently, skipping what is not
// base64, so damage is only visible in the encoded form.
bool isDamagedBase64(GMimePart* part)
{
    if (g_mime_part_get_content_encoding(part) != GMIME_CONTENT_ENCODING_BASE64) {
        return false;
    }
    GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
    GMimeStream* encoded = wrapper ? g_mime_data_wrapper_get_stream(wrapper) : nullptr;
    if (!encoded) {
        return false;
    }
    GByteArray* bytes = g_byte_array_new();
    GObjectPtr<GMimeStream> copy(g_mime_stream_mem_new_with_byte_array(bytes));
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(copy.get()), FALSE);
    g_mime_stream_reset(encoded);
    g_mime_stream_write_to_stream(encoded, copy.get());
    g_mime_stream_reset(encoded);
    const bool damaged = !MailDecoding::isWellFormedBase64(
        QByteArrayView(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len)));
    g_byte_array_free(bytes, TRUE);
    return damaged;
}

constexpr int maxForwardDepth = 8;

struct BodyWalk
{
    const MailParserOptions* options = nullptr;
    MailMessage* mail = nullptr;
    int depth = 0;
    QString plain;
    QString html;
    QStringList forwarded; // the texts of forwarded messages, with a header line each
};

void walkMessage(GMimeMessage* message, BodyWalk& walk);

void visitForwarded(GMimeMessagePart* part, BodyWalk& outer)
{
    GMimeMessage* inner = g_mime_message_part_get_message(part);
    if (!inner) {
        return;
    }
    if (outer.depth >= maxForwardDepth) {
        outer.mail->damage.append(
            QCoreApplication::translate("dd::MailParser", "forwarded messages nested more than %1 deep were not read")
                .arg(maxForwardDepth));
        return;
    }
    BodyWalk walk { outer.options, outer.mail, outer.depth + 1, {}, {}, {} };
    walkMessage(inner, walk);
    const MailAddress from = firstMailbox(g_mime_message_get_from(inner));
    QString block = QCoreApplication::translate("dd::MailParser", "---------- Forwarded message from %1: %2 ----------")
                        .arg(from.displayName.isEmpty()
                                 ? from.address
                                 : from.displayName + QStringLiteral(" <") + from.address + QLatin1Char('>'),
                             fromUtf8(g_mime_message_get_subject(inner)).simplified());
    block += QLatin1Char('\n') + (walk.plain.trimmed().isEmpty() ? walk.html : walk.plain.trimmed());
    outer.forwarded.append(block);
    outer.forwarded += walk.forwarded;
}

void visitPart(GMimeObject* /*parent*/, GMimeObject* object, gpointer userData)
{
    auto* walk = static_cast<BodyWalk*>(userData);
    if (GMIME_IS_MESSAGE_PART(object)) {
        visitForwarded(GMIME_MESSAGE_PART(object), *walk);
        return;
    }
    if (!GMIME_IS_PART(object)) {
        return;
    }
    GMimePart* part = GMIME_PART(object);
    GMimeContentType* type = g_mime_object_get_content_type(object);
    const bool isPlain = g_mime_content_type_is_type(type, "text", "plain");
    const bool isHtml = g_mime_content_type_is_type(type, "text", "html");
    const QString fileName = fromUtf8(g_mime_part_get_filename(part));
    const bool attachment = g_mime_part_is_attachment(part) || !fileName.isEmpty() || !(isPlain || isHtml);
    const QByteArray content = decodedContent(part);
    const QString label
        = fileName.isEmpty() ? QStringLiteral("attachment-%1").arg(walk->mail->attachments.size() + 1) : fileName;
    if (isDamagedBase64(part)) {
        walk->mail->damage.append(
            QCoreApplication::translate("dd::MailParser",
                                        "“%1” is damaged (invalid or truncated base64): its content may be incomplete")
                .arg(attachment ? label : QCoreApplication::translate("dd::MailParser", "the text")));
    }
    if (!attachment) {
        const char* charset = g_mime_object_get_content_type_parameter(object, "charset");
        if (isPlain && walk->plain.trimmed().isEmpty()) {
            walk->plain = MailDecoding::decodeText(content, charset, *walk->mail);
        } else if (isHtml && walk->html.isEmpty()) {
            bool complete = true;
            walk->html = HtmlToText::convert(content, QByteArray(charset), &complete);
            if (!complete) {
                walk->mail->damage.append(QCoreApplication::translate(
                    "dd::MailParser", "the HTML text is nested too deep to keep its layout: its bare text is shown"));
            }
        }
        return;
    }
    MailAttachment item;
    item.fileName = label;
    gchar* mimeType = g_mime_content_type_get_mime_type(type);
    item.contentType = fromUtf8(mimeType).toLower();
    g_free(mimeType);
    item.size = content.size();
    item.omitted = item.size > walk->options->maxAttachmentSize;
    if (!item.omitted) {
        item.content = content;
    }
    walk->mail->attachments.append(item);
}

void walkMessage(GMimeMessage* message, BodyWalk& walk)
{
    g_mime_message_foreach(message, &visitPart, &walk);
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

QString synthesizedMessageId(const MailMessage& message)
{
    // Stable across redeliveries of the same mail, so duplicates still collapse.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(message.from.address.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(message.date.toString(Qt::ISODate).toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(message.subject.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(message.text.toUtf8());
    for (const MailAttachment& attachment : message.attachments) {
        hash.addData(attachment.fileName.toUtf8());
        hash.addData(QByteArray::number(attachment.size));
    }
    return QStringLiteral("%1@dutydesk.invalid").arg(QString::fromLatin1(hash.result().toHex().left(40)));
}

} // namespace

MailParser::MailParser(MailParserOptions options)
    : m_options(options)
{
    initGMime();
}

Result<MailMessage> MailParser::parse(const QByteArray& raw) const
{
    if (raw.trimmed().isEmpty()) {
        return Error { QCoreApplication::translate("dd::MailParser", "the message is empty") };
    }
    ParseIssues issues;
    std::unique_ptr<GMimeParserOptions, decltype(&g_mime_parser_options_free)> options(g_mime_parser_options_new(),
                                                                                       &g_mime_parser_options_free);
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    const char* fallbackCharsets[] = { "UTF-8", "windows-1251", nullptr };
    g_mime_parser_options_set_fallback_charsets(options.get(), fallbackCharsets);
    g_mime_parser_options_set_warning_callback(options.get(), &collectIssue, &issues);

    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), raw.size()));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    if (!message) {
        return Error { QCoreApplication::translate("dd::MailParser", "not an e-mail message") };
    }

    MailMessage mail;
    GMimeObject* object = GMIME_OBJECT(message.get());
    mail.from = firstMailbox(g_mime_message_get_from(message.get()));
    if (mail.from.isEmpty()) {
        const QString rawFrom = header(object, "From");
        return Error { rawFrom.isEmpty()
                           ? QCoreApplication::translate("dd::MailParser", "the message has no sender (From header)")
                           : QCoreApplication::translate("dd::MailParser", "the sender address cannot be read: %1")
                                 .arg(rawFrom.left(120)) };
    }
    mail.replyTo = firstMailbox(g_mime_message_get_reply_to(message.get()));
    mail.subject = decodedSubject(message.get(), options.get()).simplified();
    if (GDateTime* date = g_mime_message_get_date(message.get())) {
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    }
    mail.inReplyTo = messageIds(object, "In-Reply-To", options.get());
    mail.references = messageIds(object, "References", options.get());
    mail.autoReply = detectAutoReply(message.get(), mail.from);

    mail.recipients = addresses(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO));
    mail.recipients += addresses(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_CC));
    mail.spamVerdict = spamVerdict(object);

    BodyWalk walk { &m_options, &mail, 0, {}, {}, {} };
    walkMessage(message.get(), walk);
    mail.text = walk.plain.trimmed().isEmpty() ? walk.html : walk.plain.trimmed();
    for (const QString& block : walk.forwarded) {
        mail.text += (mail.text.isEmpty() ? QString() : QStringLiteral("\n\n")) + block;
    }
    mail.warnings += issues.warnings;
    mail.damage += issues.damage;
    if (mail.text.trimmed().isEmpty() && mail.attachments.isEmpty() && !mail.damage.isEmpty()) {
        // The structure is too broken to find the text part: the body as it came.
        const qsizetype crlf = raw.indexOf("\r\n\r\n");
        const qsizetype lf = raw.indexOf("\n\n");
        const qsizetype bodyStart = crlf < 0 ? lf : lf < 0 ? crlf : std::min(crlf, lf);
        if (bodyStart >= 0) {
            MailMessage scratch;
            mail.text = MailDecoding::decodeText(raw.mid(bodyStart).left(256 * 1024), nullptr, scratch).trimmed();
        }
    }

    mail.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    if (mail.messageId.isEmpty()) {
        mail.messageId = synthesizedMessageId(mail);
        mail.messageIdSynthesized = true;
    }
    return mail;
}

} // namespace dd
