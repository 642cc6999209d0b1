// GLib first, like MailParser: Qt's keyword macros would break its headers.
#include <glib.h>
#include <gmime/gmime.h>

#include "core/intake/MailDecoding.h"
#include "core/intake/MailParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>

namespace dd {

// Decodes `bytes` from `charset` byte run by byte run: an invalid byte becomes U+FFFD
// and the rest is still read as declared. A null string when iconv knows no such charset.
QString MailDecoding::convertLenient(const QByteArray& bytes, const char* charset, int& invalid)
{
    GIConv converter = g_iconv_open("UTF-8", charset);
    // NOLINTNEXTLINE(performance-no-int-to-ptr): (GIConv)-1 is g_iconv_open's documented failure value
    if (converter == reinterpret_cast<GIConv>(-1)) {
        return {};
    }
    QByteArray utf8;
    char buffer[4096];
    gchar* in = const_cast<gchar*>(bytes.constData());
    gsize inLeft = static_cast<gsize>(bytes.size());
    while (inLeft > 0) {
        gchar* out = buffer;
        gsize outLeft = sizeof buffer;
        const gsize converted = g_iconv(converter, &in, &inLeft, &out, &outLeft);
        const int error = errno;
        utf8.append(buffer, out - buffer);
        if (converted == static_cast<gsize>(-1) && error != E2BIG) {
            utf8.append("\xEF\xBF\xBD"); // EILSEQ, or EINVAL at the end: skip one byte
            ++in;
            --inLeft;
            ++invalid;
            g_iconv(converter, nullptr, nullptr, nullptr, nullptr);
        }
    }
    g_iconv_close(converter);
    return QString::fromUtf8(utf8);
}

int MailDecoding::invalidUtf8Sequences(const QByteArray& bytes)
{
    int invalid = 0;
    const char* position = bytes.constData();
    const char* end = position + bytes.size();
    while (position < end) {
        const char* stop = nullptr;
        if (g_utf8_validate(position, end - position, &stop)) {
            break;
        }
        ++invalid;
        position = stop + 1;
    }
    return invalid;
}

// The part's declared charset, through GMime's alias table (cp1251, x-cp1251 → iconv's
// name); invalid bytes are replaced, never a reason to read the whole part otherwise.
// Undeclared 8-bit text is UTF-8 when it mostly is, else windows-1251 (Russian mail).
QString MailDecoding::decodeText(const QByteArray& bytes, const char* declared, MailMessage& mail)
{
    int invalid = 0;
    QString text;
    QString charset = QString::fromLatin1(declared && *declared ? declared : "");
    if (!charset.isEmpty()) {
        const char* iconvName = g_mime_charset_iconv_name(declared);
        if (g_ascii_strcasecmp(iconvName, "UTF-8") == 0 || g_ascii_strcasecmp(iconvName, "US-ASCII") == 0) {
            invalid = invalidUtf8Sequences(bytes);
            text = QString::fromUtf8(bytes); // Qt puts U+FFFD for each invalid sequence
        } else {
            text = convertLenient(bytes, iconvName, invalid);
        }
        if (text.isNull() && !bytes.isEmpty()) {
            mail.warnings.append(MailParser::tr("unknown charset %1").arg(charset.left(40)));
            charset.clear();
        }
    }
    if (charset.isEmpty()) {
        invalid = invalidUtf8Sequences(bytes);
        const auto nonAscii = std::count_if(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
        if (invalid == 0 || invalid * 20 < nonAscii) {
            text = QString::fromUtf8(bytes);
        } else {
            invalid = 0;
            text = convertLenient(bytes, "WINDOWS-1251", invalid);
        }
    }
    if (invalid > 0) {
        mail.damage.append(MailParser::tr("%n byte(s) of the text did not match its charset %1 and "
                                          "were replaced by �",
                                          nullptr, invalid)
                               .arg(charset.isEmpty() ? QStringLiteral("UTF-8") : charset.left(40)));
    }
    return text;
}

bool MailDecoding::isWellFormedBase64(QByteArrayView encoded)
{
    qsizetype length = 0;
    int padding = 0;
    for (const char c : encoded) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            continue;
        }
        const bool alphabet
            = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (c == '=' ? ++padding > 2 : !alphabet || padding > 0) {
            return false;
        }
        ++length;
    }
    return length % 4 == 0;
}

} // namespace dd
