#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestRows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

std::unique_ptr<Database> openDatabase(const QString& where)
{
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(where), options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// Edits the ticket every 100 ms until `watch` prints a line: the command needs a moment
// to connect, and nothing says when it listens. Returns the line.
QJsonObject touchUntilPrinted(QProcess& watch, const Database& database, qint64 ticketId)
{
    for (int i = 0; i < 100; ++i) {
        if (!test::touchTicket(database, ticketId, QStringLiteral("edit %1").arg(i))) {
            return {};
        }
        if (watch.canReadLine() || watch.waitForReadyRead(100)) {
            if (watch.canReadLine()) {
                return QJsonDocument::fromJson(watch.readLine()).object();
            }
        }
    }
    return {};
}

} // namespace

// dutydeskctl watch prints one JSON line per change as it happens (docs/rules.md#shared-database).
class TestWatchCli : public QObject
{
    Q_OBJECT

private slots:
    void printsChangesOfAnSqliteFile();
    void printsChangesOfPostgres();
    void unreachableServerIsOneLineAndExitOne();
    void outageIsToldAndWatchGoesOn();
};

void TestWatchCli::printsChangesOfAnSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    auto database = openDatabase(path);
    QVERIFY(database);
    auto client = test::insertClient(*database, QStringLiteral("Ромашка"));
    QVERIFY(client.ok());
    auto project = test::insertProject(*database, *client, QStringLiteral("shop"));
    QVERIFY(project.ok());
    auto ticket = test::insertTicket(*database, *project, QStringLiteral("Корзина"));
    QVERIFY(ticket.ok());

    QProcess watch;
    watch.start(test::programPath(QStringLiteral("dutydeskctl")),
                { QStringLiteral("--database"), path, QStringLiteral("watch"), QStringLiteral("--table"),
                  QStringLiteral("tickets"), QStringLiteral("--count"), QStringLiteral("1") });
    QVERIFY(watch.waitForStarted());
    const QJsonObject line = touchUntilPrinted(watch, *database, *ticket);
    QCOMPARE(line.value(QStringLiteral("table")).toString(), QStringLiteral("tickets"));
    QCOMPARE(line.value(QStringLiteral("id")).toInteger(), *ticket);
    QCOMPARE(line.value(QStringLiteral("operation")).toString(), QStringLiteral("update"));
    QVERIFY(line.value(QStringLiteral("version")).toInteger() >= 2);
    QVERIFY(watch.waitForFinished(10000));
    QCOMPARE(watch.exitCode(), 0);
}

void TestWatchCli::printsChangesOfPostgres()
{
    auto server = test::PostgresServer::start();
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    QVERIFY(server.value()->createDatabase(QStringLiteral("support")).ok());
    const QString url = server.value()->url(QStringLiteral("support"));
    auto database = openDatabase(url);
    QVERIFY(database);
    auto client = test::insertClient(*database, QStringLiteral("Ромашка"));
    QVERIFY(client.ok());
    auto project = test::insertProject(*database, *client, QStringLiteral("shop"));
    QVERIFY(project.ok());
    auto ticket = test::insertTicket(*database, *project, QStringLiteral("Корзина"));
    QVERIFY(ticket.ok());

    QProcess watch;
    watch.start(
        test::programPath(QStringLiteral("dutydeskctl")),
        { QStringLiteral("watch"), QStringLiteral("--database"), url, QStringLiteral("--count"), QStringLiteral("2") });
    QVERIFY(watch.waitForStarted());
    const QJsonObject first = touchUntilPrinted(watch, *database, *ticket);
    QCOMPARE(first.value(QStringLiteral("table")).toString(), QStringLiteral("tickets"));
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), *ticket);
    // The next change is the next line, with the version the write gave the row.
    auto version = test::touchTicket(*database, *ticket, QStringLiteral("last edit"));
    QVERIFY(version.ok());
    QVERIFY(watch.waitForFinished(10000));
    QCOMPARE(watch.exitCode(), 0);
    QByteArray rest = watch.readAllStandardOutput().trimmed();
    QVERIFY2(!rest.isEmpty(), "no second line");
    const QJsonObject last = QJsonDocument::fromJson(rest.split('\n').last()).object();
    QCOMPARE(last.value(QStringLiteral("version")).toInteger(), *version);
}

void TestWatchCli::unreachableServerIsOneLineAndExitOne()
{
    QProcess watch;
    watch.start(test::programPath(QStringLiteral("dutydeskctl")),
                { QStringLiteral("watch"), QStringLiteral("--database"),
                  QStringLiteral("postgresql://postgres@127.0.0.1:1/support") });
    QVERIFY(watch.waitForFinished(30000));
    QCOMPARE(watch.exitCode(), 1);
    const QString err = QString::fromUtf8(watch.readAllStandardError());
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("dutydeskctl: cannot open the database postgresql://")), qPrintable(err));
    QVERIFY(watch.readAllStandardOutput().isEmpty());
}

void TestWatchCli::outageIsToldAndWatchGoesOn()
{
    auto started = test::PostgresServer::start();
    QVERIFY(started.ok());
    auto& server = *started.value();
    QVERIFY(server.createDatabase(QStringLiteral("support")).ok());
    const QString url = server.url(QStringLiteral("support"));
    auto database = openDatabase(url);
    QVERIFY(database);
    auto client = test::insertClient(*database, QStringLiteral("Ромашка"));
    QVERIFY(client.ok());
    auto project = test::insertProject(*database, *client, QStringLiteral("shop"));
    QVERIFY(project.ok());
    auto ticket = test::insertTicket(*database, *project, QStringLiteral("Корзина"));
    QVERIFY(ticket.ok());

    QProcess watch;
    watch.start(test::programPath(QStringLiteral("dutydeskctl")),
                { QStringLiteral("watch"), QStringLiteral("--database"), url });
    QVERIFY(watch.waitForStarted());
    QVERIFY(!touchUntilPrinted(watch, *database, *ticket).isEmpty());

    database.reset();
    QVERIFY(server.stop().ok());
    QByteArray err;
    QTRY_VERIFY2_WITH_TIMEOUT((err += watch.readAllStandardError()).contains("is unreachable"), err.constData(), 20000);
    // One line of ours (libpq may add the server's own farewell).
    QCOMPARE(err.count("dutydeskctl: "), 1);
    QCOMPARE(watch.state(), QProcess::Running);
    QVERIFY(server.restart().ok());
    // Back: it says that it may have missed changes, and goes on printing them.
    QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 30000);
    const QJsonObject resync = QJsonDocument::fromJson(watch.readLine()).object();
    QCOMPARE(resync.value(QStringLiteral("resync")).toBool(), true);
    database = openDatabase(url);
    QVERIFY(database);
    const QJsonObject after = touchUntilPrinted(watch, *database, *ticket);
    QCOMPARE(after.value(QStringLiteral("id")).toInteger(), *ticket);
    watch.terminate();
    QVERIFY(watch.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestWatchCli)
#include "TestWatchCli.moc"
