#include "tests/core/billing/BillingFixture.h"
#include "tests/support/GuiTestHelpers.h"

#include "core/util/Translations.h"

#include "core/storage/TicketSla.h"
#include "ui/reports/WorkLogWidget.h"

#include <QDateTimeEdit>
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
    auto* from = test::requireChild<QDateTimeEdit>(m_widget.get(), QStringLiteral("workFrom"));
    auto* to = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workToOrDuration"));
    auto* note = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workNote"));
    auto* add = test::requireChild<QPushButton>(m_widget.get(), QStringLiteral("addWork"));
    QVERIFY(from && to && note && add);
    // Monday 12 October, 15:00 Moscow, for three hours: 1 h normal, 2 h double.
    from->setDateTime(QDateTime(QDate(2026, 10, 12), QTime(15, 0), QTimeZone::utc()));
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
    auto* to = test::requireChild<QLineEdit>(m_widget.get(), QStringLiteral("workToOrDuration"));
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

QTEST_MAIN(TestWorkLogWidget)
#include "TestWorkLogWidget.moc"
