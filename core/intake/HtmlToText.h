#pragma once

#include <QByteArray>
#include <QString>

namespace dd {

// Turns an HTML mail body into readable plain text: paragraphs and line breaks kept,
// lists bulleted, table cells separated, links followed by their address, scripts and
// styles dropped. libxml2's HTML parser does the parsing, so real-world tag soup is
// read the way browsers read it.
class HtmlToText
{
public:
    // `charset` is the MIME part's declared charset; empty lets the document's own
    // <meta charset> decide.
    // `complete` becomes false when the layout was lost (nesting beyond libxml2's limit)
    // and only the bare text between the tags could be kept.
    static QString convert(const QByteArray& html, const QByteArray& charset = {}, bool* complete = nullptr);

private:
    static QString walkDocument(const QByteArray& html, const QByteArray& charset);
};

} // namespace dd
