#include "core/util/CredentialStore.h"

#include <QTest>

using namespace dd;

// Runs inside tests/support/with-keyring.sh: a private D-Bus session with gnome-keyring.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storesReadsAndRemovesPasswords();
    void missingEntryIsNotAnError();
    void keysSeparateDatabases();
    void urlInSettingsNeverHoldsThePassword();
};

void TestCredentialStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
}

void TestCredentialStore::storesReadsAndRemovesPasswords()
{
    const CredentialStore store(QStringLiteral("Dutydesk-test"));
    const QString key = QStringLiteral("database:postgresql://anna@127.0.0.1:5432/support");
    QVERIFY2(store.writePassword(key, QStringLiteral("пароль с пробелом")).ok(), "write failed");
    auto read = store.readPassword(key);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QVERIFY(read->has_value());
    QCOMPARE(read->value(), QStringLiteral("пароль с пробелом"));

    QVERIFY(store.writePassword(key, QStringLiteral("second")).ok());
    QCOMPARE(store.readPassword(key)->value(), QStringLiteral("second"));

    QVERIFY(store.removePassword(key).ok());
    auto gone = store.readPassword(key);
    QVERIFY(gone.ok());
    QVERIFY(!gone->has_value());
}

void TestCredentialStore::missingEntryIsNotAnError()
{
    const CredentialStore store(QStringLiteral("Dutydesk-test"));
    auto read = store.readPassword(QStringLiteral("mailbox:imaps://nobody@127.0.0.1/INBOX"));
    QVERIFY(read.ok());
    QVERIFY(!read->has_value());
    QVERIFY(store.removePassword(QStringLiteral("mailbox:imaps://nobody@127.0.0.1/INBOX")).ok());
}

void TestCredentialStore::keysSeparateDatabases()
{
    const CredentialStore store(QStringLiteral("Dutydesk-test"));
    const auto first = *DatabaseLocation::parse(QStringLiteral("postgresql://anna@db1:5432/support"));
    const auto second = *DatabaseLocation::parse(QStringLiteral("postgresql://anna@db2:5432/support"));
    QVERIFY(CredentialStore::databaseKey(first) != CredentialStore::databaseKey(second));
    QVERIFY(store.writePassword(CredentialStore::databaseKey(first), QStringLiteral("one")).ok());
    QVERIFY(store.writePassword(CredentialStore::databaseKey(second), QStringLiteral("two")).ok());
    QCOMPARE(store.readPassword(CredentialStore::databaseKey(first))->value(), QStringLiteral("one"));
    QCOMPARE(store.readPassword(CredentialStore::databaseKey(second))->value(), QStringLiteral("two"));
}

void TestCredentialStore::urlInSettingsNeverHoldsThePassword()
{
    // The key (what settings may show) is built from a URL that cannot carry a password.
    QVERIFY(!DatabaseLocation::parse(QStringLiteral("postgresql://anna:secret@db1:5432/support")).ok());
    const auto location = *DatabaseLocation::parse(QStringLiteral("postgresql://anna@db1:5432/support"));
    QVERIFY(!CredentialStore::databaseKey(location).contains(QStringLiteral("secret")));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
