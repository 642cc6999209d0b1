#include "tests/core/billing/BillingFixture.h"

#include "core/billing/TicketFeedback.h"
#include "core/domain/Permissions.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/MainWindow.h"
#include "ui/reports/EscalationNotifier.h"
#include "ui/reports/ReportsService.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/widgets/BreachNotifier.h"
#include "ui/widgets/DesktopNotifications.h"
#include "ui/widgets/NotificationBanner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dd;
using dd::test::BillingFixture;

namespace {

// A notifier over the billing fixture's database (#C escalated before the start) and a spy
// on what it announces.
struct NotifierBench
{
    QTemporaryDir dir;
    QString error;
    BillingFixture fixture { dir.filePath(QStringLiteral("notify.sqlite")), &error };
    ReportsService reports { database() };
    EscalationNotifier notifier { reports };
    QSignalSpy notified { &notifier, &EscalationNotifier::notified };

    Actor head() const { return { fixture.headId, QStringLiteral("head"), QStringLiteral("Ирина Head") }; }

private:
    // The members after the fixture need its database: without one, stop with the reason
    // rather than crash on a null pointer.
    Database& database()
    {
        if (!fixture.db) {
            qFatal("the billing fixture failed: %s", qPrintable(error));
        }
        return *fixture.db;
    }
};

} // namespace

class TestEscalationNotifier : public QObject
{
    Q_OBJECT

private slots:
    void announcesEachEscalationOnce();
    void rechecksOnlyTheChangedTickets();
    void checksOnTheReportsWorker();
    void reachesManagersInTheWindow();
};

void TestEscalationNotifier::announcesEachEscalationOnce()
{
    NotifierBench bench;
    QVERIFY2(bench.error.isEmpty(), qPrintable(bench.error));
    const BillingFixture& fixture = bench.fixture;
    EscalationNotifier& notifier = bench.notifier;
    QSignalSpy& notified = bench.notified;

    QVERIFY(notifier.check().ok()); // #3 is open since before the start: announced
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toLongLong(), fixture.ticketC);
    QVERIFY(notified.at(0).at(2).toString().contains(BillingFixture::clientName()));
    QVERIFY(notifier.check().ok()); // nothing new
    QCOMPARE(notified.count(), 1);

    const Actor head = bench.head();
    QVERIFY(TicketFeedback(*fixture.db).escalate(fixture.ticketE, head).ok());
    QVERIFY(notifier.check().ok());
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(0).toLongLong(), fixture.ticketE);
    QCOMPARE(notifier.open().size(), 2);

    QVERIFY(TicketFeedback(*fixture.db).handleEscalation(fixture.ticketC, head).ok());
    QVERIFY(notifier.check().ok());
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notifier.open().size(), 1);
}

void TestEscalationNotifier::rechecksOnlyTheChangedTickets()
{
    NotifierBench bench;
    QVERIFY2(bench.error.isEmpty(), qPrintable(bench.error));
    const BillingFixture& fixture = bench.fixture;
    EscalationNotifier& notifier = bench.notifier;
    QSignalSpy& notified = bench.notified;
    QVERIFY(notifier.check().ok());
    QCOMPARE(notified.count(), 1); // #C, open since before the start

    const Actor head = bench.head();
    QVERIFY(TicketFeedback(*fixture.db).escalate(fixture.ticketE, head).ok());
    // A check of other tickets does not see it; one of the escalated ticket does, once.
    QVERIFY(notifier.check({ fixture.ticketA }).ok());
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notifier.open().size(), 1);
    QVERIFY(notifier.check({ fixture.ticketA, fixture.ticketE }).ok());
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(0).toLongLong(), fixture.ticketE);
    QCOMPARE(notifier.open().size(), 2);
    QCOMPARE(notifier.open().first().ticketId, fixture.ticketC); // oldest first
    QVERIFY(notifier.check({ fixture.ticketE }).ok());
    QCOMPARE(notified.count(), 2);

    // Handled: the changed ticket leaves the open list, the others stay.
    QVERIFY(TicketFeedback(*fixture.db).handleEscalation(fixture.ticketC, head).ok());
    QVERIFY(notifier.check({ fixture.ticketC }).ok());
    QCOMPARE(notifier.open().size(), 1);
    QCOMPARE(notifier.open().first().ticketId, fixture.ticketE);
}

void TestEscalationNotifier::checksOnTheReportsWorker()
{
    NotifierBench bench;
    QVERIFY2(bench.error.isEmpty(), qPrintable(bench.error));
    const BillingFixture& fixture = bench.fixture;
    EscalationNotifier& notifier = bench.notifier;
    QSignalSpy& notified = bench.notified;
    QSignalSpy checked(&notifier, &EscalationNotifier::checked);
    // The read happens on the worker: nothing is known until it answers.
    notifier.checkInBackground(true);
    QCOMPARE(notified.count(), 0);
    QVERIFY(checked.wait(10000));
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toLongLong(), fixture.ticketC);

    const Actor head = bench.head();
    QVERIFY(TicketFeedback(*fixture.db).escalate(fixture.ticketE, head).ok());
    QVERIFY(TicketFeedback(*fixture.db).handleEscalation(fixture.ticketC, head).ok());
    // Only the named tickets are read again: #E announced, #C leaves the open list.
    notifier.checkInBackground(false, { fixture.ticketC, fixture.ticketE });
    QVERIFY(checked.wait(10000));
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(0).toLongLong(), fixture.ticketE);
    QCOMPARE(notifier.open().size(), 1);
    QCOMPARE(notifier.open().first().ticketId, fixture.ticketE);
}

void TestEscalationNotifier::reachesManagersInTheWindow()
{
    QVERIFY(Permissions::forRoles({ Role::HeadOfSupport }).allows(Permissions::Action::HearEscalations));
    QVERIFY(Permissions::forRoles({ Role::AccountManager }).allows(Permissions::Action::HearEscalations));
    QVERIFY(!Permissions::forRoles({ Role::Engineer, Role::Tester }).allows(Permissions::Action::HearEscalations));

    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("window.sqlite"));
    {
        BillingFixture fixture(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const auto alertsOf = [&](const QString& login, MainWindow& window) {
        QVERIFY(ConsoleSettings::setValue(ConsoleSettings::Key::Login, login));
        window.setUseServerClock(false);
        window.resize(1400, 800);
        QVERIFY(test::showAndWait(&window));
        QSignalSpy loaded(&window, &MainWindow::dataLoaded);
        window.loadData();
        QVERIFY(loaded.wait(10000));
    };
    // An engineer's desktop opens first; the head of support's, second, hears of #C's open
    // escalation through the window's alerts (banner, desktop notification), not a tray only.
    MainWindow engineer(*DatabaseLocation::parse(path));
    QSignalSpy engineerAlerts(engineer.notifier()->notifications(), &DesktopNotifications::shown);
    alertsOf(QStringLiteral("ivanova"), engineer);
    MainWindow head(*DatabaseLocation::parse(path));
    QSignalSpy headAlerts(head.notifier()->notifications(), &DesktopNotifications::shown);
    alertsOf(QStringLiteral("head"), head);
    const auto escalationShown = [](const QSignalSpy& spy) {
        return std::any_of(spy.cbegin(), spy.cend(), [](const QList<QVariant>& arguments) {
            const auto alert = arguments.at(0).value<DesktopNotifications::Alert>();
            return alert.title.startsWith(QStringLiteral("Escalation"))
                && alert.urgency == DesktopNotifications::Urgency::Critical;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(escalationShown(headAlerts), 10000);
    QVERIFY(head.banner()->isVisible());
    QVERIFY(head.banner()->title().startsWith(QStringLiteral("Escalation")));
    // The engineer's check started first and has answered by now: nothing for them.
    QTest::qWait(300);
    QVERIFY(!escalationShown(engineerAlerts));
}

QTEST_MAIN(TestEscalationNotifier)
#include "TestEscalationNotifier.moc"
