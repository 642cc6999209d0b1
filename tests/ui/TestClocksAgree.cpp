#include "core/billing/ReportRepository.h"
#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"
#include "tests/core/billing/BillingFixture.h"
#include "tests/support/GuiTestHelpers.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestPaths.h"
#include "ui/common/VocabularyNames.h"
#include "ui/queue/QueueModel.h"
#include "ui/ticket/TicketDetailWidget.h"
#include "ui/ticket/TicketService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dd;
using dd::test::BillingFixture;

// One ticket, one answer: the clocks a ticket shows are the same in the queue, the ticket
// pane and `dutydeskctl ticket show` (docs/rules.md#clocks) — all computed by the one
// function from the one history, with the policy and settings of the database.
class TestClocksAgree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameClocksEverywhere_data();
    void sameClocksEverywhere();
    void reportAgreesWithTheClocks();

private:
    QJsonObject cliTicket(qint64 number) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<BillingFixture> m_fixture;
    std::unique_ptr<TicketSla> m_sla;
    qint64 m_openTicket = 0;
    qint64 m_excludedReopened = 0;
};

QJsonObject TestClocksAgree::cliTicket(qint64 number) const
{
    const test::ProcessRun shown
        = test::runBuilt(QStringLiteral("dutydeskctl"),
                         { QStringLiteral("--database"), m_path, QStringLiteral("ticket"), QStringLiteral("show"),
                           QString::number(number), QStringLiteral("--json") });
    if (shown.exitCode != 0) {
        qWarning("%s", qPrintable(shown.err));
        return {};
    }
    const QJsonObject document = shown.json().object();
    return document.contains(QLatin1String("ticket")) ? document.value(QLatin1String("ticket")).toObject() : document;
}

void TestClocksAgree::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("agree.sqlite"));
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const TicketRepository tickets(*m_fixture->db);
    const Actor engineer { m_fixture->engineerId, QStringLiteral("ivanova"), {} };
    // An open ticket whose reaction clock runs now (the CLI reads the real clock).
    Ticket draft;
    draft.projectId = tickets.get(m_fixture->ticketA)->projectId;
    draft.subject = QStringLiteral("Не открывается корзина");
    draft.channel = Channel::Email;
    draft.level = QStringLiteral("standard");
    draft.arrived = Clock::current().nowUtc().addSecs(-1800);
    auto added = tickets.add(draft, engineer);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
    m_openTicket = added->id;
    // The out-of-scope ticket E reopened: its old clocks stay excluded, new ones run.
    TicketChange reopen;
    reopen.ticketId = m_fixture->ticketE;
    reopen.expectedVersion = tickets.get(m_fixture->ticketE)->version;
    reopen.status = TicketStatus::Reopened;
    auto reopened = tickets.update(reopen, engineer);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().toString()));
    m_excludedReopened = m_fixture->ticketE;
    auto sla = TicketSla::load(*m_fixture->db);
    QVERIFY(sla.ok());
    m_sla = std::move(sla).value();
}

void TestClocksAgree::sameClocksEverywhere_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("resolved, reaction met (A)") << 0;
    QTest::newRow("resolved, reaction breached (B)") << 1;
    QTest::newRow("open emergency, no target left (C)") << 2;
    QTest::newRow("met exactly at the deadline (F)") << 3;
    QTest::newRow("open, reaction running") << 4;
    QTest::newRow("out of scope, then reopened (E)") << 5;
}

void TestClocksAgree::sameClocksEverywhere()
{
    QFETCH(int, which);
    const qint64 ids[] = { m_fixture->ticketA, m_fixture->ticketB, m_fixture->ticketC,
                           m_fixture->ticketF, m_openTicket,       m_excludedReopened };
    const TicketRepository tickets(*m_fixture->db);
    const Ticket ticket = tickets.get(ids[which]).value();
    const QList<TicketEventRecord> history = tickets.events(ticket.id).value();
    const QDateTime now = Clock::current().nowUtc();

    // The CLI, in its own process.
    const QJsonObject cli = cliTicket(ticket.number);
    QVERIFY(!cli.isEmpty());
    const TicketSlaSummary summary = m_sla->summarize(ticket, history, now);
    QCOMPARE(cli.value(QLatin1String("sla_state")).toString(), summary.state);
    QCOMPARE(cli.value(QLatin1String("sla_clock")).toString(), summary.clock);
    if (summary.deadline) {
        QCOMPARE(parseInstant(cli.value(QLatin1String("deadline")).toString())->toSecsSinceEpoch(),
                 summary.deadline->toSecsSinceEpoch());
    } else {
        QVERIFY(cli.value(QLatin1String("deadline")).isNull());
    }

    // The queue's entry: the same clocks, the same shown clock and deadline.
    const QueueEntry entry
        = QueueModel::makeEntry(m_sla->engine(), ticket, history, 0, QString(), now.toSecsSinceEpoch());
    const auto clocks
        = computeTicketClocks(m_sla->engine(), TicketSla::clockEvents(history), ticket.tariff, now.toSecsSinceEpoch());
    if (entry.open) {
        QCOMPARE(entry.clocks.size(), clocks.size());
        const auto shown = runningClock(clocks);
        QCOMPARE(entry.shown.has_value(), shown.has_value());
        if (shown) {
            QCOMPARE(entry.shown->deadline, shown->deadline);
            QCOMPARE(clockStateId(entry.shown->state), summary.state);
            QCOMPARE(summary.deadline->toSecsSinceEpoch(), shown->deadline);
        }
    }

    // The pane: one label per clock, each naming the state the function computed.
    QueueEntry paneEntry = entry;
    paneEntry.clocks = clocks;
    const TicketService service(*m_fixture->db, Actor {});
    TicketDetailWidget pane;
    pane.setContext(&service, &m_sla->engine());
    pane.showTicket(paneEntry);
    for (const TicketClock& clock : clocks) {
        const auto labels = pane.findChildren<QLabel*>(QStringLiteral("clock-") + clockKindId(clock.kind));
        QVERIFY(!labels.isEmpty());
        bool named = false;
        for (const QLabel* label : labels) {
            named = named || label->text().contains(clockStateName(clock.state));
        }
        QVERIFY2(named, qPrintable(clockStateName(clock.state)));
    }
}

void TestClocksAgree::reportAgreesWithTheClocks()
{
    // The client's October report gives each ticket the outcome its clocks give.
    const qint64 now = Clock::current().nowUtc().toSecsSinceEpoch();
    const auto report = ReportRepository(*m_fixture->db)
                            .monthlyReport(BillingFixture::clientName(), QDate(2026, 10, 1), m_sla->engine(), now);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->tickets.size() >= 4);
    const TicketRepository tickets(*m_fixture->db);
    for (const ReportTicket& row : report->tickets) {
        const Ticket ticket = tickets.get(row.id).value();
        const auto clocks = computeTicketClocks(m_sla->engine(), TicketSla::clockEvents(tickets.events(row.id).value()),
                                                ticket.tariff, now);
        const bool breached = std::any_of(clocks.begin(), clocks.end(), [](const TicketClock& clock) {
            return clock.kind != ClockKind::Resolution && clock.state == ClockState::Breached;
        });
        const bool allExcluded = std::all_of(clocks.begin(), clocks.end(), [](const TicketClock& clock) {
            return clock.isExcluded() || clock.kind == ClockKind::Resolution;
        });
        if (row.outcome == SlaOutcome::Breached) {
            QVERIFY2(breached, qPrintable(QString::number(row.number)));
        } else if (row.outcome == SlaOutcome::Met) {
            QVERIFY2(!breached, qPrintable(QString::number(row.number)));
        } else if (row.outcome == SlaOutcome::NotCounted) {
            QVERIFY2(allExcluded || row.status == QLatin1String("out-of-scope"),
                     qPrintable(QString::number(row.number)));
        }
    }
}

QTEST_MAIN(TestClocksAgree)
#include "TestClocksAgree.moc"
