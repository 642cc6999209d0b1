#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dd {

// RFC 4180 CSV: fields separated by commas, a field with a comma, a double quote, a CR
// or LF is enclosed in double quotes with inner quotes doubled, records end in CRLF.
// The bytes are UTF-8 with a byte-order mark: without it LibreOffice Calc and Excel
// guess a legacy code page and show Cyrillic as mojibake; with it they detect UTF-8.
class CsvWriter
{
public:
    void addRow(const QStringList& fields);
    QByteArray toUtf8() const; // BOM + records
    static QString quoted(const QString& field);

private:
    QList<QStringList> m_rows;
};

// The reverse, for tests and imports: accepts a leading BOM, CRLF or LF record ends,
// quoted fields with doubled quotes and embedded line breaks. A quote left open or a
// stray quote inside an unquoted field is an error naming the line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(dd::CsvReader)

public:
    struct Parsed
    {
        QList<QStringList> rows;
        QString error; // empty when the input was valid
        int errorLine = 0;
    };
    static Parsed parse(const QByteArray& utf8);
};

} // namespace dd
