#include "ui/common/PlainText.h"

#include <QTextDocument>

namespace dd {

QString plainToolTip(const QString& text)
{
    if (!Qt::mightBeRichText(text)) {
        return text;
    }
    // Rich text that says the plain text: escaped, with its line breaks and spaces kept.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace dd
