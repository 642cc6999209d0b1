#include "core/util/DatabaseLocation.h"

#include <QTest>

using namespace dd;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void parsesPostgresUrl();
    void parsesSqlitePath();
    void refusesPasswordsInUrls();
    void refusesUnknownSchemes();
    void defaultIsInAppData();
};

void TestDatabaseLocation::parsesPostgresUrl()
{
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://anna@db.local:5433/support"));
    QVERIFY(location.ok());
    QVERIFY(location->isPostgres());
    QCOMPARE(location->user, QStringLiteral("anna"));
    QCOMPARE(location->host, QStringLiteral("db.local"));
    QCOMPARE(location->port, 5433);
    QCOMPARE(location->databaseName, QStringLiteral("support"));
    QCOMPARE(location->displayName(), QStringLiteral("postgresql://anna@db.local:5433/support"));
}

void TestDatabaseLocation::parsesSqlitePath()
{
    const auto location = DatabaseLocation::parse(QStringLiteral("/tmp/desk.sqlite"));
    QVERIFY(location.ok());
    QVERIFY(!location->isPostgres());
    QCOMPARE(location->sqlitePath, QStringLiteral("/tmp/desk.sqlite"));
}

void TestDatabaseLocation::refusesPasswordsInUrls()
{
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://anna:secret@db.local/support"));
    QVERIFY(!location.ok());
    QVERIFY(location.error().message.contains(QStringLiteral("keychain")));
}

void TestDatabaseLocation::refusesUnknownSchemes()
{
    QVERIFY(!DatabaseLocation::parse(QStringLiteral("mysql://anna@db/support")).ok());
    QVERIFY(!DatabaseLocation::parse(QStringLiteral("postgresql://anna@db.local:5432/")).ok());
    QVERIFY(!DatabaseLocation::parse(QString()).ok());
}

void TestDatabaseLocation::defaultIsInAppData()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dutydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk"));
    const DatabaseLocation location = DatabaseLocation::defaultLocation();
    QVERIFY(location.sqlitePath.endsWith(QStringLiteral("/dutydesk.sqlite")));
    QVERIFY(location.sqlitePath.contains(QStringLiteral("Dutydesk/dutydesk")));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "TestDatabaseLocation.moc"
