#include "QueueTestData.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/queue/QueueProxyModel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QTest>

using namespace dd;
using test::makeQueueEntry;
using test::TicketSpec;

// The queue model and its proxy: item-model contract, the queue order of docs/rules.md#tickets, the
// quick filters and the search.
class TestQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void obeysTheItemModelContract();
    void defaultOrderIsEmergenciesByDeadlineThenFifo();
    void quickFilters_data();
    void quickFilters();
    void searchFindsNumberSubjectAndClient_data();
    void searchFindsNumberSubjectAndClient();
    void columnSortAndBackToQueueOrder();
    void lastActivityShowsAndSorts();

private:
    QList<qint64> visibleNumbers() const;

    std::unique_ptr<test::ScopedFakeClock> m_clock;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QueueProxyModel> m_proxy;
};

namespace {

const char* const nowText = "2026-03-03T12:00:00"; // a Tuesday, Moscow

std::vector<QueueEntry> sampleQueue()
{
    const qint64 now = test::moscow(nowText);
    std::vector<QueueEntry> entries;
    TicketSpec s;
    s.number = 1; // standard 09:30 → deadline tomorrow 09:30
    s.arrived = "2026-03-03T09:30:00";
    entries.push_back(makeQueueEntry(s, now));
    s.number = 2; // emergency 11:30 → deadline 12:30
    s.level = QStringLiteral("emergency");
    s.arrived = "2026-03-03T11:30:00";
    s.assigneeId = 7;
    entries.push_back(makeQueueEntry(s, now));
    s.number = 3; // emergency 11:10 → deadline 12:10: before #2 though it arrived later than #4
    s.arrived = "2026-03-03T11:10:00";
    s.assigneeId = 0;
    s.subject = QStringLiteral("Сайт взломан");
    entries.push_back(makeQueueEntry(s, now));
    s = TicketSpec {};
    s.number = 4; // standard, a week ago: breached
    s.arrived = "2026-02-24T09:00:00";
    s.assigneeId = 7;
    s.clientId = 2;
    s.projectId = 2;
    s.clientName = QStringLiteral("ИП Сидоров");
    entries.push_back(makeQueueEntry(s, now));
    s = TicketSpec {};
    s.number = 5; // waiting
    s.arrived = "2026-03-03T09:00:00";
    s.status = TicketStatus::Waiting;
    entries.push_back(makeQueueEntry(s, now));
    s.number = 6; // closed: not in the queue
    s.status = TicketStatus::Closed;
    entries.push_back(makeQueueEntry(s, now));
    return entries;
}

} // namespace

void TestQueueModel::init()
{
    m_proxy.reset();
    m_model.reset();
    m_clock = std::make_unique<test::ScopedFakeClock>(QDateTime::fromSecsSinceEpoch(test::moscow(nowText), Qt::UTC));
    m_model = std::make_unique<QueueModel>(test::builtinEngine());
    m_proxy = std::make_unique<QueueProxyModel>();
    m_proxy->setQueueModel(m_model.get());
    m_model->setEntries(sampleQueue());
    m_model->tick();
}

QList<qint64> TestQueueModel::visibleNumbers() const
{
    QList<qint64> numbers;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        numbers << m_proxy->index(row, QueueModel::Number).data().toLongLong();
    }
    return numbers;
}

void TestQueueModel::obeysTheItemModelContract()
{
    QAbstractItemModelTester sourceTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 now = test::moscow(nowText);
    TicketSpec added;
    added.number = 9;
    added.arrived = "2026-03-03T11:59:00";
    m_model->upsert(makeQueueEntry(added, now)); // insert
    QCOMPARE(m_model->rowCount(), 7);
    added.status = TicketStatus::Registered;
    m_model->upsert(makeQueueEntry(added, now)); // update in place
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->entry(m_model->rowOfTicket(90)).ticket.status, TicketStatus::Registered);
    m_proxy->setQuickFilter(QueueProxyModel::QuickFilter::Emergencies);
    m_proxy->setSearchText(QStringLiteral("взлом"));
    m_proxy->sort(QueueModel::Subject, Qt::DescendingOrder);
    m_proxy->setSearchText(QString());
    m_proxy->sort(-1);
    m_model->remove(30);
    QCOMPARE(m_model->rowOfTicket(30), -1);
    QCOMPARE(m_model->rowOfTicket(40), 2); // the index follows the removal
    m_model->tick();
    m_model->setEntries(sampleQueue());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }
}

void TestQueueModel::defaultOrderIsEmergenciesByDeadlineThenFifo()
{
    QVERIFY(m_proxy->isQueueOrder());
    QCOMPARE(visibleNumbers(), (QList<qint64> { 3, 2, 4, 5, 1 }));
    // A new emergency with a sooner deadline takes the head of the queue at once.
    TicketSpec urgent;
    urgent.number = 8;
    urgent.level = QStringLiteral("emergency");
    urgent.arrived = "2026-03-03T11:05:00";
    m_model->upsert(makeQueueEntry(urgent, test::moscow(nowText)));
    QCOMPARE(visibleNumbers(), (QList<qint64> { 8, 3, 2, 4, 5, 1 }));
}

void TestQueueModel::quickFilters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QList<qint64>>("numbers");
    using F = QueueProxyModel::QuickFilter;
    QTest::newRow("none") << int(F::None) << QList<qint64> { 3, 2, 4, 5, 1 };
    QTest::newRow("my tickets") << int(F::Mine) << QList<qint64> { 2, 4 };
    QTest::newRow("unassigned") << int(F::Unassigned) << QList<qint64> { 3, 5, 1 };
    QTest::newRow("emergencies") << int(F::Emergencies) << QList<qint64> { 3, 2 };
    QTest::newRow("waiting") << int(F::Waiting) << QList<qint64> { 5 };
    QTest::newRow("breached") << int(F::Breached) << QList<qint64> { 4 };
    // Combined: a row passes every filter checked.
    QTest::newRow("mine + breached") << (int(F::Mine) | int(F::Breached)) << QList<qint64> { 4 };
    QTest::newRow("mine + emergencies") << (int(F::Mine) | int(F::Emergencies)) << QList<qint64> { 2 };
    QTest::newRow("unassigned + emergencies") << (int(F::Unassigned) | int(F::Emergencies)) << QList<qint64> { 3 };
    QTest::newRow("waiting + breached") << (int(F::Waiting) | int(F::Breached)) << QList<qint64> {};
}

void TestQueueModel::quickFilters()
{
    QFETCH(int, filter);
    QFETCH(QList<qint64>, numbers);
    m_proxy->setCurrentUserId(7);
    m_proxy->setQuickFilters(QueueProxyModel::QuickFilters(QFlag(filter)));
    QCOMPARE(visibleNumbers(), numbers);
    m_proxy->setScope(1, 0); // one client: #4 belongs to another
    numbers.removeAll(4);
    QCOMPARE(visibleNumbers(), numbers);
}

void TestQueueModel::searchFindsNumberSubjectAndClient_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("numbers");
    QTest::newRow("number with #") << QStringLiteral("#4") << QList<qint64> { 4 };
    QTest::newRow("bare number") << QStringLiteral("5") << QList<qint64> { 5 };
    QTest::newRow("a closed ticket by number") << QStringLiteral("#6") << QList<qint64> { 6 };
    QTest::newRow("subject, other case") << QStringLiteral("ВЗЛОМАН") << QList<qint64> { 3 };
    QTest::newRow("client") << QStringLiteral("сидоров") << QList<qint64> { 4 };
    QTest::newRow("nothing") << QStringLiteral("skype") << QList<qint64> {};
}

void TestQueueModel::searchFindsNumberSubjectAndClient()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, numbers);
    m_proxy->setSearchText(text);
    QCOMPARE(visibleNumbers(), numbers);
}

void TestQueueModel::columnSortAndBackToQueueOrder()
{
    m_proxy->sort(QueueModel::Number, Qt::DescendingOrder);
    QVERIFY(!m_proxy->isQueueOrder());
    QCOMPARE(visibleNumbers(), (QList<qint64> { 5, 4, 3, 2, 1 }));
    // Time left: the breached one first, then by deadline; the paused (waiting) one last.
    m_proxy->sort(QueueModel::TimeLeft, Qt::AscendingOrder);
    QCOMPARE(visibleNumbers().first(), 4);
    QCOMPARE(visibleNumbers().last(), 5);
    m_proxy->sort(-1);
    QCOMPARE(visibleNumbers(), (QList<qint64> { 3, 2, 4, 5, 1 }));
}

void TestQueueModel::lastActivityShowsAndSorts()
{
    // Issue 18 point 6: the last event's time (updated_at, stamped with every event), the arrival
    // of a ticket nothing happened to since.
    std::vector<QueueEntry> entries = sampleQueue();
    entries[0].ticket.updatedAt = QDateTime::fromSecsSinceEpoch(test::moscow("2026-03-03T11:55:00"), Qt::UTC); // #1
    entries[3].ticket.updatedAt = QDateTime::fromSecsSinceEpoch(test::moscow("2026-03-02T10:00:00"), Qt::UTC); // #4
    m_model->setEntries(std::move(entries));
    m_model->tick();
    m_proxy->sort(QueueModel::LastActivity, Qt::AscendingOrder);
    QCOMPARE(visibleNumbers(), (QList<qint64> { 4, 5, 3, 2, 1 }));
    // The console's one date style (ui/common/DateTimeFormat), in the Russian locale.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QCOMPARE(m_proxy->index(4, QueueModel::LastActivity).data().toString(), QStringLiteral("03.03 11:55"));
    QCOMPARE(m_proxy->index(1, QueueModel::LastActivity).data().toString(), QStringLiteral("03.03 09:00")); // arrival
    QCOMPARE(m_proxy->headerData(QueueModel::LastActivity, Qt::Horizontal).toString(), QStringLiteral("Last activity"));
    m_proxy->sort(QueueModel::LastActivity, Qt::DescendingOrder);
    QCOMPARE(visibleNumbers().first(), 1);
}

QTEST_MAIN(TestQueueModel)
#include "TestQueueModel.moc"
