#include "tests/core/billing/BillingFixture.h"
#include "tests/support/GuiTestHelpers.h"

#include "core/util/Translations.h"

#include "core/billing/TicketFeedback.h"
#include "core/billing/WorkLogRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"
#include "ui/queue/QueueEntry.h"
#include "ui/reports/WorkLogWidget.h"
#include "ui/ticket/RatingDialog.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketDetailWidget.h"
#include "ui/ticket/TicketService.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

#include <memory>

using namespace dd;
using dd::test::BillingFixture;

// The ticket pane after resolution and for billing: its "Work log" tab, and the actions
// that record the client's rating and reopen the ticket (docs/rules.md#tickets, #work-log).
class TestTicketPaneFeedback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheWorkLogOfTheSelectedTicket();
    void logsTimeFromThePaneWithTheDoubleSplit();
    void ratingAndReopenFollowTheStatus();
    void recordsTheClientRating();
    void reopensAResolvedTicket();

private:
    QueueEntry entry(qint64 ticketId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<BillingFixture> m_fixture;
    std::unique_ptr<TicketSla> m_sla;
    std::unique_ptr<QWidget> m_window;
    TicketDetailWidget* m_detail = nullptr;
    TicketActions* m_actions = nullptr;
    Actor m_actor;
    std::unique_ptr<TicketService> m_service;
};

QueueEntry TestTicketPaneFeedback::entry(qint64 ticketId) const
{
    QueueEntry e;
    e.ticket = TicketRepository(*m_fixture->db).get(ticketId).value();
    e.clientName = BillingFixture::clientName();
    return e;
}

void TestTicketPaneFeedback::initTestCase()
{
    installTranslations(QStringLiteral("en")); // en_GB: the console's short dates, 09/10/2026
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_dir.filePath(QStringLiteral("pane.sqlite")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto sla = TicketSla::load(*m_fixture->db);
    QVERIFY(sla.ok());
    m_sla = std::move(sla).value();
    m_actor = Actor { m_fixture->programmerId, QStringLiteral("petrov"), QStringLiteral("Пётр Петров") };
    m_window = std::make_unique<QWidget>();
    m_service = std::make_unique<TicketService>(*m_fixture->db, m_actor);
    m_detail = new TicketDetailWidget(m_window.get());
    m_detail->setContext(m_service.get(), &m_sla->engine());
    m_detail->setActor(m_actor);
    m_actions = new TicketActions(m_window.get());
    m_actions->setContext(m_service.get(), &m_sla->engine());
    m_actions->setPeople(m_actor, {}, {});
    QVERIFY(test::showAndWait(m_window.get()));
}

void TestTicketPaneFeedback::showsTheWorkLogOfTheSelectedTicket()
{
    auto* tabs = test::requireChild<QTabWidget>(m_detail, QStringLiteral("ticketTabs"));
    auto* table = test::requireChild<QTableWidget>(m_detail, QStringLiteral("workLogTable"));
    QVERIFY(tabs && table);
    QCOMPARE(tabs->tabText(tabs->indexOf(m_detail->workLog())), QStringLiteral("Work log"));

    m_detail->showTicket(entry(m_fixture->ticketB)); // Fri 15:00–18:00 and Sat 10:00–12:00
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("09/10/2026 15:00"));
    QCOMPARE(m_detail->workLog()->total(), (BilledTime { 3600, 4 * 3600 }));

    m_detail->showTicket(entry(m_fixture->ticketC)); // nobody logged time on it
    QCOMPARE(table->rowCount(), 0);

    m_detail->showTicket(entry(m_fixture->ticketD)); // two people, one in September
    QCOMPARE(table->rowCount(), 2);
}

void TestTicketPaneFeedback::logsTimeFromThePaneWithTheDoubleSplit()
{
    m_detail->showTicket(entry(m_fixture->ticketB)); // urgent: double rate outside business hours
    auto* from = test::requireChild<QLineEdit>(m_detail, QStringLiteral("workFrom"));
    auto* to = test::requireChild<QLineEdit>(m_detail, QStringLiteral("workDuration"));
    auto* add = test::requireChild<QPushButton>(m_detail, QStringLiteral("addWork"));
    auto* table = test::requireChild<QTableWidget>(m_detail, QStringLiteral("workLogTable"));
    QVERIFY(from && to && add && table);
    // Monday 12 October, 15:00 Moscow, for three hours: 1 h normal (until 16:00), 2 h double.
    from->setText(QStringLiteral("12.10.2026 15:00"));
    QTest::keyClicks(to, QStringLiteral("3h"));
    QTest::mouseClick(add, Qt::LeftButton);

    const auto stored = WorkLogRepository(*m_fixture->db).forTicket(m_fixture->ticketB).value();
    QCOMPARE(stored.size(), 3);
    const WorkLogEntry& added = stored.last();
    QCOMPARE(added.started.toSecsSinceEpoch(), BillingFixture::at("2026-10-12T15:00"));
    QCOMPARE(added.finished.toSecsSinceEpoch(), BillingFixture::at("2026-10-12T18:00"));
    QCOMPARE(added.userId, m_fixture->programmerId); // the console's user, set on the pane
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("1:00"));
    QCOMPARE(table->item(2, 4)->text(), QStringLiteral("2:00"));
    QCOMPARE(m_detail->workLog()->total(), (BilledTime { 2 * 3600, 6 * 3600 }));
}

void TestTicketPaneFeedback::ratingAndReopenFollowTheStatus()
{
    const QueueEntry open = entry(m_fixture->ticketC); // registered
    m_actions->setTicket(&open);
    QVERIFY(!m_actions->action(TicketActions::Rate)->isEnabled());
    QVERIFY(!m_actions->action(TicketActions::Reopen)->isEnabled());
    const QueueEntry resolved = entry(m_fixture->ticketD);
    m_actions->setTicket(&resolved);
    QVERIFY(m_actions->action(TicketActions::Rate)->isEnabled());
    QVERIFY(m_actions->action(TicketActions::Reopen)->isEnabled());
    QCOMPARE(m_actions->action(TicketActions::Rate)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    // No two actions of the window share a shortcut.
    QList<QKeySequence> seen;
    for (const QAction* action : m_window->actions()) {
        if (!action->shortcut().isEmpty()) {
            QVERIFY2(!seen.contains(action->shortcut()), qPrintable(action->shortcut().toString()));
            seen << action->shortcut();
        }
    }
}

void TestTicketPaneFeedback::recordsTheClientRating()
{
    const QueueEntry resolved = entry(m_fixture->ticketD); // rated 4 before
    m_actions->setTicket(&resolved);
    QSignalSpy changed(m_actions, &TicketActions::ticketChanged);
    m_actions->trigger(TicketActions::Rate);
    auto* dialog = m_window->findChild<RatingDialog*>(QStringLiteral("ratingDialog"));
    QVERIFY(dialog);
    auto* value = test::requireChild<QSpinBox>(dialog, QStringLiteral("ratingValue"));
    auto* comment = test::requireChild<QLineEdit>(dialog, QStringLiteral("ratingComment"));
    QVERIFY(value && comment);
    QCOMPARE(value->maximum(), 5);
    value->setValue(2);
    comment->setText(QStringLiteral("долго ждали ответа"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_fixture->ticketD);

    const auto events = TicketRepository(*m_fixture->db).events(m_fixture->ticketD).value();
    QCOMPARE(events.last().type, ticket_event::rated);
    QCOMPARE(events.last().data.value(QStringLiteral("rating")).toInt(), 2);
    QCOMPARE(events.last().data.value(QStringLiteral("source")).toString(), QStringLiteral("engineer"));
    QCOMPARE(events.last().data.value(QStringLiteral("comment")).toString(), QStringLiteral("долго ждали ответа"));
    QCOMPARE(TicketFeedback::rating(events), 2);

    // The pane, reloaded, shows the new rating and the event in its history.
    m_detail->showTicket(entry(m_fixture->ticketD));
    auto* rating = test::requireChild<QLabel>(m_detail, QStringLiteral("ratingValue"));
    QVERIFY(rating);
    QCOMPARE(rating->text(), QStringLiteral("2"));
    auto* history = test::requireChild<QTreeWidget>(m_detail, QStringLiteral("historyView"));
    QVERIFY(history);
    const QString last = history->topLevelItem(history->topLevelItemCount() - 1)->text(2);
    QVERIFY2(last.contains(QStringLiteral("rated 2")), qPrintable(last));
}

void TestTicketPaneFeedback::reopensAResolvedTicket()
{
    const QueueEntry resolved = entry(m_fixture->ticketF);
    m_actions->setTicket(&resolved);
    QSignalSpy changed(m_actions, &TicketActions::ticketChanged);
    m_actions->action(TicketActions::Reopen)->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(TicketRepository(*m_fixture->db).get(m_fixture->ticketF)->status, TicketStatus::Reopened);
    const QueueEntry reopened = entry(m_fixture->ticketF); // the console reloads it
    m_actions->setTicket(&reopened);
    QVERIFY(!m_actions->action(TicketActions::Reopen)->isEnabled());
    QVERIFY(!m_actions->action(TicketActions::Rate)->isEnabled()); // rated once resolved again
}

QTEST_MAIN(TestTicketPaneFeedback)
#include "TestTicketPaneFeedback.moc"
