#include "core/billing/CsvWriter.h"

#include <QCoreApplication>

namespace dd {

namespace {

// RFC 4180 read character by character: the row and field being read and where the
// reader stands (inside quotes, just after a quoted field, on which line).
class CsvScanner
{
public:
    explicit CsvScanner(const QString& text)
        : m_text(text)
    { }

    // Appends the rows read to `rows`; returns the (untranslated) reason the input is
    // refused, or nullptr.
    const char* scan(QList<QStringList>& rows)
    {
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_inQuotes) {
                i = quoted(i);
            } else if (const char* error = unquoted(i, rows)) {
                return error;
            }
        }
        if (m_inQuotes) {
            return "a quoted field is never closed";
        }
        if (m_rowStarted || !m_field.isEmpty()) {
            m_row << m_field;
            rows << m_row;
        }
        return nullptr;
    }

    int line() const { return m_line; }

private:
    // Inside quotes: a doubled quote is one quote, a single one closes the field.
    // Returns the index of the last character used.
    qsizetype quoted(qsizetype i)
    {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"')) {
            if (i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('"')) {
                m_field += c;
                return i + 1;
            }
            m_inQuotes = false;
            return i;
        }
        if (c == QLatin1Char('\n')) {
            ++m_line;
        }
        m_field += c;
        return i;
    }

    // Outside quotes; moves `i` past a CR LF pair.
    const char* unquoted(qsizetype& i, QList<QStringList>& rows)
    {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"')) {
            if (!m_field.isEmpty() || m_wasQuoted) {
                return "a double quote inside an unquoted field";
            }
            m_inQuotes = true;
            m_wasQuoted = true;
            m_rowStarted = true;
        } else if (c == QLatin1Char(',')) {
            m_row << m_field;
            m_field.clear();
            m_wasQuoted = false;
            m_rowStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endLine(rows);
        } else {
            if (m_wasQuoted) {
                return "text after a closing double quote";
            }
            m_field += c;
            m_rowStarted = true;
        }
        return nullptr;
    }

    // A line break outside quotes ends the row; blank lines make no row.
    void endLine(QList<QStringList>& rows)
    {
        if (m_rowStarted || !m_field.isEmpty()) {
            m_row << m_field;
            rows << m_row;
        }
        m_row.clear();
        m_field.clear();
        m_wasQuoted = false;
        m_rowStarted = false;
        ++m_line;
    }

    const QString& m_text;
    QStringList m_row;
    QString m_field;
    bool m_inQuotes = false;
    bool m_wasQuoted = false;
    bool m_rowStarted = false;
    int m_line = 1;
};

} // namespace

void CsvWriter::addRow(const QStringList& fields)
{
    m_rows << fields;
}

QString CsvWriter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return field;
    }
    QString inner = field;
    inner.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QByteArray CsvWriter::toUtf8() const
{
    QByteArray bytes("\xEF\xBB\xBF");
    for (const QStringList& row : m_rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& field : row) {
            fields << quoted(field);
        }
        bytes += fields.join(QLatin1Char(',')).toUtf8();
        bytes += "\r\n";
    }
    return bytes;
}

CsvReader::Parsed CsvReader::parse(const QByteArray& utf8)
{
    Parsed parsed;
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    CsvScanner scanner(text);
    if (const char* error = scanner.scan(parsed.rows)) {
        parsed.rows.clear();
        parsed.error = CsvReader::tr(error);
        parsed.errorLine = scanner.line();
    }
    return parsed;
}

} // namespace dd
