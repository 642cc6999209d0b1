#include "core/sync/RowChange.h"

#include <QJsonDocument>
#include <QTest>

using namespace dd;

class TestRowChange : public QObject
{
    Q_OBJECT

private slots:
    void parsesPayload_data();
    void parsesPayload();
    void jsonLineForWatch();
};

void TestRowChange::parsesPayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<QString>("operation");
    QTest::newRow("ticket update") << QByteArray(R"({"table" : "tickets", "operation" : "update", "id" : 42, )"
                                                 R"("version" : 7})")
                                   << true << "tickets" << qint64(42) << qint64(7) << "update";
    QTest::newRow("table without version") << QByteArray(R"({"table":"messages","operation":"insert","id":5,)"
                                                         R"("version":null})")
                                           << true << "messages" << qint64(5) << qint64(0) << "insert";
    QTest::newRow("text key") << QByteArray(R"({"table":"settings","operation":"update","id":null,"version":3})")
                              << true << "settings" << qint64(0) << qint64(3) << "update";
    QTest::newRow("not json") << QByteArray("tickets 42") << false << "" << qint64(0) << qint64(0) << "";
    QTest::newRow("no table") << QByteArray(R"({"id":1})") << false << "" << qint64(0) << qint64(0) << "";
}

void TestRowChange::parsesPayload()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, valid);
    const auto change = RowChange::fromPayload(payload);
    QCOMPARE(change.has_value(), valid);
    if (!valid) {
        return;
    }
    QTEST(change->table, "table");
    QTEST(change->id, "id");
    QTEST(change->version, "version");
    QTEST(change->operation, "operation");
}

void TestRowChange::jsonLineForWatch()
{
    RowChange change { QStringLiteral("tickets"), 42, 7, QStringLiteral("update"), false };
    QCOMPARE(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"id":42,"operation":"update","table":"tickets","version":7})"));
    change.id = 0;
    change.version = 0;
    QCOMPARE(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"id":null,"operation":"update","table":"tickets","version":null})"));
    // Round trip through the payload format.
    QCOMPARE(RowChange::fromPayload(QJsonDocument(change.toJson()).toJson()), change);
}

QTEST_GUILESS_MAIN(TestRowChange)
#include "TestRowChange.moc"
