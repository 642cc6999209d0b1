#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/KeychainPasswordProvider.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"

#include <QSqlQuery>
#include <QTest>

using namespace dd;

// Runs inside tests/support/with-keyring.sh, against a server where every role but the
// superuser must give a password (scram-sha-256): the password comes from the system
// keychain, never from the URL (docs/rules.md#shared-database).
class TestKeychainPassword : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutAPasswordTheServerRefuses();
    void passwordFromTheKeychainConnects();
    void wrongPasswordIsRefused();
    void commandLineUsesTheKeychain();

private:
    DatabaseLocation location() const;

    std::unique_ptr<test::PostgresServer> m_server;
    const QString m_password = QStringLiteral("секрет с пробелом-42");
};

DatabaseLocation TestKeychainPassword::location() const
{
    return *DatabaseLocation::parse(m_server->url(QStringLiteral("support"), QStringLiteral("anna")));
}

void TestKeychainPassword::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    test::PostgresServer::Options options;
    options.passwordAuth = true;
    auto server = test::PostgresServer::start(options);
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();
    QVERIFY(m_server->createDatabase(QStringLiteral("support")).ok());
    {
        auto admin = m_server->connect(QStringLiteral("keychain-admin"), QStringLiteral("support"));
        QVERIFY(admin.ok());
        QSqlQuery query(*admin);
        // CREATE ROLE cannot take a bound value; the literal is the test's own.
        // anna owns the database and migrates it, so she creates the group roles.
        QVERIFY(query.exec(QStringLiteral("CREATE ROLE anna LOGIN CREATEROLE PASSWORD '%1'").arg(m_password)));
        QVERIFY(query.exec(QStringLiteral("GRANT ALL ON SCHEMA public TO anna")));
        QVERIFY(query.exec(QStringLiteral("ALTER DATABASE support OWNER TO anna")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keychain-admin"));
    // The key of the keychain entry is what settings show: no password in it.
    QVERIFY(!CredentialStore::databaseKey(location()).contains(m_password));
    QVERIFY(CredentialStore().removePassword(CredentialStore::databaseKey(location())).ok());
    KeychainPasswordProvider::install();
}

void TestKeychainPassword::cleanupTestCase()
{
    KeychainPasswordProvider::uninstall();
    m_server.reset();
}

void TestKeychainPassword::withoutAPasswordTheServerRefuses()
{
    auto opened = SchemaCatalog::open(location());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("password")), qPrintable(opened.error().message));
    QVERIFY(KeychainPasswordProvider::lastError().isEmpty());
}

void TestKeychainPassword::passwordFromTheKeychainConnects()
{
    QVERIFY(KeychainPasswordProvider::save(location(), m_password).ok());
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(location(), options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    auto who = opened.value()->run(QStringLiteral("SELECT current_user"));
    QVERIFY(who.ok() && who.value().next());
    QCOMPARE(who.value().value(0).toString(), QStringLiteral("anna"));
    // The session carries no password in anything the app shows or stores.
    QVERIFY(!opened.value()->location().displayName().contains(m_password));
}

void TestKeychainPassword::wrongPasswordIsRefused()
{
    QVERIFY(KeychainPasswordProvider::save(location(), QStringLiteral("not it")).ok());
    auto opened = SchemaCatalog::open(location());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("password authentication failed")),
             qPrintable(opened.error().message));
    QVERIFY(KeychainPasswordProvider::save(location(), m_password).ok());
}

void TestKeychainPassword::commandLineUsesTheKeychain()
{
    QVERIFY(KeychainPasswordProvider::save(location(), m_password).ok());
    const QStringList migrate { QStringLiteral("migrate"), QStringLiteral("--database"), location().displayName() };
    const test::ProcessRun withPassword = test::runBuilt(QStringLiteral("dutydeskctl"), migrate);
    QVERIFY2(withPassword.exitCode == 0, qPrintable(withPassword.err));

    QVERIFY(CredentialStore().removePassword(CredentialStore::databaseKey(location())).ok());
    const test::ProcessRun withoutPassword = test::runBuilt(QStringLiteral("dutydeskctl"), migrate);
    QCOMPARE(withoutPassword.exitCode, 1);
    QCOMPARE(withoutPassword.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(withoutPassword.err.contains(QStringLiteral("password")), qPrintable(withoutPassword.err));
}

QTEST_GUILESS_MAIN(TestKeychainPassword)
#include "TestKeychainPassword.moc"
