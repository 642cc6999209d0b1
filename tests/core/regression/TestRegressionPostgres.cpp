#include "tests/core/regression/RegressionFixture.h"
#include "tests/support/PostgresServer.h"

#include "core/regression/RegressionRepository.h"
#include "core/storage/ServerRolesMigration.h"
#include "core/storage/TicketRepository.h"
#include "tests/support/FakeClock.h"

#include <QSqlQuery>
#include <QTest>

using namespace dd;

// The run log on the shared database with the server enforcing roles (docs/rules.md#roles): a tester
// logs in as their own role, logs the runs of their projects and files defects; another
// tester neither sees those runs nor starts them.
class TestRegressionPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testerLogsARunOfTheirProject();
    void otherTesterSeesNothingOfIt();

private:
    std::unique_ptr<Database> login(const QString& name);

    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<test::RegressionFixture> m_fixture;
    qint64 m_runId = 0;
};

std::unique_ptr<Database> TestRegressionPostgres::login(const QString& name)
{
    auto opened = m_server->open(QStringLiteral("testing"), name);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestRegressionPostgres::initTestCase()
{
    Clock::install(std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC)));
    auto server = test::PostgresServer::start();
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();
    QVERIFY(m_server->createDatabase(QStringLiteral("testing")).ok());
    QString error;
    m_fixture = std::make_unique<test::RegressionFixture>(&error, m_server->url(QStringLiteral("testing")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Logins for the fixture's tester and a second tester without projects.
    QSqlQuery query(m_fixture->db().connection());
    for (const QString& sql : { QStringLiteral("CREATE ROLE olga LOGIN"), QStringLiteral("GRANT %1 TO olga"),
                                QStringLiteral("CREATE ROLE vera LOGIN"), QStringLiteral("GRANT %1 TO vera"),
                                QStringLiteral("INSERT INTO users (login, full_name, created_at) "
                                               "VALUES ('vera', 'Vera', 0)") }) {
        QVERIFY2(query.exec(sql.arg(ServerRolesMigration::groupRoleFor(Role::Tester))),
                 qPrintable(Database::sqlError(query).message));
    }
}

void TestRegressionPostgres::cleanupTestCase()
{
    m_fixture.reset();
    m_server.reset();
    Clock::install(nullptr);
}

void TestRegressionPostgres::testerLogsARunOfTheirProject()
{
    auto olga = login(QStringLiteral("olga"));
    QVERIFY(olga);
    const RegressionRepository repo(*olga);
    auto run = repo.startRegression(m_fixture->shop.id, m_fixture->testerActor());
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
    m_runId = run->id;
    QCOMPARE(run->items.size(), 14);
    QVERIFY(repo.record(run->id, QStringLiteral("payment"), ItemResult::Fail, QStringLiteral("500 on card payment"),
                        m_fixture->testerActor())
                .ok());
    QVERIFY(repo.attach(run->item(QStringLiteral("payment"))->id, QStringLiteral("pay.png"),
                        QStringLiteral("image/png"), QByteArray("png"))
                .ok());
    auto ticket = repo.ticketFromItem(run->item(QStringLiteral("payment"))->id, m_fixture->testerActor());
    QVERIFY2(ticket.ok(), qPrintable(ticket.ok() ? QString() : ticket.error().message));
    QCOMPARE(ticket->category, QStringLiteral("bug-fixing"));
    for (const RegressionRunItem& item : run->items) {
        if (item.slug != QLatin1String("payment")) {
            QVERIFY(repo.record(run->id, item.slug, ItemResult::Pass, {}, m_fixture->testerActor()).ok());
        }
    }
    auto finished = repo.finish(run->id, QStringLiteral("Payment broken"), m_fixture->testerActor());
    QVERIFY2(finished.ok(), qPrintable(finished.ok() ? QString() : finished.error().message));
    auto schedule = repo.schedule(RegressionPlan::moscowToday());
    QVERIFY(schedule.ok());
    int done = 0;
    for (const ScheduleEntry& e : *schedule) {
        done += e.state == ScheduleState::Done ? 1 : 0;
    }
    QCOMPARE(done, 1);
}

void TestRegressionPostgres::otherTesterSeesNothingOfIt()
{
    QVERIFY(m_runId != 0);
    auto vera = login(QStringLiteral("vera"));
    QVERIFY(vera);
    const RegressionRepository repo(*vera);
    auto runs = repo.runs();
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 0);
    QVERIFY(!repo.run(m_runId).ok());
    auto schedule = repo.schedule(RegressionPlan::moscowToday());
    QVERIFY(schedule.ok());
    QCOMPARE(schedule->size(), 0); // no project of hers
    QVERIFY(!repo.startRegression(m_fixture->second.id, Actor { 0, QStringLiteral("vera"), {} }).ok());
    QSqlQuery query(vera->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM test_attachments")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRegressionPostgres)
#include "TestRegressionPostgres.moc"
