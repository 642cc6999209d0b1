#include "tests/support/GuiTestHelpers.h"

#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// Resolved and closed tickets past the background limit (a million of them would take
// gigabytes nobody looks at): the first screen has only the open ones, a search fetches
// the ones it finds, showing them loads them all (issue 16, docs/console.md).
class TestClosedTickets : public QObject
{
    Q_OBJECT

private slots:
    void leavesThemForLaterPastTheLimit();

private:
    QTemporaryDir m_dir;
};

void TestClosedTickets::leavesThemForLaterPastTheLimit()
{
    QVERIFY(m_dir.isValid());
    MainWindow window(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("closed.sqlite"))));
    window.setFillDemoData(true);
    window.setClosedInBackgroundLimit(0);
    QSignalSpy loaded(&window, &MainWindow::dataLoaded);
    QSignalSpy closed(&window, &MainWindow::closedLoaded);
    QVERIFY(test::showAndWait(&window));
    window.loadData();
    QVERIFY(loaded.wait(60000));
    QVERIFY(window.closedDeferred());
    QueueModel* model = window.queueModel();
    const int openRows = model->rowCount();
    QVERIFY(openRows > 0);
    for (int row = 0; row < openRows; ++row) {
        QVERIFY(model->entry(row).open);
    }
    QVERIFY(!closed.wait(1500)); // nothing follows in the background
    QCOMPARE(model->rowCount(), openRows);

    // A closed ticket's number typed into the search: the index finds it, it is fetched.
    auto query = window.database()->run(
        QStringLiteral("SELECT id, number FROM tickets WHERE status = 'closed' ORDER BY id LIMIT 1"));
    QVERIFY(query.ok() && query.value().next());
    const qint64 closedId = query.value().value(0).toLongLong();
    const qint64 closedNumber = query.value().value(1).toLongLong();
    QCOMPARE(model->rowOfTicket(closedId), -1);
    auto* search = test::requireChild<QLineEdit>(&window, QStringLiteral("searchEdit"));
    search->setText(QString::number(closedNumber));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfTicket(closedId) >= 0, 10000);
    QVERIFY(!model->entry(model->rowOfTicket(closedId)).open);
    QTRY_VERIFY(window.queueProxy()->mapFromSource(model->index(model->rowOfTicket(closedId), 0)).isValid());
    search->clear();

    // Showing them loads every one.
    auto count = window.database()->run(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY(count.ok() && count.value().next());
    auto* showClosed = test::requireChild<QAction>(&window, QStringLiteral("showClosedAction"));
    QVERIFY(showClosed);
    showClosed->setChecked(true);
    QVERIFY(!window.closedDeferred());
    QVERIFY(closed.wait(60000));
    QCOMPARE(model->rowCount(), count.value().value(0).toInt());
}

QTEST_MAIN(TestClosedTickets)
#include "TestClosedTickets.moc"
