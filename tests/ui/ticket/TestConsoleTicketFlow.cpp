#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/UserRepository.h"
#include "tests/support/GuiTestHelpers.h"
#include "tests/ui/ticket/TicketDeskFixture.h"
#include "ui/MainWindow.h"
#include "ui/ticket/TicketChangeDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

// A ticket worked through the console offscreen, as an engineer would with the keyboard,
// checked against the history the database recorded; and two windows on one database
// editing the same ticket (docs/rules.md#shared-database: nobody silently overwrites anybody).
class TestConsoleTicketFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registerPostponeResumeResolve();
    void conflictBetweenTwoWindowsKeepsTheInput();
    void newRequestByPhone();

private:
    std::unique_ptr<MainWindow> openWindow(const QString& login) { return test::openConsole(m_location, login); }
    static QLabel* statusLabel(MainWindow* window);
    // registerPostponeResumeResolve's steps, in order.
    void registerSuggestsTheCategorysLevel(MainWindow* window);
    void postponeTakesAReason(MainWindow* window);
    void resumeThenResolve(MainWindow* window);
    void historySaysTheSame();
    // conflictBetweenTwoWindowsKeepsTheInput's steps.
    void refusedRegistrationKeepsBorisText(MainWindow* boris, MainWindow* anna);
    void annasResolveGoesOnTopOfBorisPostpone(MainWindow* boris, MainWindow* anna);
    QStringList historyTypes() const;

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_db;
    qint64 m_ticketId = 0;
    qint64 m_ticketNumber = 0;
    qint64 m_annaId = 0;
};

void TestConsoleTicketFlow::init()
{
    m_db.reset();
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_location = *DatabaseLocation::parse(m_dir.filePath(QStringLiteral("flow%1.sqlite").arg(++n)));
    auto desk = test::openTicketDesk(m_location, QStringLiteral("ООО «Ромашка»"));
    QVERIFY2(desk.ok(), qPrintable(desk ? QString() : desk.error().toString()));
    m_db = std::move(desk.value().db);
    m_annaId = desk->annaId;
    Ticket draft;
    draft.projectId = desk->projectId;
    draft.subject = QStringLiteral("Не работает фильтр по цене");
    draft.arrived = Clock::current().nowUtc().addSecs(-600);
    auto filed = TicketRepository(*m_db).add(draft, Actor { 0, QStringLiteral("intake"), {} });
    QVERIFY2(filed.ok(), qPrintable(filed ? QString() : filed.error().toString()));
    m_ticketId = filed->id;
    m_ticketNumber = filed->number;
}

QStringList TestConsoleTicketFlow::historyTypes() const
{
    QStringList types;
    const auto events = TicketRepository(*m_db).events(m_ticketId);
    if (!events) {
        return { events.error().toString() };
    }
    for (const TicketEventRecord& event : events.value()) {
        types << event.type;
    }
    return types;
}

void TestConsoleTicketFlow::registerPostponeResumeResolve()
{
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(window->selectTicket(m_ticketNumber));
    QVERIFY(statusLabel(window.get()));
    registerSuggestsTheCategorysLevel(window.get());
    if (QTest::currentTestFailed()) {
        return;
    }
    postponeTakesAReason(window.get());
    if (QTest::currentTestFailed()) {
        return;
    }
    resumeThenResolve(window.get());
    if (QTest::currentTestFailed()) {
        return;
    }
    historySaysTheSame();
}

// The detail pane rebuilds its fields on every change: look the label up each time.
QLabel* TestConsoleTicketFlow::statusLabel(MainWindow* window)
{
    return test::requireChild<QLabel>(window, QStringLiteral("statusValue"));
}

void TestConsoleTicketFlow::registerSuggestsTheCategorysLevel(MainWindow* window)
{
    // Register (Ctrl+G): triage suggests the level of the category.
    test::press(window, Qt::Key_G, Qt::ControlModifier);
    const QPointer<QDialog> dialog = test::waitForDialog(window, QStringLiteral("registerDialog"));
    QVERIFY(dialog);
    auto* category = test::requireChild<QComboBox>(dialog, QStringLiteral("categoryCombo"));
    auto* level = test::requireChild<QComboBox>(dialog, QStringLiteral("levelCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("payment-broken")));
    QCOMPARE(level->currentData().toString(), QStringLiteral("emergency"));
    category->setCurrentIndex(category->findData(QStringLiteral("bug-fixing")));
    QCOMPARE(level->currentData().toString(), QStringLiteral("standard"));
    QCOMPARE(test::requireChild<QComboBox>(dialog, QStringLiteral("assigneeCombo"))->currentData().toLongLong(),
             m_annaId); // the project's programmer by default
    test::clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(statusLabel(window)->text().contains(QStringLiteral("in work")));
}

void TestConsoleTicketFlow::postponeTakesAReason(MainWindow* window)
{
    // Postpone (Ctrl+H: Ctrl+P stays Print) with one of the regulation's reasons.
    test::press(window, Qt::Key_H, Qt::ControlModifier);
    const QPointer<QDialog> dialog = test::waitForDialog(window, QStringLiteral("postponeDialog"));
    QVERIFY(dialog);
    auto* reason = test::requireChild<QComboBox>(dialog, QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("not-enough-information")));
    QTest::keyClicks(test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("textEdit")),
                     QStringLiteral("Please send the order number"));
    test::clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(statusLabel(window)->text().contains(QStringLiteral("waiting")));
}

void TestConsoleTicketFlow::resumeThenResolve(MainWindow* window)
{
    // Resume (Ctrl+Shift+P), resolve (Ctrl+Return).
    test::press(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(statusLabel(window)->text().contains(QStringLiteral("in work")));
    test::press(window, Qt::Key_Return, Qt::ControlModifier);
    const QPointer<QDialog> dialog = test::waitForDialog(window, QStringLiteral("resolveDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("textEdit")),
                     QStringLiteral("Fixed the price filter"));
    test::clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(statusLabel(window)->text().contains(QStringLiteral("resolved")));
}

void TestConsoleTicketFlow::historySaysTheSame()
{
    // The history says the same, in order, and by whom.
    const QStringList types = historyTypes();
    const QStringList flow { ticket_event::arrived, ticket_event::registered, ticket_event::waitingStarted,
                             ticket_event::waitingEnded, ticket_event::resolved };
    QStringList statusTypes;
    for (const QString& type : types) {
        if (flow.contains(type)) {
            statusTypes << type;
        }
    }
    QCOMPARE(statusTypes, flow);
    QVERIFY(types.contains(ticket_event::categoryChanged));
    QVERIFY(types.contains(ticket_event::assigned));
    const auto events = TicketRepository(*m_db).events(m_ticketId);
    QVERIFY(events.ok());
    for (const TicketEventRecord& event : events.value()) {
        if (event.type == ticket_event::waitingStarted) {
            QCOMPARE(event.data.value(QStringLiteral("reason")).toString(), QStringLiteral("not-enough-information"));
        }
        if (event.type != ticket_event::arrived) {
            QCOMPARE(event.actor, QStringLiteral("anna"));
        }
    }
    const Ticket stored = *TicketRepository(*m_db).get(m_ticketId);
    QCOMPARE(stored.status, TicketStatus::Resolved);
    QCOMPARE(stored.category, QStringLiteral("bug-fixing"));
    QCOMPARE(stored.assigneeId, m_annaId);
}

void TestConsoleTicketFlow::conflictBetweenTwoWindowsKeepsTheInput()
{
    auto boris = openWindow(QStringLiteral("boris"));
    auto anna = openWindow(QStringLiteral("anna"));
    QVERIFY(boris->selectTicket(m_ticketNumber));
    QVERIFY(anna->selectTicket(m_ticketNumber));
    refusedRegistrationKeepsBorisText(boris.get(), anna.get());
    if (QTest::currentTestFailed()) {
        return;
    }
    annasResolveGoesOnTopOfBorisPostpone(boris.get(), anna.get());
}

void TestConsoleTicketFlow::refusedRegistrationKeepsBorisText(MainWindow* boris, MainWindow* anna)
{
    // Both start registering the new ticket; Anna saves first.
    boris->findChild<QAction*>(QStringLiteral("registerAction"))->trigger();
    QPointer<QDialog> borisDialog = test::waitForDialog(boris, QStringLiteral("registerDialog"));
    QVERIFY(borisDialog);
    auto* comment = test::requireChild<QLineEdit>(borisDialog, QStringLiteral("commentEdit"));
    QTest::keyClicks(comment, QStringLiteral("Called the client"));
    anna->findChild<QAction*>(QStringLiteral("registerAction"))->trigger();
    QPointer<QDialog> dialog = test::waitForDialog(anna, QStringLiteral("registerDialog"));
    QVERIFY(dialog);
    test::clickOk(dialog);
    QTRY_VERIFY(!dialog);

    // Boris's save is refused: the dialog stays, says who changed what, keeps his text.
    test::clickOk(borisDialog);
    auto* message = test::requireChild<QLabel>(borisDialog, QStringLiteral("dialogMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("anna")), qPrintable(message->text()));
    QVERIFY(borisDialog);
    QCOMPARE(comment->text(), QStringLiteral("Called the client"));
    QCOMPARE(TicketRepository(*m_db).get(m_ticketId)->version, 2); // nothing of Boris's was written
    QVERIFY(!historyTypes().contains(ticket_event::comment));
    borisDialog->reject();
}

void TestConsoleTicketFlow::annasResolveGoesOnTopOfBorisPostpone(MainWindow* boris, MainWindow* anna)
{
    // Anna starts resolving; meanwhile Boris postpones. Her save is refused, then applied
    // on top of his once she confirms it.
    anna->findChild<QAction*>(QStringLiteral("resolveAction"))->trigger();
    QPointer<QDialog> dialog = test::waitForDialog(anna, QStringLiteral("resolveDialog"));
    QVERIFY(dialog);
    auto* text = test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("textEdit"));
    QTest::keyClicks(text, QStringLiteral("Fixed"));
    QTRY_VERIFY(boris->findChild<QAction*>(QStringLiteral("postponeAction"))->isEnabled());
    boris->findChild<QAction*>(QStringLiteral("postponeAction"))->trigger();
    QPointer<QDialog> borisDialog = test::waitForDialog(boris, QStringLiteral("postponeDialog"));
    QVERIFY(borisDialog);
    QTest::keyClicks(test::requireChild<QPlainTextEdit>(borisDialog, QStringLiteral("textEdit")),
                     QStringLiteral("Waiting for hosting access"));
    test::clickOk(borisDialog);
    QTRY_VERIFY(!borisDialog);
    QCOMPARE(TicketRepository(*m_db).get(m_ticketId)->status, TicketStatus::Waiting);
    // Anna's console follows without a reload, the ticket still selected (docs/rules.md#shared-database).
    QTRY_VERIFY_WITH_TIMEOUT(
        anna->findChild<QLabel*>(QStringLiteral("statusValue"))->text().contains(QStringLiteral("waiting")), 5000);
    QCOMPARE(anna->findChild<QTableView*>(QStringLiteral("queueView"))
                 ->currentIndex()
                 .siblingAtColumn(0)
                 .data()
                 .toLongLong(),
             m_ticketNumber);

    test::clickOk(dialog);
    auto* message = test::requireChild<QLabel>(dialog, QStringLiteral("dialogMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("boris")), qPrintable(message->text()));
    QCOMPARE(text->toPlainText(), QStringLiteral("Fixed"));
    QCOMPARE(TicketRepository(*m_db).get(m_ticketId)->status, TicketStatus::Waiting);
    test::clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QCOMPARE(TicketRepository(*m_db).get(m_ticketId)->status, TicketStatus::Resolved);
}

void TestConsoleTicketFlow::newRequestByPhone()
{
    auto window = openWindow(QStringLiteral("anna"));
    QVERIFY(test::showAndWait(window.get()));
    test::press(window.get(), Qt::Key_N, Qt::ControlModifier);
    QPointer<QDialog> dialog = test::waitForDialog(window.get(), QStringLiteral("newRequestDialog"));
    QVERIFY(dialog);
    auto* channel = test::requireChild<QComboBox>(dialog, QStringLiteral("channelCombo"));
    QCOMPARE(channel->currentData().toString(), QStringLiteral("phone"));
    auto* category = test::requireChild<QComboBox>(dialog, QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("cart-broken")));
    test::clickOk(dialog); // no subject yet: refused with a sentence, input kept
    auto* message = test::requireChild<QLabel>(dialog, QStringLiteral("dialogMessage"));
    QTRY_VERIFY(message->isVisible());
    QTest::keyClicks(test::requireChild<QLineEdit>(dialog, QStringLiteral("subjectEdit")),
                     QStringLiteral("Cannot place an order"));
    test::clickOk(dialog);
    QTRY_VERIFY(!dialog);

    auto filed = TicketRepository(*m_db).findByNumber(m_ticketNumber + 1);
    QVERIFY(filed.ok() && filed->has_value());
    const Ticket& ticket = **filed;
    QCOMPARE(ticket.channel, Channel::Phone);
    QCOMPARE(ticket.level, QStringLiteral("emergency")); // the category's level (docs/rules.md#service-levels)
    QCOMPARE(ticket.status, TicketStatus::New);
    QVERIFY(qAbs(ticket.arrived.secsTo(Clock::current().nowUtc())) < 120); // "now", to the minute
    // It is in the queue and selected.
    QCOMPARE(window->findChild<QTableView*>(QStringLiteral("queueView"))
                 ->currentIndex()
                 .siblingAtColumn(0)
                 .data()
                 .toLongLong(),
             ticket.number);
}

QTEST_MAIN(TestConsoleTicketFlow)
#include "TestConsoleTicketFlow.moc"
