#include "tests/support/PostgresServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dd;

class TestPostgresFixture : public QObject
{
    Q_OBJECT

private slots:
    void serverAnswersQueries();
    void serverSurvivesRestart();

private:
    std::unique_ptr<test::PostgresServer> m_server;
};

void TestPostgresFixture::serverAnswersQueries()
{
    auto started = test::PostgresServer::start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_server = std::move(started).value();
    QVERIFY(m_server->port() > 0);
    QVERIFY(m_server->createDatabase(QStringLiteral("fixture")).ok());
    {
        auto db = m_server->connect(QStringLiteral("fixture-check"), QStringLiteral("fixture"));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QSqlQuery query(*db);
        QVERIFY(query.prepare(QStringLiteral("SELECT current_database(), inet_server_port(), ?::int + 1")));
        query.addBindValue(41);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("fixture"));
        QCOMPARE(query.value(1).toInt(), m_server->port());
        QCOMPARE(query.value(2).toInt(), 42);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture-check"));
}

void TestPostgresFixture::serverSurvivesRestart()
{
    QVERIFY(m_server);
    QVERIFY(m_server->stop().ok());
    QVERIFY(!m_server->isRunning());
    QVERIFY(!m_server->connect(QStringLiteral("while-down")).ok());
    QSqlDatabase::removeDatabase(QStringLiteral("while-down"));
    QVERIFY(m_server->restart().ok());
    {
        auto db = m_server->connect(QStringLiteral("after-restart"), QStringLiteral("fixture"));
        QVERIFY(db.ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("after-restart"));
}

QTEST_GUILESS_MAIN(TestPostgresFixture)
#include "TestPostgresFixture.moc"
