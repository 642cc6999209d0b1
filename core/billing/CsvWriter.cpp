#include "core/billing/CsvWriter.h"

#include <QCoreApplication>

namespace dd {

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
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    bool rowStarted = false;
    int line = 1;
    const auto fail = [&](const char* message) {
        parsed.rows.clear();
        parsed.error = CsvReader::tr(message);
        parsed.errorLine = line;
        return parsed;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                return fail("a double quote inside an unquoted field");
            }
            inQuotes = true;
            wasQuoted = true;
            rowStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
            rowStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            if (rowStarted || !field.isEmpty()) {
                row << field;
                parsed.rows << row;
            }
            row.clear();
            field.clear();
            wasQuoted = false;
            rowStarted = false;
            ++line;
        } else {
            if (wasQuoted) {
                return fail("text after a closing double quote");
            }
            field += c;
            rowStarted = true;
        }
    }
    if (inQuotes) {
        return fail("a quoted field is never closed");
    }
    if (rowStarted || !field.isEmpty()) {
        row << field;
        parsed.rows << row;
    }
    return parsed;
}

} // namespace dd
