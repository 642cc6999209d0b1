#include "ui/common/DataSize.h"

#include "core/util/Translations.h"

#include <QTest>

using namespace dd;

// Sizes read as people write them, in both interface languages (attachments in the
// conversation, held mail in quarantine).
class TestDataSize : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void sizes_data();
    void sizes();
};

void TestDataSize::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestDataSize::sizes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("shown");
    const QList<std::tuple<qint64, const char*, const char*>> rows {
        { 1, "1 байт", "1 byte" },
        { 2, "2 байта", "2 bytes" },
        { 5, "5 байт", "5 bytes" },
        { 21, "21 байт", "21 bytes" },
        { 762, "762 байта", "762 bytes" },
        { 1023, "1023 байта", "1023 bytes" },
        { 2161, "2,1 КБ", "2.1 KB" },
        { 15 * 1024, "15 КБ", "15 KB" },
        { 14 * 1024 * 1024, "14 МБ", "14 MB" },
        { qint64(3) << 30, "3,0 ГБ", "3.0 GB" },
    };
    for (const auto& [bytes, russian, english] : rows) {
        QTest::addRow("ru %lld", bytes) << QStringLiteral("ru") << bytes << QString::fromUtf8(russian);
        QTest::addRow("en %lld", bytes) << QStringLiteral("en") << bytes << QString::fromUtf8(english);
    }
}

void TestDataSize::sizes()
{
    QFETCH(QString, language);
    QFETCH(qint64, bytes);
    QFETCH(QString, shown);
    installTranslations(language);
    QCOMPARE(formatDataSize(bytes), shown);
}

QTEST_GUILESS_MAIN(TestDataSize)
#include "TestDataSize.moc"
