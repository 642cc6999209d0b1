#include "tests/core/billing/BillingFixture.h"
#include "tests/support/GuiTestHelpers.h"

#include "core/storage/TicketRepository.h"
#include "core/storage/TicketSla.h"
#include "core/util/MoscowTime.h"
#include "core/util/Translations.h"
#include "tests/support/FakeClock.h"
#include "ui/reports/WorkLogWidget.h"
#include "ui/settings/ConsoleSettings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace dd;
using dd::test::BillingFixture;

// The ticket pane's work log: entries with their billing, logging by end or duration.
class TestWorkLogWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEntriesWithTheirBilling();
    void logsTimeByDuration();
    void refusesNonsense();
    void removesAnEntry();
    void timeOfDayIsTodayNotHours();
    void startsNoEarlierThanTheArrival();
    void refusesTheFutureWithAMessage();
    void timerSurvivesSwitchingAndRestart();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BillingFixture> m_fixture;
    std::unique_ptr<TicketSla> m_sla;
    std::unique_ptr<WorkLogWidget> m_widget;
};

void TestWorkLogWidget::initTestCase()
{
    installTranslations(QStringLiteral("en")); // en_GB: the console's short dates, 09/10/2026
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_dir.filePath(QStringLiteral("worklog.sqlite")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto sla = TicketSla::load(*m_fixture->db);
    QVERIFY(sla.ok());
    m_sla = std::move(sla).value();
    m_widget = std::make_unique<WorkLogWidget>();
    m_widget->setContext(m_fixture->db.get(), &m_sla->engine(),
                         Actor { m_fixture->programmerId, QStringLiteral("petrov"), QStringLiteral("Пётр Петров") });
    QVERIFY(m_widget->setTicket(m_fixture->ticketB).ok());
    QVERIFY(test::showAndWait(m_widget.get()));
}

void TestWorkLogWidget::showsEntriesWithTheirBilling()
{
    auto* table = test::requireChild<QTableWidget>(m_widget.get(), QStringLiteral("workLogTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("09/10/2026 15:00"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1:00"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2:00"));
    QCOMPARE(m_widget->total(), (BilledTime { 3600, 4 * 3600 }));
}

void TestWorkLogWidget::logsTimeByDuration()
{
    auto* from = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workFrom"));
    auto* to = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workDuration"));
    auto* note = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workNote"));
    auto* add = test::requireChild<QPushButton>(m_widget.get(), QStringLiteral("addWork"));
    QVERIFY(from && to && note && add);
    // Monday 12 October, 15:00 Moscow, for three hours: 1 h normal, 2 h double.
    from->setText(QStringLiteral("12.10.2026 15:00"));
    QTest::keyClicks(to, QStringLiteral("3h"));
    note->setText(QStringLiteral("Выгрузка цен")); // keyClicks types ASCII only
    QSignalSpy added(m_widget.get(), &WorkLogWidget::entryAdded);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    QCOMPARE(m_widget->entries().size(), 3);
    QCOMPARE(m_widget->entries().last().started.toSecsSinceEpoch(), BillingFixture::at("2026-10-12T15:00"));
    QCOMPARE(m_widget->entries().last().note, QStringLiteral("Выгрузка цен"));
    QCOMPARE(m_widget->total(), (BilledTime { 2 * 3600, 6 * 3600 }));
    QVERIFY(to->text().isEmpty());
}

void TestWorkLogWidget::refusesNonsense()
{
    auto* to = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workDuration"));
    auto* error = test::requireChild<QLabel>(m_widget.get(), QStringLiteral("workLogError"));
    QVERIFY(to && error);
    QTest::keyClicks(to, QStringLiteral("soon"));
    QTest::mouseClick(test::requireChild<QPushButton>(m_widget.get(), QStringLiteral("addWork")), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(m_widget->entries().size(), 3);
    to->clear();
}

void TestWorkLogWidget::removesAnEntry()
{
    auto* table = test::requireChild<QTableWidget>(m_widget.get(), QStringLiteral("workLogTable"));
    auto* remove = test::requireChild<QPushButton>(m_widget.get(), QStringLiteral("removeWork"));
    QVERIFY(table && remove);
    table->selectRow(2);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_widget->entries().size(), 2);
    QCOMPARE(m_widget->total(), (BilledTime { 3600, 4 * 3600 }));
}

void TestWorkLogWidget::timeOfDayIsTodayNotHours()
{
    // Monday 12 October 2026, 19:00 Moscow: "18:00" is an end at 18:00 today.
    test::ScopedFakeClock clock(QDateTime(QDate(2026, 10, 12), QTime(16, 0), QTimeZone::utc()));
    QVERIFY(m_widget->setTicket(m_fixture->ticketB).ok());
    auto* from = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workFrom"));
    auto* to = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workTo"));
    QVERIFY(from && to);
    from->setText(QStringLiteral("16:30"));
    to->setText(QStringLiteral("18:00"));
    const qint64 before = m_widget->entries().size();
    QTest::mouseClick(test::requireChild<QPushButton>(m_widget.get(), QStringLiteral("addWork")), Qt::LeftButton);
    QCOMPARE(m_widget->entries().size(), before + 1);
    const WorkLogEntry& added = m_widget->entries().last();
    QCOMPARE(added.started.toSecsSinceEpoch(), BillingFixture::at("2026-10-12T16:30"));
    QCOMPARE(added.finished.toSecsSinceEpoch(), BillingFixture::at("2026-10-12T18:00"));
    QCOMPARE(added.seconds(), qint64(90 * 60)); // never 18 hours
    QVERIFY(to->text().isEmpty());
}

void TestWorkLogWidget::startsNoEarlierThanTheArrival()
{
    // Ticket B arrived on 9 October at 15:00 Moscow; half an hour later the form starts there.
    test::ScopedFakeClock clock(
        QDateTime::fromSecsSinceEpoch(BillingFixture::at("2026-10-09T15:30"), QTimeZone::utc()));
    QVERIFY(m_widget->setTicket(m_fixture->ticketB).ok());
    auto* from = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workFrom"));
    QCOMPARE(from->text(), QStringLiteral("15:00"));
    // Two hours later it is an hour before now.
    clock.clock().advance(2 * 3600);
    QVERIFY(m_widget->setTicket(m_fixture->ticketB).ok());
    QCOMPARE(from->text(), QStringLiteral("16:30"));
}

void TestWorkLogWidget::refusesTheFutureWithAMessage()
{
    QVERIFY(m_widget->setTicket(m_fixture->ticketB).ok());
    auto* from = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workFrom"));
    auto* to = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workTo"));
    auto* error = test::requireChild<QLabel>(m_widget.get(), QStringLiteral("workLogError"));
    const qint64 before = m_widget->entries().size();
    // Before the arrival: refused by core, with when the ticket arrived.
    from->setText(QStringLiteral("09.10.2026 12:00"));
    to->setText(QStringLiteral("09.10.2026 16:00"));
    QTest::mouseClick(test::requireChild<QPushButton>(m_widget.get(), QStringLiteral("addWork")), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("09.10.2026 15:00")), qPrintable(error->text()));
    // In the future (the database's clock): refused too; nothing saved, the input kept.
    const QDateTime tomorrow = toMoscow(m_fixture->db->serverNow()->addDays(1));
    from->setText(tomorrow.toString(QStringLiteral("dd.MM.yyyy 10:00")));
    to->setText(tomorrow.toString(QStringLiteral("dd.MM.yyyy 11:00")));
    QTest::mouseClick(test::requireChild<QPushButton>(m_widget.get(), QStringLiteral("addWork")), Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("future")), qPrintable(error->text()));
    QCOMPARE(m_widget->entries().size(), before);
    QCOMPARE(to->text(), tomorrow.toString(QStringLiteral("dd.MM.yyyy 11:00")));
}

void TestWorkLogWidget::timerSurvivesSwitchingAndRestart()
{
    ConsoleSettings::setValue(ConsoleSettings::Key::WorkTimer, QString());
    test::ScopedFakeClock clock(
        QDateTime::fromSecsSinceEpoch(BillingFixture::at("2026-10-13T10:00"), QTimeZone::utc()));
    const qint64 number = TicketRepository(*m_fixture->db).get(m_fixture->ticketB)->number;
    QVERIFY(m_widget->setTicket(m_fixture->ticketB, number).ok());
    QAction* timer = m_widget->timerAction();
    auto* label = m_widget->findChild<QLabel*>(QStringLiteral("workTimerLabel"));
    QVERIFY(timer && label);
    QVERIFY(timer->isEnabled());
    timer->trigger();
    QCOMPARE(label->text(), QStringLiteral("timer 0:00:00"));
    QCOMPARE(timer->text(), QStringLiteral("Stop work timer"));

    // Another ticket: the timer still runs, on #number, and is stopped there only.
    clock.clock().advance(20 * 60);
    QVERIFY(m_widget->setTicket(m_fixture->ticketA, 1).ok());
    QCOMPARE(label->text(), QStringLiteral("timer 0:20:00 on #%1").arg(number));
    QVERIFY(!timer->isEnabled());

    // A console restart: a new pane finds it running.
    clock.clock().advance(25 * 60);
    WorkLogWidget restarted;
    restarted.setContext(m_fixture->db.get(), &m_sla->engine(),
                         Actor { m_fixture->programmerId, QStringLiteral("petrov"), QStringLiteral("Пётр Петров") });
    QVERIFY(restarted.setTicket(m_fixture->ticketB, number).ok());
    auto* restartedLabel = restarted.findChild<QLabel*>(QStringLiteral("workTimerLabel"));
    QCOMPARE(restartedLabel->text(), QStringLiteral("timer 0:45:00"));
    QSignalSpy stopped(&restarted, &WorkLogWidget::timerStopped);
    restarted.timerAction()->trigger();
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(restarted.findChild<QLineEdit*>(QStringLiteral("workFrom"))->text(), QStringLiteral("10:00"));
    QCOMPARE(restarted.findChild<QLineEdit*>(QStringLiteral("workTo"))->text(), QStringLiteral("10:45"));
    QVERIFY(ConsoleSettings::value(ConsoleSettings::Key::WorkTimer).toString().isEmpty());
    QCOMPARE(restartedLabel->text(), QString());

    // Logging it bills exactly the timed 45 minutes.
    restarted.findChild<QLineEdit*>(QStringLiteral("workNote"))->setText(QStringLiteral("По таймеру"));
    QTest::mouseClick(restarted.findChild<QPushButton*>(QStringLiteral("addWork")), Qt::LeftButton);
    QCOMPARE(restarted.entries().last().seconds(), qint64(45 * 60));
    QCOMPARE(restarted.entries().last().started.toSecsSinceEpoch(), BillingFixture::at("2026-10-13T10:00"));
}

QTEST_MAIN(TestWorkLogWidget)
#include "TestWorkLogWidget.moc"
