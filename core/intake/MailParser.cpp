// GMime (glib) headers first: Qt's `signals` keyword macro would break gio's headers.
#include <gmime/gmime.h>
#include <libxml/parser.h>

#include "core/intake/MailParser.h"

#include "core/intake/HtmlToText.h"
#include "core/intake/MailDecoding.h"
#include "core/intake/MailHeaders.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <memory>
#include <mutex>

namespace dd {

namespace {

using namespace mail_headers;

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

void initParsers()
{
    static std::once_flag once;
    // libxml2's (HtmlToText) too: before 2.10 its lazy set-up on first use is not
    // thread-safe, and MailPrefetcher's workers parse side by side.
    std::call_once(once, [] {
        g_mime_init();
        xmlInitParser();
    });
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
            MailParser::tr("forwarded messages nested more than %1 deep were not read").arg(maxForwardDepth));
        return;
    }
    BodyWalk walk { outer.options, outer.mail, outer.depth + 1, {}, {}, {} };
    walkMessage(inner, walk);
    const MailAddress from = firstMailbox(g_mime_message_get_from(inner));
    QString block = MailParser::tr("---------- Forwarded message from %1: %2 ----------")
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
            MailParser::tr("“%1” is damaged (invalid or truncated base64): its content may be incomplete")
                .arg(attachment ? label : MailParser::tr("the text")));
    }
    if (!attachment) {
        const char* charset = g_mime_object_get_content_type_parameter(object, "charset");
        if (isPlain && walk->plain.trimmed().isEmpty()) {
            walk->plain = MailDecoding::decodeText(content, charset, *walk->mail);
        } else if (isHtml && walk->html.isEmpty()) {
            bool complete = true;
            walk->html = HtmlToText::convert(content, QByteArray(charset), &complete);
            if (!complete) {
                walk->mail->damage.append(
                    MailParser::tr("the HTML text is nested too deep to keep its layout: its bare text is shown"));
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

using ParserOptionsPtr = std::unique_ptr<GMimeParserOptions, decltype(&g_mime_parser_options_free)>;

// Loose compliance (clients' mailers break the RFCs daily), the charsets Russian mail
// falls back to, and GMime's warnings collected into `issues`.
ParserOptionsPtr looseParserOptions(ParseIssues& issues)
{
    ParserOptionsPtr options(g_mime_parser_options_new(), &g_mime_parser_options_free);
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    const char* fallbackCharsets[] = { "UTF-8", "windows-1251", nullptr };
    g_mime_parser_options_set_fallback_charsets(options.get(), fallbackCharsets);
    g_mime_parser_options_set_warning_callback(options.get(), &collectIssue, &issues);
    return options;
}

// Everything but the sender, the body and the Message-ID.
void readHeaders(GMimeMessage* message, GMimeParserOptions* options, MailMessage& mail)
{
    GMimeObject* object = GMIME_OBJECT(message);
    mail.replyTo = firstMailbox(g_mime_message_get_reply_to(message));
    mail.subject = decodedSubject(message, options).simplified();
    if (GDateTime* date = g_mime_message_get_date(message)) {
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    }
    mail.inReplyTo = messageIds(object, "In-Reply-To", options);
    mail.references = messageIds(object, "References", options);
    mail.autoReply = detectAutoReply(message, mail.from);
    mail.recipients = addresses(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_TO));
    mail.recipients += addresses(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_CC));
    mail.spamVerdict = spamVerdict(object);
}

// The body as it came, for a structure too broken to find the text part in.
QString rawBodyText(const QByteArray& raw)
{
    const qsizetype crlf = raw.indexOf("\r\n\r\n");
    const qsizetype lf = raw.indexOf("\n\n");
    const qsizetype bodyStart = crlf < 0 ? lf : lf < 0 ? crlf : std::min(crlf, lf);
    if (bodyStart < 0) {
        return {};
    }
    MailMessage scratch;
    return MailDecoding::decodeText(raw.mid(bodyStart).left(256 * 1024), nullptr, scratch).trimmed();
}

} // namespace

MailParser::MailParser(MailParserOptions options)
    : m_options(options)
{
    initParsers();
}

Result<MailMessage> MailParser::parse(const QByteArray& raw) const
{
    if (raw.trimmed().isEmpty()) {
        return Error { MailParser::tr("the message is empty") };
    }
    ParseIssues issues;
    const ParserOptionsPtr options = looseParserOptions(issues);

    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), raw.size()));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    if (!message) {
        return Error { MailParser::tr("not an e-mail message") };
    }

    MailMessage mail;
    GMimeObject* object = GMIME_OBJECT(message.get());
    mail.from = firstMailbox(g_mime_message_get_from(message.get()));
    if (mail.from.isEmpty()) {
        const QString rawFrom = header(object, "From");
        return Error { rawFrom.isEmpty()
                           ? MailParser::tr("the message has no sender (From header)")
                           : MailParser::tr("the sender address cannot be read: %1").arg(rawFrom.left(120)) };
    }
    readHeaders(message.get(), options.get(), mail);

    BodyWalk walk { &m_options, &mail, 0, {}, {}, {} };
    walkMessage(message.get(), walk);
    mail.text = walk.plain.trimmed().isEmpty() ? walk.html : walk.plain.trimmed();
    for (const QString& block : walk.forwarded) {
        mail.text += (mail.text.isEmpty() ? QString() : QStringLiteral("\n\n")) + block;
    }
    mail.warnings += issues.warnings;
    mail.damage += issues.damage;
    if (mail.text.trimmed().isEmpty() && mail.attachments.isEmpty() && !mail.damage.isEmpty()) {
        mail.text = rawBodyText(raw);
    }

    mail.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    if (mail.messageId.isEmpty()) {
        mail.messageId = synthesizedMessageId(mail);
        mail.messageIdSynthesized = true;
    }
    return mail;
}

} // namespace dd
