#include "tests/ui/queue/QueueTestData.h"
#include "ui/queue/BreachProxyModel.h"
#include "ui/queue/ProjectTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dd;
using namespace dd::test;

// The breach list and the project tree under QAbstractItemModelTester: every change the
// console makes to them (new entries, ticks, a new project set) keeps the models sound.
class TestQueueProxies : public QObject
{
    Q_OBJECT

private slots:
    void breachProxyStaysSound();
    void projectTreeStaysSound();
};

namespace {

std::vector<QueueEntry> entries(qint64 now)
{
    std::vector<QueueEntry> list;
    list.push_back(
        makeQueueEntry({ 1, QStringLiteral("emergency"), "2026-03-03T09:10:00" }, now)); // warning: 10 min left
    list.push_back(makeQueueEntry({ 2, QStringLiteral("standard"), "2026-03-02T08:00:00" }, now)); // breached
    list.push_back(makeQueueEntry({ 3, QStringLiteral("standard"), "2026-03-03T09:50:00" }, now)); // ok
    TicketSpec waiting { 4, QStringLiteral("standard"), "2026-03-02T08:00:00", TicketStatus::Waiting };
    waiting.projectId = 2;
    waiting.clientId = 2;
    list.push_back(makeQueueEntry(waiting, now));
    return list;
}

Project project(qint64 id, qint64 clientId, const char* name)
{
    Project p;
    p.id = id;
    p.clientId = clientId;
    p.code = QStringLiteral("p%1").arg(id);
    p.name = QString::fromUtf8(name);
    return p;
}

} // namespace

void TestQueueProxies::breachProxyStaysSound()
{
    const qint64 now = moscow("2026-03-03T10:00:00");
    QueueModel queue(builtinEngine());
    BreachProxyModel breaches;
    QAbstractItemModelTester tester(&breaches, QAbstractItemModelTester::FailureReportingMode::QtTest);
    breaches.setQueueModel(&queue);
    queue.setEntries(entries(now));
    QCOMPARE(breaches.rowCount(), 2); // the warning and the breach, not the ok or the paused
    queue.setEntries({});
    QCOMPARE(breaches.rowCount(), 0);
    queue.setEntries(entries(now));
    QCOMPARE(breaches.rowCount(), 2);
}

void TestQueueProxies::projectTreeStaysSound()
{
    ProjectTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setProjects({ project(1, 1, "Интернет-магазин «Ромашка»"), project(2, 2, "Сайт «Лютик»") });
    QVERIFY(tree.indexOfProject(1).isValid());
    QVERIFY(tree.indexOfProject(2).isValid());
    tree.updateSummary(entries(moscow("2026-03-03T10:00:00")));
    QCOMPARE(tree.indexOfProject(1).siblingAtColumn(1).data().toInt(), 3);
    tree.setProjects({ project(2, 2, "Сайт «Лютик»") });
    QVERIFY(!tree.indexOfProject(1).isValid());
    tree.updateSummary({});
}

QTEST_MAIN(TestQueueProxies)
#include "TestQueueProxies.moc"
