#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "tests/support/GuiTestHelpers.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestRows.h"
#include "ui/MainWindow.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"
#include "ui/settings/ConsoleSettings.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace dd;

// The console's session owns the connection and everything holding it (issue 16): a
// PostgreSQL-backed console is opened, follows a change made elsewhere, and is closed.
// Closing used to free the connection before the watcher and the monitor that read it;
// under the sanitizer build (./dev test) any such report aborts this test. Here it also
// checks that closing leaves no session of the console on the server.
class TestConsoleSession : public QObject
{
    Q_OBJECT

private slots:
    void opensFollowsAndClosesAPostgresConsole();
};

namespace {

// The other sessions on `database` (the console's: its own and its worker's).
int otherSessions(const Database& database)
{
    auto count = database.runScalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity "
                                                   "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
    return count ? count->toInt() : -1;
}

} // namespace

void TestConsoleSession::opensFollowsAndClosesAPostgresConsole()
{
    auto started = test::PostgresServer::start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    auto& server = *started.value();
    QVERIFY(server.createDatabase(QStringLiteral("support")).ok());
    const auto location = *DatabaseLocation::parse(server.url(QStringLiteral("support")));
    Database::Options options;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(location, options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    const Database& other = *opened.value();
    const qint64 anna = *test::insertUser(other, QStringLiteral("anna"));
    const qint64 client = *test::insertClient(other, QStringLiteral("ООО «Ромашка»"));
    const qint64 project = *test::insertProject(other, client, QStringLiteral("romashka"), anna);
    const qint64 first = *test::insertTicket(other, project, QStringLiteral("Не работает корзина"));
    ConsoleSettings::setValue(ConsoleSettings::Key::Login, QStringLiteral("anna"));

    auto window = std::make_unique<MainWindow>(location);
    window->setUseServerClock(false);
    QSignalSpy loaded(window.get(), &MainWindow::dataLoaded);
    window->loadData();
    QVERIFY(test::showAndWait(window.get()));
    QVERIFY(loaded.count() == 1 || loaded.wait(10000));
    QCOMPARE(window->queueModel()->rowCount(), 1);
    QVERIFY(window->queueModel()->rowOfTicket(first) >= 0);
    // The window's connection, the queue's worker's and the reports' worker's (it reads
    // the open escalations at start).
    QTRY_COMPARE_WITH_TIMEOUT(otherSessions(other), 3, 5000);

    // Filed on another desktop: the notification, the batch, the worker's refetch.
    const qint64 second = *test::insertTicket(other, project, QStringLiteral("Не приходят письма"));
    QTRY_VERIFY_WITH_TIMEOUT(window->queueModel()->rowOfTicket(second) >= 0, 10000);

    // Search reaches past the row's own text: a word of the description, in another form
    // (PostgreSQL stems Russian), found by the index once typing pauses.
    QVERIFY(other
                .run(QStringLiteral("UPDATE tickets SET description = ? WHERE id = ?"),
                     { QStringLiteral("Письма с подтверждением заказа не доходят"), second })
                .ok());
    auto* search = test::requireChild<QLineEdit>(window.get(), QStringLiteral("searchEdit"));
    QSignalSpy shown(window.get(), &MainWindow::searchShown);
    for (const QChar c : QStringLiteral("подтверждения")) { // typed (keyClicks knows only ASCII)
        search->insert(QString(c));
    }
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.count(), 1); // one search for the whole word: debounced
    QCOMPARE(window->queueProxy()->rowCount(), 1);
    QCOMPARE(window->queueProxy()->index(0, 0).data(QueueModel::TicketIdRole).toLongLong(), second);

    window.reset();
    QTRY_COMPARE_WITH_TIMEOUT(otherSessions(other), 0, 5000);
}

QTEST_MAIN(TestConsoleSession)
#include "TestConsoleSession.moc"
