#include "tests/core/regression/RegressionFixture.h"

#include "core/regression/RegressionRepository.h"
#include "core/storage/TicketRepository.h"
#include "tests/support/FakeClock.h"

#include <QSqlQuery>
#include <QTest>

using namespace dd;

class TestRegressionRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startCopiesTheChecklistAndAssignsTheTester();
    void refusesASecondOpenRunAndPausedProjects();
    void recordsItemsAndFinishes();
    void finishedRunMovesTheNextDueDate();
    void failedItemBecomesATicketInTheProjectQueue();
    void projectChecklistIsEditable();
    void featureTestIsLinkedToItsTicket();
    void screenshotsAreStoredInTheDatabase();

private:
    std::unique_ptr<test::RegressionFixture> m_fixture;
};

void TestRegressionRepository::init()
{
    // 5 March 2026, 12:00 Moscow. The shop started on 15 January: due on 15 March.
    Clock::install(std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC)));
    QString error;
    m_fixture = std::make_unique<test::RegressionFixture>(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRegressionRepository::cleanup()
{
    m_fixture.reset();
    Clock::install(nullptr);
}

void TestRegressionRepository::startCopiesTheChecklistAndAssignsTheTester()
{
    RegressionRepository repo(m_fixture->db());
    auto run = repo.startRegression(m_fixture->shop.id, m_fixture->managerActor());
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
    QCOMPARE(run->status, RunStatus::InProgress);
    QCOMPARE(run->kind, RunKind::Regression);
    QCOMPARE(run->testerId, m_fixture->tester.id);
    QCOMPARE(run->testerLogin, QStringLiteral("olga"));
    QCOMPARE(run->dueDate, QDate(2026, 3, 15));
    QCOMPARE(run->items.size(), ChecklistTemplate::defaultOnlineShop().items().size());
    QCOMPARE(run->items.first().slug, QStringLiteral("catalogue"));
    QCOMPARE(run->items.first().position, 1);
    QCOMPARE(run->counts().pending, run->items.size());
    QVERIFY(run->startedAt.isValid());
}

void TestRegressionRepository::refusesASecondOpenRunAndPausedProjects()
{
    RegressionRepository repo(m_fixture->db());
    QVERIFY(repo.startRegression(m_fixture->shop.id, m_fixture->testerActor()).ok());
    auto second = repo.startRegression(m_fixture->shop.id, m_fixture->testerActor());
    QVERIFY(!second.ok());
    QVERIFY2(second.error().message.contains(QStringLiteral("in progress")), qPrintable(second.error().message));
    auto paused = repo.startRegression(m_fixture->paused.id, m_fixture->testerActor());
    QVERIFY(!paused.ok());
    QVERIFY2(paused.error().message.contains(QStringLiteral("paused")), qPrintable(paused.error().message));
}

void TestRegressionRepository::recordsItemsAndFinishes()
{
    RegressionRepository repo(m_fixture->db());
    auto run = repo.startRegression(m_fixture->shop.id, m_fixture->testerActor());
    QVERIFY(run.ok());
    auto failed = repo.record(run->id, QStringLiteral("cart"), ItemResult::Fail, QStringLiteral("  qty stays 1  "),
                              m_fixture->testerActor());
    QVERIFY2(failed.ok(), qPrintable(failed.ok() ? QString() : failed.error().message));
    QCOMPARE(failed->result, ItemResult::Fail);
    QCOMPARE(failed->note, QStringLiteral("qty stays 1"));
    QVERIFY(repo.record(run->id, QStringLiteral("2"), ItemResult::Skip, {}, m_fixture->testerActor()).ok());
    QVERIFY(!repo.record(run->id, QStringLiteral("basket"), ItemResult::Pass, {}, m_fixture->testerActor()).ok());

    auto early = repo.finish(run->id, QStringLiteral("done"), m_fixture->testerActor());
    QVERIFY(!early.ok());
    QVERIFY2(early.error().message.contains(QStringLiteral("12 of 14 items are not checked")),
             qPrintable(early.error().message));
    QVERIFY(early.error().message.contains(QStringLiteral("catalogue")));

    for (const RegressionRunItem& item : run->items) {
        if (item.slug != QLatin1String("cart") && item.slug != QLatin1String("search")) {
            QVERIFY(repo.record(run->id, item.slug, ItemResult::Pass, {}, m_fixture->testerActor()).ok());
        }
    }
    auto finished = repo.finish(run->id, QStringLiteral("Cart broken, rest fine"), m_fixture->testerActor());
    QVERIFY2(finished.ok(), qPrintable(finished.ok() ? QString() : finished.error().message));
    QCOMPARE(finished->status, RunStatus::Finished);
    QCOMPARE(finished->summary, QStringLiteral("Cart broken, rest fine"));
    QCOMPARE(finished->counts().pass, 12);
    QCOMPARE(finished->counts().fail, 1);
    QCOMPARE(finished->counts().skip, 1);
    QVERIFY(finished->finishedAt.isValid());
    QVERIFY(!repo.record(run->id, QStringLiteral("cart"), ItemResult::Pass, {}, m_fixture->testerActor()).ok());
    QVERIFY(!repo.finish(run->id, {}, m_fixture->testerActor()).ok());
}

void TestRegressionRepository::finishedRunMovesTheNextDueDate()
{
    RegressionRepository repo(m_fixture->db());
    const QDate today = RegressionPlan::moscowToday();
    auto before = repo.schedule(today);
    QVERIFY(before.ok());
    auto shopEntry = [&](const QList<ScheduleEntry>& entries) -> const ScheduleEntry* {
        for (const ScheduleEntry& e : entries) {
            if (e.projectId == m_fixture->shop.id && e.state != ScheduleState::Done) {
                return &e;
            }
        }
        return nullptr;
    };
    QVERIFY(shopEntry(*before));
    QCOMPARE(shopEntry(*before)->dueDate, QDate(2026, 3, 15));
    QCOMPARE(shopEntry(*before)->state, ScheduleState::Due);
    QCOMPARE(shopEntry(*before)->testerName, QStringLiteral("Olga Testova"));

    auto run = repo.startRegression(m_fixture->shop.id, m_fixture->testerActor());
    QVERIFY(run.ok());
    auto during = repo.schedule(today);
    QCOMPARE(shopEntry(*during)->state, ScheduleState::InProgress);
    QCOMPARE(shopEntry(*during)->runId, run->id);

    for (const RegressionRunItem& item : run->items) {
        QVERIFY(repo.record(run->id, item.slug, ItemResult::Pass, {}, m_fixture->testerActor()).ok());
    }
    auto finished = repo.finish(run->id, {}, m_fixture->testerActor());
    QVERIFY(finished.ok());
    auto after = repo.schedule(today);
    QVERIFY(after.ok());
    // The database stamps the finish with its own clock; the plan counts from that day.
    const QDate finishedOn = RegressionPlan::moscowDate(finished->finishedAt);
    QCOMPARE(shopEntry(*after)->dueDate, RegressionPlan::addMonths(finishedOn, 2));
    int done = 0;
    for (const ScheduleEntry& e : *after) {
        done += e.state == ScheduleState::Done && e.runId == run->id ? 1 : 0;
    }
    QCOMPARE(done, 1);
}

void TestRegressionRepository::failedItemBecomesATicketInTheProjectQueue()
{
    RegressionRepository repo(m_fixture->db());
    auto run = repo.startRegression(m_fixture->shop.id, m_fixture->testerActor());
    QVERIFY(run.ok());
    auto item = repo.record(run->id, QStringLiteral("payment"), ItemResult::Fail,
                            QStringLiteral("Card payment returns error 500"), m_fixture->testerActor());
    QVERIFY(item.ok());
    QVERIFY(repo.attach(item->id, QStringLiteral("payment.png"), QStringLiteral("image/png"), QByteArray("\x89PNG..."))
                .ok());
    auto passed = repo.record(run->id, QStringLiteral("cart"), ItemResult::Pass, {}, m_fixture->testerActor());
    QVERIFY(!repo.ticketFromItem(passed->id, m_fixture->testerActor()).ok());

    auto ticket = repo.ticketFromItem(item->id, m_fixture->testerActor());
    QVERIFY2(ticket.ok(), qPrintable(ticket.ok() ? QString() : ticket.error().message));
    QCOMPARE(ticket->level, QStringLiteral("standard"));
    QCOMPARE(ticket->category, QStringLiteral("bug-fixing"));
    QCOMPARE(ticket->status, TicketStatus::New);
    QVERIFY(ticket->subject.contains(QStringLiteral("Payment")));
    QCOMPARE(ticket->stepsToReproduce, QStringLiteral("Card payment returns error 500"));
    QVERIFY(ticket->description.contains(QStringLiteral("test run %1").arg(run->id)));

    TicketFilter queue;
    queue.projectId = m_fixture->shop.id;
    auto tickets = TicketRepository(m_fixture->db()).list(queue);
    QVERIFY(tickets.ok());
    QCOMPARE(tickets->size(), 1);
    QCOMPARE(tickets->first().id, ticket->id);

    auto reread = repo.run(run->id);
    QCOMPARE(reread->item(QStringLiteral("payment"))->ticketId, ticket->id);
    QCOMPARE(reread->item(QStringLiteral("payment"))->ticketNumber, ticket->number);
    QVERIFY(!repo.ticketFromItem(item->id, m_fixture->testerActor()).ok()); // once only

    auto copied = m_fixture->db().run(
        QStringLiteral("SELECT file_name, size_bytes FROM attachments WHERE ticket_id = ?"), { ticket->id });
    QVERIFY(copied.ok());
    QVERIFY(copied.value().next());
    QCOMPARE(copied.value().value(0).toString(), QStringLiteral("payment.png"));
    QCOMPARE(copied.value().value(1).toLongLong(), qint64(7));
}

void TestRegressionRepository::projectChecklistIsEditable()
{
    RegressionRepository repo(m_fixture->db());
    QCOMPARE(repo.checklist(m_fixture->shop.id).value(), ChecklistTemplate::defaultOnlineShop());
    auto edited = ChecklistTemplate::parse(QStringLiteral("cart: Cart\ngift-cards: Gift cards redeem\n"));
    QVERIFY(edited.ok());
    QVERIFY(repo.setChecklist(m_fixture->shop.id, *edited, m_fixture->managerActor()).ok());
    QVERIFY(repo.setChecklist(m_fixture->shop.id, *edited, m_fixture->managerActor()).ok()); // update path
    QCOMPARE(repo.checklist(m_fixture->shop.id).value(), *edited);
    QCOMPARE(repo.checklist(m_fixture->second.id).value(), ChecklistTemplate::defaultOnlineShop());
    QVERIFY(!repo.setChecklist(m_fixture->shop.id, ChecklistTemplate(), m_fixture->managerActor()).ok());
    auto run = repo.startRegression(m_fixture->shop.id, m_fixture->testerActor());
    QVERIFY(run.ok());
    QCOMPARE(run->items.size(), 2);
    QCOMPARE(run->items.at(1).slug, QStringLiteral("gift-cards"));
}

void TestRegressionRepository::featureTestIsLinkedToItsTicket()
{
    Ticket draft;
    draft.projectId = m_fixture->second.id;
    draft.subject = QStringLiteral("New delivery widget");
    draft.arrived = Clock::current().nowUtc();
    draft.category = QStringLiteral("module-changes");
    auto ticket = TicketRepository(m_fixture->db()).add(draft, m_fixture->managerActor());
    QVERIFY2(ticket.ok(), qPrintable(ticket.ok() ? QString() : ticket.error().message));

    RegressionRepository repo(m_fixture->db());
    QVERIFY(!repo.requestFeatureTest(ticket->id, m_fixture->manager.id, {}, m_fixture->managerActor()).ok());
    auto requested
        = repo.requestFeatureTest(ticket->id, m_fixture->tester.id, QDate(2026, 3, 6), m_fixture->managerActor());
    QVERIFY2(requested.ok(), qPrintable(requested.ok() ? QString() : requested.error().message));
    QCOMPARE(requested->status, RunStatus::Requested);
    QCOMPARE(requested->ticketNumber, ticket->number);
    QVERIFY(!requested->startedAt.isValid());
    QVERIFY(!repo.record(requested->id, QStringLiteral("1"), ItemResult::Pass, {}, m_fixture->testerActor()).ok());

    auto schedule = repo.schedule(RegressionPlan::moscowToday());
    bool listed = false;
    for (const ScheduleEntry& e : *schedule) {
        if (e.kind == RunKind::Feature) {
            listed = true;
            QCOMPARE(e.state, ScheduleState::Due);
            QCOMPARE(e.ticketNumber, ticket->number);
            QCOMPARE(e.testerId, m_fixture->tester.id);
        }
    }
    QVERIFY(listed);

    auto started = repo.startRequested(requested->id, m_fixture->testerActor());
    QVERIFY(started.ok());
    QCOMPARE(started->status, RunStatus::InProgress);
    QVERIFY(!repo.startRequested(requested->id, m_fixture->testerActor()).ok());
    for (const RegressionRunItem& item : started->items) {
        QVERIFY(repo.record(started->id, item.slug, ItemResult::Pass, {}, m_fixture->testerActor()).ok());
    }
    QVERIFY(repo.finish(started->id, QStringLiteral("works"), m_fixture->testerActor()).ok());
    RunFilter ofTicket;
    ofTicket.ticketId = ticket->id;
    auto linked = repo.runs(ofTicket);
    QCOMPARE(linked->size(), 1);
    QCOMPARE(linked->first().status, RunStatus::Finished);
}

void TestRegressionRepository::screenshotsAreStoredInTheDatabase()
{
    RegressionRepository repo(m_fixture->db());
    auto run = repo.startRegression(m_fixture->shop.id, m_fixture->testerActor());
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, 'x');
    auto attached
        = repo.attach(run->items.first().id, QStringLiteral("catalogue.png"), QStringLiteral("image/png"), png);
    QVERIFY(attached.ok());
    QVERIFY(!repo.attach(run->items.first().id, QStringLiteral("empty.png"), QStringLiteral("image/png"), {}).ok());
    auto reread = repo.run(run->id);
    QCOMPARE(reread->items.first().attachments.size(), 1);
    QCOMPARE(reread->items.first().attachments.first().fileName, QStringLiteral("catalogue.png"));
    QVERIFY(reread->items.first().attachments.first().data.isEmpty()); // bytes on demand
    QCOMPARE(repo.attachmentData(attached->id).value(), png);
}

QTEST_GUILESS_MAIN(TestRegressionRepository)
#include "TestRegressionRepository.moc"
