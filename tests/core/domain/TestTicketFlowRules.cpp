#include "core/domain/TicketEventRecord.h"
#include "core/domain/TicketEventText.h"
#include "core/domain/TicketFlow.h"
#include "core/domain/Vocabulary.h"

#include <QTest>

using namespace dd;

class TestTicketFlowRules : public QObject
{
    Q_OBJECT

private slots:
    void slugsRoundTrip();
    void transition_data();
    void transition();
    void eventTypes_data();
    void eventTypes();
    void conflictMessageNamesWhoAndWhat();
};

void TestTicketFlowRules::slugsRoundTrip()
{
    QCOMPARE(allTicketStatusSlugs(),
             QStringList(
                 { "new", "registered", "waiting", "resolved", "closed", "reopened", "out-of-scope", "development" }));
    QCOMPARE(allWaitingReasonSlugs(),
             QStringList({ "cannot-reproduce", "not-enough-information", "needs-diagnosis", "outside-support",
                           "unconstructive", "third-party" }));
    QCOMPARE(allChannelSlugs(), QStringList({ "email", "email-urgent", "telegram", "whatsapp", "viber", "phone" }));
    QCOMPARE(allRoleSlugs(),
             QStringList({ "engineer", "account-manager", "programmer", "tester", "head-of-support", "admin" }));
    for (const QString& slug : allTicketStatusSlugs()) {
        QCOMPARE(toSlug(*ticketStatusFromSlug(slug)), slug);
    }
    for (const QString& slug : allWaitingReasonSlugs()) {
        QCOMPARE(toSlug(*waitingReasonFromSlug(slug)), slug);
    }
    QVERIFY(!channelFromSlug(QStringLiteral("skype")));
    QVERIFY(!ticketStatusFromSlug(QStringLiteral("Waiting")));
}

void TestTicketFlowRules::transition_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("new registered") << "new"
                                    << "registered"
                                    << "" << true;
    QTest::newRow("new out-of-scope") << "new"
                                      << "out-of-scope"
                                      << "" << true;
    QTest::newRow("new straight to resolved") << "new"
                                              << "resolved"
                                              << "" << false;
    QTest::newRow("new to waiting") << "new"
                                    << "waiting"
                                    << "not-enough-information" << false;
    QTest::newRow("registered waiting with reason") << "registered"
                                                    << "waiting"
                                                    << "cannot-reproduce" << true;
    QTest::newRow("registered waiting without reason") << "registered"
                                                       << "waiting"
                                                       << "" << false;
    QTest::newRow("reason without waiting") << "registered"
                                            << "resolved"
                                            << "unconstructive" << false;
    QTest::newRow("waiting back to registered") << "waiting"
                                                << "registered"
                                                << "" << true;
    QTest::newRow("waiting reason changed") << "waiting"
                                            << "waiting"
                                            << "needs-diagnosis" << true;
    QTest::newRow("waiting resolved") << "waiting"
                                      << "resolved"
                                      << "" << true;
    QTest::newRow("resolved closed") << "resolved"
                                     << "closed"
                                     << "" << true;
    QTest::newRow("resolved reopened") << "resolved"
                                       << "reopened"
                                       << "" << true;
    QTest::newRow("closed reopened") << "closed"
                                     << "reopened"
                                     << "" << true;
    QTest::newRow("closed registered") << "closed"
                                       << "registered"
                                       << "" << false;
    QTest::newRow("reopened registered") << "reopened"
                                         << "registered"
                                         << "" << true;
    QTest::newRow("registered development") << "registered"
                                            << "development"
                                            << "" << true;
    QTest::newRow("development closed") << "development"
                                        << "closed"
                                        << "" << false;
    QTest::newRow("already registered") << "registered"
                                        << "registered"
                                        << "" << false;
    QTest::newRow("back to new") << "registered"
                                 << "new"
                                 << "" << false;
}

void TestTicketFlowRules::transition()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    const auto result = TicketFlow::checkTransition(*ticketStatusFromSlug(from), *ticketStatusFromSlug(to),
                                                    reason.isEmpty() ? std::nullopt : waitingReasonFromSlug(reason));
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestTicketFlowRules::eventTypes_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("types");
    QTest::newRow("registration") << "new"
                                  << "registered" << QStringList { "registered" };
    QTest::newRow("postponed") << "registered"
                               << "waiting" << QStringList { "waiting-started" };
    QTest::newRow("resumed is no new registration") << "waiting"
                                                    << "registered" << QStringList { "waiting-ended" };
    QTest::newRow("resolved while waiting stops the pause first")
        << "waiting"
        << "resolved" << QStringList { "waiting-ended", "resolved" };
    QTest::newRow("reason changed keeps the pause") << "waiting"
                                                    << "waiting" << QStringList { "waiting-reason-changed" };
    QTest::newRow("reopened") << "closed"
                              << "reopened" << QStringList { "reopened" };
    QTest::newRow("reopened registered again") << "reopened"
                                               << "registered" << QStringList { "registered" };
    QTest::newRow("out of scope") << "new"
                                  << "out-of-scope" << QStringList { "out-of-scope" };
}

void TestTicketFlowRules::eventTypes()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, types);
    QCOMPARE(TicketFlow::eventTypes(*ticketStatusFromSlug(from), *ticketStatusFromSlug(to)), types);
}

void TestTicketFlowRules::conflictMessageNamesWhoAndWhat()
{
    TicketEventRecord waiting;
    waiting.type = ticket_event::waitingStarted;
    waiting.actor = QStringLiteral("a.petrova");
    waiting.actorName = QStringLiteral("Анна Петрова");
    waiting.recordedAt = QDateTime(QDate(2026, 3, 3), QTime(7, 42), Qt::UTC); // 10:42 Moscow
    waiting.ticketVersion = 4;
    waiting.data = { { "from", "registered" }, { "to", "waiting" }, { "reason", "not-enough-information" } };
    TicketEventRecord assigned = waiting;
    assigned.type = ticket_event::assigned;
    assigned.data = { { "from", "d.sokolov" }, { "to", "a.petrova" } };
    const QString message = TicketEventText::conflictMessage(123, { waiting, assigned });
    QVERIFY2(message.startsWith(QStringLiteral("ticket #123 was changed by Анна Петрова at ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("10:42")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("status in work → waiting (not enough information)")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("assignee d.sokolov → a.petrova")), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("your change was not saved")), qPrintable(message));

    // A second saved change by someone else is a second clause, in order.
    TicketEventRecord resolved = waiting;
    resolved.ticketVersion = 5;
    resolved.actor = QStringLiteral("d.sokolov");
    resolved.actorName.clear();
    resolved.type = ticket_event::resolved;
    resolved.data = { { "from", "waiting" }, { "to", "resolved" } };
    const QString two = TicketEventText::conflictMessage(7, { waiting, resolved });
    QVERIFY2(two.indexOf(QStringLiteral("Анна Петрова")) < two.indexOf(QStringLiteral("by d.sokolov")),
             qPrintable(two));
}

QTEST_GUILESS_MAIN(TestTicketFlowRules)
#include "TestTicketFlowRules.moc"
