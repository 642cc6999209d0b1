#include "tests/support/GuiTestHelpers.h"
#include "ui/MainWindow.h"
#include "ui/queue/ProjectTreeModel.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"
#include "ui/queue/QueueView.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/widgets/HelpDialogs.h"
#include "ui/widgets/StatusClockWidget.h"

#include "core/util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace dd;

namespace {

using QuickFilter = QueueProxyModel::QuickFilter;

// What the proxy's quick filter means, said again from the entry's own fields.
bool passesQuickFilter(QuickFilter filter, const QueueEntry& entry)
{
    switch (filter) {
    case QuickFilter::Unassigned:
        return entry.ticket.assigneeId == 0;
    case QuickFilter::Emergencies:
        return entry.ticket.level == QLatin1String("emergency");
    case QuickFilter::Waiting:
        return entry.ticket.status == TicketStatus::Waiting;
    default:
        return entry.shown.has_value() && entry.state == ClockState::Breached;
    }
}

// Open tickets that pass every one of the filters.
int countOpenPassing(const QueueModel& model, const QList<QuickFilter>& filters)
{
    int n = 0;
    for (const QueueEntry& entry : model.entries()) {
        n += entry.open && std::all_of(filters.cbegin(), filters.cend(), [&](QuickFilter f) {
                 return passesQuickFilter(f, entry);
             });
    }
    return n;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsMoscowClockAndLocalTime();
    void hidesLocalTimeWhenTheZonesAgree();
    void clockTicks();
    void showsTheDatabaseAndTheEmptyPlaces();
    void findShortcutFocusesSearch();
    void failedOpeningIsNoLoad();
    void speaksRussian();
    void fitsA1280x720Screen();
    void projectNamesAreNotElidedInTheTree();
    void remembersTheLayout();
    void filtersCombineAndViewsAreSaved();
    void listsItsKeyboardShortcuts();
    void marksTheDemoAndAsksWhoWorks();

private:
    // A file of this run's own: a shared one in /tmp was migrated by other checkouts'
    // runs, to schema versions this build does not know (and opening it then fails).
    DatabaseLocation sqlite() const { return *DatabaseLocation::parse(databasePath()); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("dutydesk-test-mainwindow.sqlite")); }
    static void projectNameReadsWhole(const QTreeView* tree, const QModelIndex& index);
    // filtersCombineAndViewsAreSaved's steps, in order.
    static void twoQuickFiltersCombine(MainWindow& window, QAction** first, QAction** second, int* expected);
    static void savedViewBringsTheFiltersBack(MainWindow& window, QAction* first, QAction* second, int expected);
    static void searchFindingNothingOffersClosedTickets(MainWindow& window);

    QTemporaryDir m_dir;
};

void TestMainWindow::showsMoscowClockAndLocalTime()
{
    test::ScopedFakeClock clock(QDateTime(QDate(2026, 3, 3), QTime(7, 0, 5), Qt::UTC));
    MainWindow window(sqlite());
    QVERIFY(test::showAndWait(&window));
    auto* moscow = test::requireChild<QLabel>(&window, QStringLiteral("moscowClock"));
    auto* local = test::requireChild<QLabel>(&window, QStringLiteral("localClock"));
    QVERIFY(moscow && local);
    QCOMPARE(moscow->text(), QStringLiteral("Moscow 10:00:05"));
    // The suite runs with TZ=Asia/Omsk: the agency's own zone, three hours ahead.
    QVERIFY(local->isVisible());
    QCOMPARE(local->text(), QStringLiteral("local 13:00:05 (UTC+6)"));
}

void TestMainWindow::hidesLocalTimeWhenTheZonesAgree()
{
    test::ScopedFakeClock clock(QDateTime(QDate(2026, 7, 1), QTime(12, 30), Qt::UTC));
    MainWindow window(sqlite());
    QVERIFY(test::showAndWait(&window));
    window.statusClock()->setLocalZone(QTimeZone("Europe/Volgograd")); // UTC+3 like Moscow
    auto* local = test::requireChild<QLabel>(&window, QStringLiteral("localClock"));
    QVERIFY(!local->isVisible());
    QCOMPARE(test::requireChild<QLabel>(&window, QStringLiteral("moscowClock"))->text(),
             QStringLiteral("Moscow 15:30:00"));
}

void TestMainWindow::clockTicks()
{
    test::ScopedFakeClock clock(QDateTime(QDate(2026, 3, 3), QTime(7, 0, 5), Qt::UTC));
    MainWindow window(sqlite());
    QVERIFY(test::showAndWait(&window));
    auto* moscow = test::requireChild<QLabel>(&window, QStringLiteral("moscowClock"));
    clock.clock().advance(61);
    QTRY_COMPARE_WITH_TIMEOUT(moscow->text(), QStringLiteral("Moscow 10:01:06"), 3000);
}

void TestMainWindow::showsTheDatabaseAndTheEmptyPlaces()
{
    MainWindow window(sqlite());
    QVERIFY(test::showAndWait(&window));
    auto* database = test::requireChild<QLabel>(&window, QStringLiteral("databaseLabel"));
    QVERIFY(database);
    QVERIFY(database->text().contains(databasePath()));
    QVERIFY(test::requireChild<QTableView>(&window, QStringLiteral("queueView")));
    auto* dock = test::requireChild<QDockWidget>(&window, QStringLiteral("breachDock"));
    QVERIFY(dock && dock->isVisible());
    QSignalSpy loaded(&window, &MainWindow::dataLoaded);
    window.loadData();
    QVERIFY(loaded.wait(2000));
}

void TestMainWindow::failedOpeningIsNoLoad()
{
    // A file under a regular file cannot be created: opening fails.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-directory")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MainWindow window(*DatabaseLocation::parse(blocker.fileName() + QStringLiteral("/console.sqlite")));
    QVERIFY(test::showAndWait(&window));
    QSignalSpy loaded(&window, &MainWindow::dataLoaded);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.loadData();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(QStringLiteral("Cannot open the database")),
             qPrintable(failed.at(0).at(0).toString()));
    QTest::qWait(200); // nothing else is on its way
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!window.database());
    auto* database = test::requireChild<QLabel>(&window, QStringLiteral("databaseLabel"));
    QVERIFY(database->text().startsWith(QStringLiteral("Cannot open the database")));
}

void TestMainWindow::findShortcutFocusesSearch()
{
    MainWindow window(sqlite());
    QVERIFY(test::showAndWait(&window));
    window.activateWindow();
    auto* search = test::requireChild<QLineEdit>(&window, QStringLiteral("searchEdit"));
    auto* queue = test::requireChild<QTableView>(&window, QStringLiteral("queueView"));
    QVERIFY(search && queue);
    queue->setFocus();
    QTRY_VERIFY(queue->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

void TestMainWindow::speaksRussian()
{
    QCOMPARE(installTranslations(QStringLiteral("ru")), QStringLiteral("ru"));
    test::ScopedFakeClock clock(QDateTime(QDate(2026, 3, 3), QTime(7, 0, 5), Qt::UTC));
    MainWindow window(sqlite());
    QVERIFY(test::showAndWait(&window));
    QCOMPARE(test::requireChild<QLabel>(&window, QStringLiteral("moscowClock"))->text(),
             QStringLiteral("Москва 10:00:05"));
    QVERIFY(test::requireChild<QDockWidget>(&window, QStringLiteral("breachDock"))
                ->windowTitle()
                .contains(QStringLiteral("Нарушени")));
}

void TestMainWindow::fitsA1280x720Screen()
{
    MainWindow window(sqlite());
    window.resize(1280, 720);
    QVERIFY(test::showAndWait(&window));
    // The ticket goes below the queue, so the subject keeps its room.
    auto* work = test::requireChild<QSplitter>(&window, QStringLiteral("workSplitter"));
    QVERIFY(work);
    QCOMPARE(work->orientation(), Qt::Vertical);
    auto* queue = test::requireChild<QTableView>(&window, QStringLiteral("queueView"));
    QVERIFY(queue);
    QTRY_VERIFY2(queue->columnWidth(QueueModel::Subject) >= queue->viewport()->width() * 2 / 5,
                 qPrintable(QStringLiteral("subject %1 of %2 px")
                                .arg(queue->columnWidth(QueueModel::Subject))
                                .arg(queue->viewport()->width())));
    // Stacked: the queue keeps a good part, the ticket with its reply editor the larger one.
    QVERIFY(queue->height() > work->height() / 3);
    window.resize(1920, 1080);
    QTRY_COMPARE(work->orientation(), Qt::Horizontal);
}

// Issue 18 point 1: at 1280×720 every project of the demo data reads whole in the tree
// (short names), and the full name is in its tooltip.
void TestMainWindow::projectNamesAreNotElidedInTheTree()
{
    installTranslations(QStringLiteral("ru"));
    MainWindow window(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    window.setFillDemoData(true);
    window.resize(1280, 720);
    QVERIFY(test::showAndWait(&window));
    QSignalSpy loaded(&window, &MainWindow::dataLoaded);
    window.loadData();
    QVERIFY(loaded.wait(60000));
    auto* tree = test::requireChild<QTreeView>(&window, QStringLiteral("projectsView"));
    QVERIFY(tree);
    QVERIFY(tree->model()->rowCount() > 1);
    tree->expandAll();
    QApplication::processEvents();
    int projects = 0;
    const QAbstractItemModel* model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex client = model->index(row, 0);
        for (int child = 0; child < model->rowCount(client); ++child) {
            const QModelIndex index = model->index(child, 0, client);
            ++projects;
            projectNameReadsWhole(tree, index);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }
    QCOMPARE(projects, 14);

    // The dashboard's project bars scope the queue by the name they show.
    QVERIFY(window.scopeToProject(QStringLiteral("Рыболов")));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Рыболов"));
    const QAbstractItemModel* queue = window.queueProxy();
    QVERIFY(queue->rowCount() > 0);
    for (int row = 0; row < queue->rowCount(); ++row) {
        QCOMPARE(queue->index(row, QueueModel::Project).data().toString(), QStringLiteral("Рыболов"));
    }
    // The queue's cell shows the short name, its tooltip the full one and the client.
    const QString tip = queue->index(0, QueueModel::Project).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Интернет-магазин «Рыболов»"))
                 && tip.contains(QStringLiteral("ООО «Рыболов»")),
             qPrintable(tip));
    QVERIFY(!window.scopeToProject(QStringLiteral("Нет такого")));
    installTranslations(QStringLiteral("en"));
}

// One project row of the tree: its name fits whole, its tooltip has the full name.
void TestMainWindow::projectNameReadsWhole(const QTreeView* tree, const QModelIndex& index)
{
    // As the delegate lays the row out: the style's text rectangle after the icon,
    // less the text margins it draws inside.
    QStyleOptionViewItem option;
    option.initFrom(tree->viewport());
    option.rect = tree->visualRect(index);
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    option.text = index.data().toString();
    option.icon = index.data(Qt::DecorationRole).value<QIcon>();
    option.decorationSize = tree->iconSize().isValid() ? tree->iconSize()
                                                       : QSize(tree->style()->pixelMetric(QStyle::PM_SmallIconSize),
                                                               tree->style()->pixelMetric(QStyle::PM_SmallIconSize));
    option.font = tree->font();
    const QRect textRect = tree->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, tree);
    const int margins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    const int needed = tree->fontMetrics().horizontalAdvance(option.text);
    QVERIFY2(
        needed <= textRect.width() - margins,
        qPrintable(
            QStringLiteral("«%1» needs %2 px, has %3").arg(option.text).arg(needed).arg(textRect.width() - margins)));
    QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("«")),
             qPrintable(index.data(Qt::ToolTipRole).toString()));
}

void TestMainWindow::remembersTheLayout()
{
    {
        MainWindow window(sqlite());
        window.resize(1500, 900);
        QVERIFY(test::showAndWait(&window));
        auto* waiting = test::requireChild<QAction>(&window, QStringLiteral("filterWaiting"));
        QVERIFY(waiting);
        waiting->trigger();
        auto* queue = test::requireChild<QTableView>(&window, QStringLiteral("queueView"));
        queue->horizontalHeader()->resizeSection(QueueModel::Project, 200);
        queue->horizontalHeader()->setSectionHidden(QueueModel::Arrived, true);
        window.close();
    }
    MainWindow again(sqlite());
    QVERIFY(test::showAndWait(&again));
    QCOMPARE(again.size(), QSize(1500, 900));
    QVERIFY(test::requireChild<QAction>(&again, QStringLiteral("filterWaiting"))->isChecked());
    QCOMPARE(again.queueProxy()->quickFilters(), QueueProxyModel::QuickFilter::Waiting);
    auto* queue = test::requireChild<QTableView>(&again, QStringLiteral("queueView"));
    QCOMPARE(queue->horizontalHeader()->sectionSize(QueueModel::Project), 200);
    QVERIFY(queue->horizontalHeader()->isSectionHidden(QueueModel::Arrived));
    QSettings().remove(QStringLiteral("layout")); // the next window starts as on a first start
}

void TestMainWindow::filtersCombineAndViewsAreSaved()
{
    installTranslations(QStringLiteral("en")); // speaksRussian switched to Russian
    MainWindow window(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    window.setFillDemoData(true);
    QVERIFY(test::showAndWait(&window));
    QSignalSpy loaded(&window, &MainWindow::dataLoaded);
    window.loadData();
    QVERIFY(loaded.wait(60000));
    QAction* first = nullptr;
    QAction* second = nullptr;
    int expected = 0;
    twoQuickFiltersCombine(window, &first, &second, &expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    savedViewBringsTheFiltersBack(window, first, second, expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    searchFindingNothingOffersClosedTickets(window);
}

// Two quick filters at once: a row must pass both. The pair is one the demo data
// tells apart (some rows pass one filter only).
void TestMainWindow::twoQuickFiltersCombine(MainWindow& window, QAction** first, QAction** second, int* expected)
{
    const int total = window.queueModel()->rowCount();
    QVERIFY(total > 0);
    auto* count = test::requireChild<QLabel>(&window, QStringLiteral("ticketCountLabel"));
    QVERIFY(count);
    const auto countPassing
        = [&window](const QList<QuickFilter>& filters) { return countOpenPassing(*window.queueModel(), filters); };
    const QHash<QuickFilter, QString> actionOf { { QuickFilter::Unassigned, QStringLiteral("filterUnassigned") },
                                                 { QuickFilter::Emergencies, QStringLiteral("filterEmergencies") },
                                                 { QuickFilter::Waiting, QStringLiteral("filterWaiting") },
                                                 { QuickFilter::Breached, QStringLiteral("filterBreached") } };
    const QList<QuickFilter> all { QuickFilter::Unassigned, QuickFilter::Emergencies, QuickFilter::Waiting,
                                   QuickFilter::Breached };
    QList<QuickFilter> pair;
    for (int i = 0; i < all.size() && pair.isEmpty(); ++i) {
        for (int j = i + 1; j < all.size() && pair.isEmpty(); ++j) {
            const int both = countPassing({ all[i], all[j] });
            if (both > 0 && both < countPassing({ all[i] }) && both < countPassing({ all[j] })) {
                pair = { all[i], all[j] };
            }
        }
    }
    QVERIFY2(!pair.isEmpty(), "the demo data has rows that pass one quick filter and not another");
    *first = test::requireChild<QAction>(&window, actionOf.value(pair[0]));
    *second = test::requireChild<QAction>(&window, actionOf.value(pair[1]));
    (*first)->trigger();
    (*second)->trigger();
    QVERIFY((*first)->isChecked() && (*second)->isChecked());
    *expected = countPassing(pair);
    QCOMPARE(window.queueProxy()->rowCount(), *expected);
    // The count follows the filter.
    QCOMPARE(count->text(), QStringLiteral("%1 of %2 tickets").arg(*expected).arg(total));
}

void TestMainWindow::savedViewBringsTheFiltersBack(MainWindow& window, QAction* first, QAction* second, int expected)
{
    window.saveCurrentView(QStringLiteral("Горит"));
    first->trigger();
    second->trigger();
    QCOMPARE(window.queueProxy()->quickFilters(), QueueProxyModel::QuickFilters());
    QVERIFY(window.applyView(QStringLiteral("Горит")));
    QVERIFY(first->isChecked() && second->isChecked());
    QCOMPARE(window.queueProxy()->rowCount(), expected);
    QVERIFY(!window.applyView(QStringLiteral("нет такого")));
    first->trigger();
    second->trigger();
}

// A search that finds nothing says so and offers closed tickets too.
void TestMainWindow::searchFindingNothingOffersClosedTickets(MainWindow& window)
{
    auto* search = test::requireChild<QLineEdit>(&window, QStringLiteral("searchEdit"));
    QSignalSpy searched(&window, &MainWindow::searchShown);
    search->setText(QStringLiteral("щщщзззнетслова"));
    QVERIFY(searched.wait(5000));
    auto* queue = test::requireChild<QueueView>(&window, QStringLiteral("queueView"));
    QTRY_COMPARE(queue->emptyMessage(), QStringLiteral("Nothing found for «щщщзззнетслова»"));
    auto* widen = test::requireChild<QPushButton>(&window, QStringLiteral("queueEmptyAction"));
    QVERIFY(widen && widen->isVisible());
    QTest::mouseClick(widen, Qt::LeftButton);
    QVERIFY(test::requireChild<QAction>(&window, QStringLiteral("showClosedAction"))->isChecked());
    search->clear();
    QTRY_VERIFY(queue->emptyMessage().isEmpty());
}

void TestMainWindow::listsItsKeyboardShortcuts()
{
    MainWindow window(sqlite());
    QVERIFY(test::showAndWait(&window));
    ShortcutsDialog dialog(&window);
    auto* table = test::requireChild<QTableWidget>(&dialog, QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QStringList keys;
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        names << table->item(row, 0)->text();
        keys << table->item(row, 1)->text();
    }
    // The list is read from the actions: what Ctrl+F and Alt+5 do is in it.
    QVERIFY2(keys.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)),
             qPrintable(keys.join(',')));
    QVERIFY(keys.contains(QStringLiteral("Alt+5")));
    QVERIFY(names.contains(QStringLiteral("Breached")));
    QVERIFY(dialog.shortcutCount() >= 8);
}

void TestMainWindow::marksTheDemoAndAsksWhoWorks()
{
    installTranslations(QStringLiteral("en"));
    MainWindow window(*DatabaseLocation::parse(m_dir.filePath(QStringLiteral("demo-identity.sqlite"))));
    window.setFillDemoData(true);
    window.setAskIdentity(true);
    QVERIFY(test::showAndWait(&window));
    // The test's login is none of the demo's people: the console asks; pick the first.
    QString question;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &window, [&question, &answer] {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            question = dialog->labelText();
            answer.stop();
            dialog->accept();
        }
    });
    answer.start();
    QSignalSpy loaded(&window, &MainWindow::dataLoaded);
    window.loadData();
    QVERIFY(loaded.wait(60000));
    QVERIFY(window.isDemo());
    QVERIFY(window.windowTitle().contains(QStringLiteral("DEMO")));
    QVERIFY(test::requireChild<QLabel>(&window, QStringLiteral("demoLabel"))->isVisible());
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(QStringLiteral("is not a user of this database")), qPrintable(question));
    const QString login = ConsoleSettings::value(ConsoleSettings::Key::Login).toString();
    QVERIFY(!login.isEmpty());
    ConsoleSettings::setValue(ConsoleSettings::Key::Login, QString());

    // A database the demo did not fill carries no mark.
    MainWindow plain(sqlite());
    QVERIFY(test::showAndWait(&plain));
    QSignalSpy plainLoaded(&plain, &MainWindow::dataLoaded);
    plain.loadData();
    QVERIFY(plainLoaded.wait(20000));
    QVERIFY(!plain.isDemo());
    QVERIFY(!plain.windowTitle().contains(QStringLiteral("DEMO")));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
