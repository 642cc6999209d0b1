// GMime (glib) headers first: Qt's `signals` keyword macro would break gio's headers.
#include <gmime/gmime.h>

#include "core/intake/MailParser.h"

#include "core/intake/HtmlToText.h"

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
    QStringList critical;
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
    const bool critical = code == GMIME_CRIT_INVALID_HEADER_NAME || code == GMIME_CRIT_CONFLICTING_HEADER
        || code == GMIME_CRIT_CONFLICTING_PARAMETER || code == GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY
        || code == GMIME_CRIT_NESTING_OVERFLOW || code == GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT;
    (critical ? issues->critical : issues->warnings).append(text);
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

bool isValidUtf8(const QByteArray& bytes)
{
    return g_utf8_validate(bytes.constData(), bytes.size(), nullptr);
}

QString convertToUnicode(const QByteArray& bytes, const char* charset)
{
    gsize written = 0;
    gchar* converted = g_convert(bytes.constData(), bytes.size(), "UTF-8", charset, nullptr, &written, nullptr);
    if (!converted) {
        return {};
    }
    QString result = QString::fromUtf8(converted, static_cast<qsizetype>(written));
    g_free(converted);
    return result;
}

// The part's declared charset, through GMime's alias table (cp1251, x-cp1251 → iconv's
// name). Undeclared or unknown 8-bit text is most often windows-1251 in Russian mail.
QString decodeText(const QByteArray& bytes, const char* declared, QStringList& warnings)
{
    if (declared && *declared) {
        const char* iconvName = g_mime_charset_iconv_name(declared);
        if (g_ascii_strcasecmp(iconvName, "UTF-8") == 0 || g_ascii_strcasecmp(iconvName, "US-ASCII") == 0) {
            if (isValidUtf8(bytes)) {
                return QString::fromUtf8(bytes);
            }
        } else if (QString text = convertToUnicode(bytes, iconvName); !text.isNull() || bytes.isEmpty()) {
            return text;
        }
        warnings.append(QCoreApplication::translate("dd::MailParser", "text does not match its charset %1")
                            .arg(QString::fromLatin1(declared)));
    }
    if (isValidUtf8(bytes)) {
        return QString::fromUtf8(bytes);
    }
    if (QString text = convertToUnicode(bytes, "WINDOWS-1251"); !text.isNull()) {
        return text;
    }
    return QString::fromUtf8(bytes);
}

struct BodyWalk
{
    const MailParserOptions* options = nullptr;
    QString plain;
    QString html;
    QList<MailAttachment> attachments;
    QStringList* warnings = nullptr;
};

void visitPart(GMimeObject* /*parent*/, GMimeObject* object, gpointer userData)
{
    auto* walk = static_cast<BodyWalk*>(userData);
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
    if (!attachment) {
        const char* charset = g_mime_object_get_content_type_parameter(object, "charset");
        if (isPlain && walk->plain.trimmed().isEmpty()) {
            walk->plain = decodeText(content, charset, *walk->warnings);
        } else if (isHtml && walk->html.isEmpty()) {
            walk->html = HtmlToText::convert(content, QByteArray(charset));
        }
        return;
    }
    MailAttachment item;
    item.fileName = fileName.isEmpty() ? QStringLiteral("attachment-%1").arg(walk->attachments.size() + 1) : fileName;
    gchar* mimeType = g_mime_content_type_get_mime_type(type);
    item.contentType = fromUtf8(mimeType).toLower();
    g_free(mimeType);
    item.size = content.size();
    item.omitted = item.size > walk->options->maxAttachmentSize;
    if (!item.omitted) {
        item.content = content;
    }
    walk->attachments.append(item);
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
    if (!issues.critical.isEmpty()) {
        return Error { QCoreApplication::translate("dd::MailParser", "malformed message: %1")
                           .arg(issues.critical.join(QStringLiteral("; "))) };
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

    BodyWalk walk;
    walk.options = &m_options;
    walk.warnings = &mail.warnings;
    g_mime_message_foreach(message.get(), &visitPart, &walk);
    mail.text = walk.plain.trimmed().isEmpty() ? walk.html : walk.plain.trimmed();
    mail.attachments = walk.attachments;
    mail.warnings += issues.warnings;

    mail.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    if (mail.messageId.isEmpty()) {
        mail.messageId = synthesizedMessageId(mail);
        mail.messageIdSynthesized = true;
    }
    return mail;
}

} // namespace dd
