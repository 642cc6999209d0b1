#include "core/intake/HtmlToText.h"

#include <libxml/HTMLparser.h>

#include <QRegularExpression>

namespace dd {

namespace {

bool isOneOf(const xmlChar* name, std::initializer_list<const char*> names)
{
    for (const char* candidate : names) {
        if (xmlStrcasecmp(name, reinterpret_cast<const xmlChar*>(candidate)) == 0) {
            return true;
        }
    }
    return false;
}

QString attribute(xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) {
        return {};
    }
    QString result = QString::fromUtf8(reinterpret_cast<const char*>(value)).trimmed();
    xmlFree(value);
    return result;
}

// Accumulates text with HTML's whitespace rules: runs of blanks collapse to one space,
// block elements start on a new line, at most one empty line in a row.
class TextBuilder
{
public:
    void text(const QString& chunk, bool preformatted)
    {
        if (preformatted) {
            flushSpace();
            m_out += chunk;
            return;
        }
        for (const QChar c : chunk) {
            if (c.isSpace()) {
                m_pendingSpace = !m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n'));
            } else {
                flushSpace();
                m_out += c;
            }
        }
    }
    void lineBreak()
    {
        m_pendingSpace = false;
        m_out += QLatin1Char('\n');
    }
    void blockBoundary(bool emptyLine)
    {
        m_pendingSpace = false;
        if (m_out.isEmpty()) {
            return;
        }
        if (!m_out.endsWith(QLatin1Char('\n'))) {
            m_out += QLatin1Char('\n');
        }
        if (emptyLine && !m_out.endsWith(QLatin1String("\n\n"))) {
            m_out += QLatin1Char('\n');
        }
    }
    void raw(const QString& s)
    {
        flushSpace();
        m_out += s;
    }
    bool atLineStart() const { return m_out.isEmpty() || m_out.endsWith(QLatin1Char('\n')); }
    QString finish() const
    {
        QStringList lines = m_out.split(QLatin1Char('\n'));
        for (QString& line : lines) {
            while (!line.isEmpty() && line.back().isSpace()) {
                line.chop(1);
            }
        }
        QString result = lines.join(QLatin1Char('\n'));
        static const QRegularExpression manyEmptyLines(QStringLiteral("\n{3,}"));
        result.replace(manyEmptyLines, QStringLiteral("\n\n"));
        return result.trimmed();
    }

private:
    void flushSpace()
    {
        if (m_pendingSpace) {
            m_out += QLatin1Char(' ');
            m_pendingSpace = false;
        }
    }

    QString m_out;
    bool m_pendingSpace = false;
};

void walk(xmlNode* node, TextBuilder& out, bool preformatted);

void walkChildren(xmlNode* node, TextBuilder& out, bool preformatted)
{
    for (xmlNode* child = node->children; child; child = child->next) {
        walk(child, out, preformatted);
    }
}

void walkElement(xmlNode* node, TextBuilder& out, bool preformatted)
{
    const xmlChar* name = node->name;
    if (isOneOf(name, { "script", "style", "head", "title", "noscript", "template" })) {
        return;
    }
    if (isOneOf(name, { "br" })) {
        out.lineBreak();
        return;
    }
    if (isOneOf(name, { "hr" })) {
        out.blockBoundary(false);
        out.raw(QStringLiteral("----------"));
        out.blockBoundary(false);
        return;
    }
    if (isOneOf(name, { "img" })) {
        const QString alt = attribute(node, "alt");
        if (!alt.isEmpty()) {
            out.raw(QStringLiteral("[%1]").arg(alt));
        }
        return;
    }
    const bool paragraph
        = isOneOf(name, { "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "ul", "ol", "dl" });
    const bool block = paragraph
        || isOneOf(name,
                   { "div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "address", "center",
                     "form", "fieldset", "caption" });
    if (block) {
        out.blockBoundary(paragraph);
    }
    if (isOneOf(name, { "li" })) {
        out.raw(QStringLiteral("• "));
    }
    if (isOneOf(name, { "td", "th" }) && !out.atLineStart()) {
        out.raw(QStringLiteral(" | "));
    }
    walkChildren(node, out, preformatted || isOneOf(name, { "pre" }));
    if (isOneOf(name, { "a" })) {
        // Clients paste links to broken pages; the address matters more than the words.
        const QString href = attribute(node, "href");
        if (href.startsWith(QLatin1String("http"), Qt::CaseInsensitive)) {
            QString shown;
            for (xmlNode* child = node->children; child; child = child->next) {
                xmlChar* content = xmlNodeGetContent(child);
                shown += QString::fromUtf8(reinterpret_cast<const char*>(content));
                xmlFree(content);
            }
            if (shown.trimmed() != href) {
                out.raw(QStringLiteral(" (%1)").arg(href));
            }
        }
    }
    if (block) {
        out.blockBoundary(paragraph);
    }
}

void walk(xmlNode* node, TextBuilder& out, bool preformatted)
{
    switch (node->type) {
    case XML_ELEMENT_NODE:
        walkElement(node, out, preformatted);
        break;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
        out.text(QString::fromUtf8(reinterpret_cast<const char*>(node->content)), preformatted);
        break;
    case XML_DOCUMENT_NODE:
    case XML_HTML_DOCUMENT_NODE:
        walkChildren(node, out, preformatted);
        break;
    default:
        break;
    }
}

} // namespace

QString HtmlToText::convert(const QByteArray& html, const QByteArray& charset, bool* complete)
{
    if (complete) {
        *complete = true;
    }
    if (html.trimmed().isEmpty()) {
        return {};
    }
    QString text = walkDocument(html, charset);
    if (!text.trimmed().isEmpty()) {
        return text;
    }
    // libxml2 gives up on deep nesting (256 levels) and returns an empty tree: the text
    // between the tags is still the client's request.
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blanks(QStringLiteral("[ \\t\\r\\f]+"));
    QString bare = QString::fromUtf8(html);
    bare.remove(tags).replace(blanks, QStringLiteral(" "));
    bare = bare.trimmed();
    if (!bare.isEmpty() && complete) {
        *complete = false;
    }
    return bare;
}

QString HtmlToText::walkDocument(const QByteArray& html, const QByteArray& charset)
{
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(html.constData(), static_cast<int>(html.size()), nullptr,
                                    charset.isEmpty() ? nullptr : charset.constData(), options);
    if (!doc) {
        return {};
    }
    TextBuilder out;
    walk(reinterpret_cast<xmlNode*>(doc), out, false);
    xmlFreeDoc(doc);
    return out.finish();
}

} // namespace dd
