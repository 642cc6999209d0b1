#include "core/billing/CsvWriter.h"

#include <QTest>

using namespace dd;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void writesBomAndCrlf();
    void roundTripsAwkwardFields();
    void readsLfAndBlankLines();
    void refusesMalformedInput_data();
    void refusesMalformedInput();
};

void TestCsvWriter::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "abc"
                           << "abc";
    QTest::newRow("Cyrillic stays as is") << "Ромашка"
                                          << "Ромашка";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("double quote doubled") << "say \"hi\""
                                          << "\"say \"\"hi\"\"\"";
    QTest::newRow("line feed") << "a\nb"
                               << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("guillemets need nothing") << "«Купить»"
                                             << "«Купить»";
}

void TestCsvWriter::quotesOnlyWhatNeedsIt()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::quoted(field), written);
}

void TestCsvWriter::writesBomAndCrlf()
{
    CsvWriter csv;
    csv.addRow({ QStringLiteral("a"), QStringLiteral("b") });
    csv.addRow({ QStringLiteral("ё"), QString() });
    const QByteArray bytes = csv.toUtf8();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QByteArray("a,b\r\n\xD1\x91,\r\n"));
}

void TestCsvWriter::roundTripsAwkwardFields()
{
    const QList<QStringList> rows {
        { QStringLiteral("клиент"), QStringLiteral("сумма") },
        { QStringLiteral("ООО „Ромашка“, филиал \"Север\""), QStringLiteral("27000.00") },
        { QStringLiteral("строка 1\r\nстрока 2"), QString() },
        { QString(), QStringLiteral("\"") },
    };
    CsvWriter csv;
    for (const QStringList& row : rows) {
        csv.addRow(row);
    }
    const auto parsed = CsvReader::parse(csv.toUtf8());
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.rows, rows);
}

void TestCsvWriter::readsLfAndBlankLines()
{
    const auto parsed = CsvReader::parse("a,b\n\nc,\"d\nе\"\n");
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.rows.size(), 2);
    QCOMPARE(parsed.rows.at(1), (QStringList { QStringLiteral("c"), QStringLiteral("d\nе") }));
}

void TestCsvWriter::refusesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed quote") << QByteArray("a,b\r\nc,\"d\r\n") << 3;
    QTest::newRow("quote inside a field") << QByteArray("a,b\"c\r\n") << 1;
    QTest::newRow("text after closing quote") << QByteArray("x\r\n\"a\"b,c\r\n") << 2;
}

void TestCsvWriter::refusesMalformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    const auto parsed = CsvReader::parse(input);
    QVERIFY(!parsed.error.isEmpty());
    QCOMPARE(parsed.errorLine, line);
    QVERIFY(parsed.rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
