#include "core/domain/Actor.h"
#include "core/storage/Database.h"
#include "core/storage/SharedSettings.h"
#include "core/storage/UserRepository.h"
#include "tests/core/storage/ServerRoleFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace dd;

// What only an administrator may change on the shared database, as the server enforces it
// (issue 17): the shared settings, stamped and kept in their history, and the people's
// server logins, which follow their user rows.
class TestServerAdministration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sharedSettingsAreStampedAndAdminOnly();
    void loginsFollowTheUsersTable();

private:
    static Result<QSqlQuery> run(Database& database, const QString& sql) { return database.run(sql); }

    test::ServerRoleFixture m_fixture;
};

void TestServerAdministration::initTestCase()
{
    const Status started = m_fixture.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void TestServerAdministration::cleanupTestCase()
{
    m_fixture.stop();
}

void TestServerAdministration::sharedSettingsAreStampedAndAdminOnly()
{
    // An administrator's change: the server names them and the time, whatever the client sends.
    Database* admin = m_fixture.as(QStringLiteral("alex"));
    QVERIFY(admin);
    const Actor impostor { m_fixture.id(QStringLiteral("boris")), QStringLiteral("boris"), {} };
    const Status written = SharedSettings::set(*admin, setting::warningPercent, QStringLiteral("35"), impostor);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    const auto value = SharedSettings::value(m_fixture.owner(), setting::warningPercent);
    QVERIFY(value.ok());
    QCOMPARE(value->updatedBy, QStringLiteral("alex"));
    const auto changes = SharedSettings::history(m_fixture.owner(), setting::warningPercent);
    QVERIFY(changes.ok() && !changes->isEmpty());
    QCOMPARE(changes->first().by, QStringLiteral("alex"));
    QCOMPARE(changes->first().newValue, QStringLiteral("35"));
    // A manager (who could before issue 17) and an engineer are refused by the server.
    for (const QString& login : { QStringLiteral("boris"), QStringLiteral("anna") }) {
        Database* other = m_fixture.as(login);
        QVERIFY(other);
        const Status refused = SharedSettings::set(*other, setting::warningPercent, QStringLiteral("40"), Actor {});
        QVERIFY2(!refused.ok(), qPrintable(login));
        QVERIFY2(refused.error().message.contains(QStringLiteral("permission denied")),
                 qPrintable(refused.error().message));
    }
    // The history cannot be written or rewritten directly, even by an administrator.
    QVERIFY(!run(*admin, QStringLiteral("DELETE FROM settings_history")).ok());
    QVERIFY(!run(*admin,
                 QStringLiteral("INSERT INTO settings_history (key, new_value, changed_at) "
                                "VALUES ('x', 'y', 0)"))
                 .ok());
}

void TestServerAdministration::loginsFollowTheUsersTable()
{
    // Issue 17: an administrator's edit of a person reaches their server login — roles
    // granted and revoked, a deactivated person can no longer connect.
    Database* admin = m_fixture.as(QStringLiteral("alex"));
    QVERIFY(admin);
    const UserRepository users(*admin);
    auto tom = users.findByLogin(QStringLiteral("tom"));
    QVERIFY(tom.ok() && tom->has_value());
    User changed = **tom;
    changed.roles = { Role::Tester, Role::Engineer };
    const Status updated = users.update(changed, changed.version);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    const auto member = [this](const QString& group) {
        auto held = m_fixture.owner().runScalar(QStringLiteral("SELECT pg_has_role('tom', ?, 'MEMBER')"), { group });
        return held.ok() && held->toBool();
    };
    QVERIFY(member(QStringLiteral("dutydesk_engineer")));
    QVERIFY(member(QStringLiteral("dutydesk_tester")));
    changed = *users.findByLogin(QStringLiteral("tom")).value();
    changed.roles = { Role::Engineer };
    QVERIFY(users.update(changed, changed.version).ok());
    QVERIFY(!member(QStringLiteral("dutydesk_tester")));

    // Nobody else may move logins, even through the function itself.
    Database* engineer = m_fixture.as(QStringLiteral("anna"));
    QVERIFY(engineer);
    QVERIFY(!run(*engineer, QStringLiteral("SELECT dutydesk_sync_login('tom')")).ok());

    QVERIFY(m_fixture.connect(QStringLiteral("tom")).ok());
    const Actor alex { m_fixture.id(QStringLiteral("alex")), QStringLiteral("alex"), {} };
    const Status deactivated = users.deactivate(QStringLiteral("tom"), std::nullopt, alex);
    QVERIFY2(deactivated.ok(), qPrintable(deactivated.ok() ? QString() : deactivated.error().message));
    auto refused = m_fixture.connect(QStringLiteral("tom"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("not permitted to log in")),
             qPrintable(refused.error().message));
    QVERIFY(!member(QStringLiteral("dutydesk_engineer")));
}

QTEST_GUILESS_MAIN(TestServerAdministration)
#include "TestServerAdministration.moc"
