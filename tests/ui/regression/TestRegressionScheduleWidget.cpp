#include "tests/core/regression/RegressionFixture.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/regression/ChecklistEditorDialog.h"
#include "ui/regression/FeatureTestDialog.h"
#include "ui/regression/RegressionScheduleModel.h"
#include "ui/regression/RegressionScheduleWidget.h"
#include "ui/regression/RegressionTimelineView.h"
#include "ui/regression/RunLogDialog.h"

#include "core/regression/RegressionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace dd;

// The schedule and the run log driven like a tester would: real widgets, offscreen,
// clicks and keys, against a fixture database. "Today" is 5 March 2026 in Moscow.
class TestRegressionScheduleWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryStateOnTimelineAndTable();
    void myRunsShowsOnlyTheTestersRuns();
    void groupingByProjectChangesTheRows();
    void runIsLoggedThroughTheGui();
    void failedItemBecomesATicketFromTheLog();
    void exportsTheCalendar();
    void checklistIsEditedPerProject();
    void featureTestIsRequestedAndLogged();
    void rendersScreenshots_data();
    void rendersScreenshots();

private:
    int rowOf(RegressionScheduleWidget& widget, const QString& projectCode) const;
    RunLogDialog* startFromSchedule(RegressionScheduleWidget& widget, const QString& projectCode);
    // A module change on the second project, filed by its manager: it asks for a feature test.
    Result<Ticket> fileModuleChange() const;
    // rendersScreenshots' data.
    void seedEveryScheduleState();
    void recordAHalfDoneRunWithAFailure(qint64* runId);

    std::unique_ptr<test::RegressionFixture> m_fixture;
    std::unique_ptr<test::ScopedFakeClock> m_clock;
};

void TestRegressionScheduleWidget::init()
{
    installTranslations(QStringLiteral("en"));
    m_clock = std::make_unique<test::ScopedFakeClock>(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC));
    QString error;
    m_fixture = std::make_unique<test::RegressionFixture>(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRegressionScheduleWidget::cleanup()
{
    m_fixture.reset();
    m_clock.reset();
}

Result<Ticket> TestRegressionScheduleWidget::fileModuleChange() const
{
    Ticket draft;
    draft.projectId = m_fixture->second.id;
    draft.subject = QStringLiteral("Pick-up points on a map");
    draft.arrived = Clock::current().nowUtc();
    draft.category = QStringLiteral("module-changes");
    return TicketRepository(m_fixture->db()).add(draft, m_fixture->managerActor());
}

int TestRegressionScheduleWidget::rowOf(RegressionScheduleWidget& widget, const QString& projectCode) const
{
    const auto& entries = widget.model()->visibleEntries();
    for (int row = 0; row < entries.size(); ++row) {
        if (entries.at(row).projectCode == projectCode && entries.at(row).state != ScheduleState::Done) {
            return row;
        }
    }
    return -1;
}

RunLogDialog* TestRegressionScheduleWidget::startFromSchedule(RegressionScheduleWidget& widget,
                                                              const QString& projectCode)
{
    QSignalSpy opened(&widget, &RegressionScheduleWidget::runLogOpened);
    widget.selectRow(rowOf(widget, projectCode));
    auto* start = test::requireChild<QPushButton>(&widget, QStringLiteral("startRunButton"));
    if (!start || !start->isEnabled()) {
        qWarning("the start button is not enabled");
        return nullptr;
    }
    QTest::mouseClick(start, Qt::LeftButton);
    if (opened.size() != 1) {
        return nullptr;
    }
    auto* dialog = opened.first().first().value<RunLogDialog*>();
    return test::showAndWait(dialog) ? dialog : nullptr;
}

void TestRegressionScheduleWidget::showsEveryStateOnTimelineAndTable()
{
    RegressionScheduleWidget widget(m_fixture->db(), m_fixture->testerActor());
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(test::showAndWait(&widget));
    QCOMPARE(widget.today(), QDate(2026, 3, 5));
    auto* table = test::requireChild<QTableView>(&widget, QStringLiteral("scheduleTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    // Overdue first, then due, then the paused project.
    QCOMPARE(table->model()
                 ->index(0, RegressionScheduleModel::State)
                 .data(RegressionScheduleModel::StateSlugRole)
                 .toString(),
             QStringLiteral("overdue"));
    QCOMPARE(table->model()->index(0, RegressionScheduleModel::State).data().toString(),
             QStringLiteral("overdue (65 d)"));
    QCOMPARE(table->model()->index(0, RegressionScheduleModel::Project).data().toString(),
             QStringLiteral("Snasti shop"));
    QCOMPARE(table->model()->index(1, RegressionScheduleModel::State).data().toString(), QStringLiteral("due"));
    QCOMPARE(table->model()->index(2, RegressionScheduleModel::State).data().toString(), QStringLiteral("paused"));
    QCOMPARE(widget.overdueEntries().size(), 1);
    QCOMPARE(test::requireChild<QLabel>(&widget, QStringLiteral("scheduleSummary"))->text(),
             QStringLiteral("1 overdue · 1 due · 0 in progress"));

    RegressionTimelineView* timeline = widget.timeline();
    QCOMPARE(timeline->rowLabels().size(), 3);
    QVERIFY(timeline->rowLabels().contains(QStringLiteral("Olga Testova · Rybolov shop")));
    // Clicking a marker on the timeline selects its row in the table.
    const int rybolov = rowOf(widget, QStringLiteral("rybolov"));
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markerCenter(rybolov));
    QVERIFY(widget.selectedEntry());
    QCOMPARE(widget.selectedEntry()->projectCode, QStringLiteral("rybolov"));
    QVERIFY(test::requireChild<QPushButton>(&widget, QStringLiteral("startRunButton"))->isEnabled());
    QVERIFY(!test::requireChild<QPushButton>(&widget, QStringLiteral("openRunButton"))->isEnabled());
}

void TestRegressionScheduleWidget::myRunsShowsOnlyTheTestersRuns()
{
    RegressionScheduleWidget boss(m_fixture->db(), m_fixture->managerActor());
    QVERIFY(test::showAndWait(&boss));
    auto* myRuns = test::requireChild<QCheckBox>(&boss, QStringLiteral("myRunsCheck"));
    QVERIFY(myRuns);
    QTest::mouseClick(myRuns, Qt::LeftButton, {}, QPoint(8, myRuns->height() / 2));
    QVERIFY(myRuns->isChecked());
    QCOMPARE(boss.model()->rowCount(), 0);

    RegressionScheduleWidget olga(m_fixture->db(), m_fixture->testerActor());
    QVERIFY(test::showAndWait(&olga));
    olga.setMyRunsOnly(true);
    QCOMPARE(olga.model()->rowCount(), 3);
    QCOMPARE(olga.timeline()->rowLabels().size(), 3);
}

void TestRegressionScheduleWidget::groupingByProjectChangesTheRows()
{
    RegressionScheduleWidget widget(m_fixture->db(), m_fixture->testerActor());
    QVERIFY(test::showAndWait(&widget));
    auto* grouping = test::requireChild<QComboBox>(&widget, QStringLiteral("groupingCombo"));
    grouping->setCurrentIndex(1);
    QCOMPARE(widget.timeline()->grouping(), RegressionTimelineView::Grouping::ByProject);
    QCOMPARE(
        widget.timeline()->rowLabels(),
        (QStringList { QStringLiteral("Dacha shop"), QStringLiteral("Rybolov shop"), QStringLiteral("Snasti shop") }));
}

void TestRegressionScheduleWidget::runIsLoggedThroughTheGui()
{
    RegressionScheduleWidget widget(m_fixture->db(), m_fixture->testerActor());
    QVERIFY(test::showAndWait(&widget));
    RunLogDialog* dialog = startFromSchedule(widget, QStringLiteral("rybolov"));
    QVERIFY(dialog);
    QCOMPARE(widget.model()->visibleEntries().at(rowOf(widget, QStringLiteral("rybolov"))).state,
             ScheduleState::InProgress);
    auto* items = test::requireChild<QTreeWidget>(dialog, QStringLiteral("itemList"));
    auto* pass = test::requireChild<QToolButton>(dialog, QStringLiteral("passButton"));
    auto* skip = test::requireChild<QToolButton>(dialog, QStringLiteral("skipButton"));
    auto* fail = test::requireChild<QToolButton>(dialog, QStringLiteral("failButton"));
    auto* note = test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("noteEdit"));
    auto* finish = test::requireChild<QPushButton>(dialog, QStringLiteral("finishButton"));
    auto* message = test::requireChild<QLabel>(dialog, QStringLiteral("runMessage"));
    QVERIFY(items && pass && skip && fail && note && finish && message);
    QCOMPARE(items->topLevelItemCount(), 14);
    QCOMPARE(dialog->currentItemIndex(), 0);

    // Catalogue passes and the log moves on to search by itself.
    QTest::mouseClick(pass, Qt::LeftButton);
    QCOMPARE(dialog->currentItemIndex(), 1);
    // Search skipped with a note typed in.
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Search index is rebuilt tonight"));
    QTest::mouseClick(skip, Qt::LeftButton);
    QCOMPARE(dialog->run().items.at(1).result, ItemResult::Skip);
    QCOMPARE(dialog->run().items.at(1).note, QStringLiteral("Search index is rebuilt tonight"));

    // Finishing early is refused and says why, in the dialog, not in a modal box.
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("12 of 14 items are not checked")), qPrintable(message->text()));
    QCOMPARE(dialog->run().status, RunStatus::InProgress);

    for (int i = 2; i < 14; ++i) {
        dialog->selectItem(i);
        QTest::mouseClick(i == 5 ? fail : pass, Qt::LeftButton);
    }
    QCOMPARE(dialog->run().counts().pending, 0);
    QCOMPARE(dialog->run().counts().fail, 1);
    auto* summary = test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("summaryEdit"));
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("Payment needs a look"));
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(dialog->run().status, RunStatus::Finished);
    QVERIFY(!finish->isEnabled());
    QVERIFY(!pass->isEnabled());

    auto stored = RegressionRepository(m_fixture->db()).run(dialog->run().id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, RunStatus::Finished);
    QCOMPARE(stored->summary, QStringLiteral("Payment needs a look"));
    QCOMPARE(stored->item(QStringLiteral("payment"))->result, ItemResult::Fail);
    // The schedule refreshed: the run is done and the next one is planned two months on.
    bool done = false;
    for (const ScheduleEntry& e : widget.entries()) {
        done |= e.state == ScheduleState::Done && e.runId == stored->id;
    }
    QVERIFY(done);
    dialog->close();
}

void TestRegressionScheduleWidget::failedItemBecomesATicketFromTheLog()
{
    RegressionScheduleWidget widget(m_fixture->db(), m_fixture->testerActor());
    QVERIFY(test::showAndWait(&widget));
    RunLogDialog* dialog = startFromSchedule(widget, QStringLiteral("rybolov"));
    QVERIFY(dialog);
    auto* fail = test::requireChild<QToolButton>(dialog, QStringLiteral("failButton"));
    auto* note = test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("noteEdit"));
    auto* ticketButton = test::requireChild<QPushButton>(dialog, QStringLiteral("createTicketButton"));
    auto* attach = test::requireChild<QPushButton>(dialog, QStringLiteral("attachButton"));
    dialog->selectItem(3); // cart
    QVERIFY(!ticketButton->isEnabled());
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Quantity stays 1 after +"));
    QTest::mouseClick(fail, Qt::LeftButton);
    QCOMPARE(dialog->currentItemIndex(), 3); // a failure stays for its note and screenshot

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("cart.png"));
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QVERIFY(image.save(png));
    RunLogDialog::setNextScreenshotFiles({ png });
    QTest::mouseClick(attach, Qt::LeftButton);
    QCOMPARE(dialog->run().items.at(3).attachments.size(), 1);
    QCOMPARE(test::requireChild<QListWidget>(dialog, QStringLiteral("screenshotList"))->count(), 1);

    QVERIFY(ticketButton->isEnabled());
    QSignalSpy created(dialog, &RunLogDialog::ticketCreated);
    QTest::mouseClick(ticketButton, Qt::LeftButton);
    QCOMPARE(created.size(), 1);
    QVERIFY(!ticketButton->isEnabled());

    TicketFilter queue;
    queue.projectId = m_fixture->shop.id;
    auto tickets = TicketRepository(m_fixture->db()).list(queue);
    QVERIFY(tickets.ok());
    QCOMPARE(tickets->size(), 1);
    QCOMPARE(tickets->first().id, created.first().at(0).toLongLong());
    QCOMPARE(tickets->first().category, QStringLiteral("bug-fixing"));
    QCOMPARE(tickets->first().level, QStringLiteral("standard"));
    QCOMPARE(tickets->first().stepsToReproduce, QStringLiteral("Quantity stays 1 after +"));
    QCOMPARE(dialog->run().items.at(3).ticketNumber, tickets->first().number);
    dialog->close();
}

void TestRegressionScheduleWidget::exportsTheCalendar()
{
    RegressionScheduleWidget widget(m_fixture->db(), m_fixture->testerActor());
    QVERIFY(test::showAndWait(&widget));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schedule.ics"));
    RegressionScheduleWidget::setNextExportPath(path);
    QTest::mouseClick(test::requireChild<QPushButton>(&widget, QStringLiteral("exportIcsButton")), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 2); // the paused project is not on the calendar
}

void TestRegressionScheduleWidget::checklistIsEditedPerProject()
{
    RegressionScheduleWidget widget(m_fixture->db(), m_fixture->managerActor());
    QVERIFY(test::showAndWait(&widget));
    widget.selectRow(rowOf(widget, QStringLiteral("rybolov")));
    QSignalSpy opened(&widget, &RegressionScheduleWidget::checklistEditorOpened);
    QTest::mouseClick(test::requireChild<QPushButton>(&widget, QStringLiteral("editChecklistButton")), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    auto* dialog = opened.first().first().value<ChecklistEditorDialog*>();
    QVERIFY(test::showAndWait(dialog));
    auto* text = test::requireChild<QPlainTextEdit>(dialog, QStringLiteral("checklistText"));
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("catalogue: ")));

    text->setPlainText(QStringLiteral("cart: Cart"));
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("cart: Cart again"));
    QTest::mouseClick(test::requireChild<QPushButton>(dialog, QStringLiteral("saveChecklistButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // refused, stays open
    QVERIFY2(test::requireChild<QLabel>(dialog, QStringLiteral("checklistMessage"))
                 ->text()
                 .startsWith(QStringLiteral("line 2:")),
             qPrintable(test::requireChild<QLabel>(dialog, QStringLiteral("checklistMessage"))->text()));

    text->setPlainText(QStringLiteral("cart: Cart"));
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("Gift cards"));
    QTest::mouseClick(test::requireChild<QPushButton>(dialog, QStringLiteral("saveChecklistButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    auto stored = RegressionRepository(m_fixture->db()).checklist(m_fixture->shop.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->items().size(), 2);
    QCOMPARE(stored->items().at(1).slug, QStringLiteral("gift-cards"));
    QCOMPARE(RegressionRepository(m_fixture->db()).checklist(m_fixture->second.id)->items().size(), 14);
}

void TestRegressionScheduleWidget::featureTestIsRequestedAndLogged()
{
    auto ticket = fileModuleChange();
    QVERIFY(ticket.ok());

    FeatureTestDialog request(m_fixture->db(), ticket->id, m_fixture->managerActor());
    QVERIFY(test::showAndWait(&request));
    auto* testers = test::requireChild<QComboBox>(&request, QStringLiteral("testerCombo"));
    QCOMPARE(testers->count(), 1); // only Olga holds the tester role
    QCOMPARE(testers->currentText(), QStringLiteral("Olga Testova"));
    QSignalSpy requested(&request, &FeatureTestDialog::featureTestRequested);
    QTest::mouseClick(test::requireChild<QPushButton>(&request, QStringLiteral("requestTestButton")), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);

    RegressionScheduleWidget widget(m_fixture->db(), m_fixture->testerActor());
    QVERIFY(test::showAndWait(&widget));
    widget.setMyRunsOnly(true);
    int row = -1;
    for (int r = 0; r < widget.model()->rowCount(); ++r) {
        row = widget.model()->entryAt(r)->kind == RunKind::Feature ? r : row;
    }
    QVERIFY(row >= 0);
    QCOMPARE(widget.model()->entryAt(row)->state, ScheduleState::Due);
    QCOMPARE(widget.model()->index(row, RegressionScheduleModel::Test).data().toString(),
             QStringLiteral("feature test, ticket #%1").arg(ticket->number));
    widget.selectRow(row);
    QSignalSpy opened(&widget, &RegressionScheduleWidget::runLogOpened);
    QTest::mouseClick(test::requireChild<QPushButton>(&widget, QStringLiteral("startRunButton")), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    auto* dialog = opened.first().first().value<RunLogDialog*>();
    QVERIFY(test::showAndWait(dialog));
    QCOMPARE(dialog->run().kind, RunKind::Feature);
    QCOMPARE(dialog->run().ticketId, ticket->id);
    auto* pass = test::requireChild<QToolButton>(dialog, QStringLiteral("passButton"));
    for (int i = 0; i < dialog->run().items.size(); ++i) {
        dialog->selectItem(i);
        QTest::mouseClick(pass, Qt::LeftButton);
    }
    QTest::mouseClick(test::requireChild<QPushButton>(dialog, QStringLiteral("finishButton")), Qt::LeftButton);
    QCOMPARE(dialog->run().status, RunStatus::Finished);
    RunFilter ofTicket;
    ofTicket.ticketId = ticket->id;
    QCOMPARE(RegressionRepository(m_fixture->db()).runs(ofTicket)->first().status, RunStatus::Finished);
    dialog->close();
}

void TestRegressionScheduleWidget::rendersScreenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ru") << "ru";
}

// Writes docs screenshots when DUTYDESK_SCREENSHOT_DIR is set; otherwise checks that the
// widgets render at their documented size.
void TestRegressionScheduleWidget::rendersScreenshots()
{
    QFETCH(QString, language);
    installTranslations(language);
    seedEveryScheduleState();
    if (QTest::currentTestFailed()) {
        return;
    }
    RegressionScheduleWidget widget(m_fixture->db(), m_fixture->testerActor());
    widget.resize(1280, 720);
    QVERIFY(test::showAndWait(&widget));
    QCOMPARE(test::requireChild<QLabel>(&widget, QStringLiteral("scheduleSummary"))->text().isEmpty(), false);

    qint64 openRunId = 0;
    recordAHalfDoneRunWithAFailure(&openRunId);
    if (QTest::currentTestFailed()) {
        return;
    }
    RunLogDialog dialog(m_fixture->db(), openRunId, m_fixture->testerActor());
    dialog.resize(1180, 680);
    dialog.selectItem(3);
    QVERIFY(test::showAndWait(&dialog));

    const QImage schedule = widget.grab().toImage();
    const QImage log = dialog.grab().toImage();
    QCOMPARE(schedule.size(), QSize(1280, 720));
    QVERIFY(!log.isNull());
    const QString outDir = qEnvironmentVariable("DUTYDESK_SCREENSHOT_DIR");
    if (!outDir.isEmpty()) {
        QVERIFY(QDir().mkpath(outDir));
        QVERIFY(schedule.save(QDir(outDir).filePath(QStringLiteral("testing-schedule-%1.png").arg(language))));
        QVERIFY(log.save(QDir(outDir).filePath(QStringLiteral("testing-run-log-%1.png").arg(language))));
    }
    installTranslations(QStringLiteral("en"));
}

void TestRegressionScheduleWidget::seedEveryScheduleState()
{
    // Every state on one screen: rybolov done on 12 January and due again on 12 March,
    // snasti overdue since 30 December with a feature test in progress, dacha paused.
    RegressionRepository repo(m_fixture->db());
    const auto at = [](int month, int day, int hour) {
        return toEpoch(QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC));
    };
    auto finished = repo.startRegression(m_fixture->shop.id, m_fixture->testerActor());
    QVERIFY(finished.ok());
    for (const RegressionRunItem& item : finished->items) {
        QVERIFY(repo.record(finished->id, item.slug, ItemResult::Pass, {}, m_fixture->testerActor()).ok());
    }
    QVERIFY(repo.finish(finished->id, QStringLiteral("All fine"), m_fixture->testerActor()).ok());
    QVERIFY(m_fixture->db()
                .run(QStringLiteral("UPDATE test_runs SET started_at = ?, finished_at = ? WHERE id = ?"),
                     { at(1, 12, 7), at(1, 12, 12), finished->id })
                .ok());
    auto ticket = fileModuleChange();
    QVERIFY(ticket.ok());
    auto feature
        = repo.requestFeatureTest(ticket->id, m_fixture->tester.id, QDate(2026, 3, 6), m_fixture->managerActor());
    QVERIFY(feature.ok());
    QVERIFY(repo.startRequested(feature->id, m_fixture->testerActor()).ok());
    QVERIFY(m_fixture->db()
                .run(QStringLiteral("UPDATE test_runs SET started_at = ? WHERE id = ?"), { at(3, 4, 8), feature->id })
                .ok());
    QVERIFY(repo.record(feature->id, QStringLiteral("1"), ItemResult::Pass, {}, m_fixture->testerActor()).ok());
}

// The log of a regression run half way through, with a failure and its note.
void TestRegressionScheduleWidget::recordAHalfDoneRunWithAFailure(qint64* runId)
{
    RegressionRepository repo(m_fixture->db());
    auto open = repo.startRegression(m_fixture->second.id, m_fixture->testerActor());
    QVERIFY(open.ok());
    QVERIFY(repo.record(open->id, QStringLiteral("catalogue"), ItemResult::Pass, {}, m_fixture->testerActor()).ok());
    QVERIFY(repo.record(open->id, QStringLiteral("search"), ItemResult::Pass, {}, m_fixture->testerActor()).ok());
    QVERIFY(repo.record(open->id, QStringLiteral("product-page"), ItemResult::Skip,
                        QStringLiteral("New product template not deployed yet"), m_fixture->testerActor())
                .ok());
    QVERIFY(repo.record(open->id, QStringLiteral("cart"), ItemResult::Fail,
                        QStringLiteral("Quantity stays 1 after pressing +"), m_fixture->testerActor())
                .ok());
    *runId = open->id;
}

QTEST_MAIN(TestRegressionScheduleWidget)
#include "TestRegressionScheduleWidget.moc"
