#include "tests/core/billing/BillingFixture.h"
#include "tests/support/GuiTestHelpers.h"

#include "core/util/Translations.h"
#include "ui/common/VocabularyNames.h"
#include "ui/reports/ChartScale.h"
#include "ui/reports/ReportsService.h"
#include "ui/reports/SlaDashboardWidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace dd;
using dd::test::BillingFixture;

namespace {

QList<qreal> values(QBarSet* set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i) {
        list << set->at(i);
    }
    return list;
}

QBarSet* barSet(QChart* chart, const QString& label)
{
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                if (label.isEmpty() || set->label() == label) {
                    return set;
                }
            }
        }
    }
    return nullptr;
}

QList<QPointF> line(QChart* chart, const QString& name)
{
    for (QAbstractSeries* series : chart->series()) {
        if (auto* l = qobject_cast<QLineSeries*>(series); l && l->name() == name) {
            return l->points();
        }
    }
    return {};
}

} // namespace

// The dashboard shows exactly the hand-computed figures of BillingFixture's October.
class TestSlaDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheHandComputedFigures();
    void filtersComplianceByProject();
    void exportsEveryChartAsPng();
    void screenshots();
    void listsAndHandlesEscalations();
    void doubleClickedBreachOpensTheTicket();
    void niceAxisSteps_data();
    void niceAxisSteps();
    void chartsSpeakTheInterfaceLanguage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BillingFixture> m_fixture;
    std::unique_ptr<ReportsService> m_reports;
    std::unique_ptr<SlaDashboardWidget> m_dashboard;
};

void TestSlaDashboard::initTestCase()
{
    installTranslations(QStringLiteral("en")); // en_GB dates: 10/10/2026
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_dir.filePath(QStringLiteral("dashboard.sqlite")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_reports = std::make_unique<ReportsService>(*m_fixture->db);
    m_dashboard = std::make_unique<SlaDashboardWidget>();
    m_dashboard->resize(1280, 1500);
    QSignalSpy loaded(m_dashboard.get(), &SlaDashboardWidget::loaded);
    QSignalSpy failed(m_dashboard.get(), &SlaDashboardWidget::loadFailed);
    // Five Moscow weeks up to the end of October: 28 Sep … 26 Oct.
    m_dashboard->load(m_reports.get(),
                      Actor { m_fixture->headId, QStringLiteral("head"), QStringLiteral("Ирина Head") },
                      BillingFixture::at("2026-10-31T23:59:59"), 5);
    // The figures come from the service's worker: until then the window says so.
    QVERIFY(m_dashboard->isLoading());
    auto* summary = test::requireChild<QLabel>(m_dashboard.get(), QStringLiteral("summary"));
    QVERIFY(summary && summary->text().startsWith(QStringLiteral("Computing")));
    QVERIFY(m_dashboard->statistics().weeks.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QVERIFY(!m_dashboard->isLoading());
    QVERIFY(test::showAndWait(m_dashboard.get()));
}

void TestSlaDashboard::showsTheHandComputedFigures()
{
    const SlaStatistics& s = m_dashboard->statistics();
    QCOMPARE(s.weeks.size(), 5);
    QCOMPARE(s.met, 5);
    QCOMPARE(s.breached, 1);
    auto* summary = test::requireChild<QLabel>(m_dashboard.get(), QStringLiteral("summary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("83.3")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("5 of 6")));

    QBarSet* breaches = barSet(m_dashboard->chart(QStringLiteral("breaches")), {});
    QVERIFY(breaches);
    QCOMPARE(values(breaches), (QList<qreal> { 0, 1, 0, 0, 0 }));

    QChart* compliance = m_dashboard->chart(QStringLiteral("compliance"));
    QCOMPARE(line(compliance, slaLevelName(SlaLevel::Urgent)), (QList<QPointF> { { 1, 0 } }));
    QCOMPARE(line(compliance, slaLevelName(SlaLevel::Emergency)), (QList<QPointF> { { 2, 100 } }));
    QCOMPARE(line(compliance, slaLevelName(SlaLevel::Standard)),
             (QList<QPointF> { { 0, 100 }, { 1, 100 }, { 3, 100 } }));

    QChart* reaction = m_dashboard->chart(QStringLiteral("reaction"));
    QCOMPARE(values(barSet(reaction, slaLevelName(SlaLevel::Standard))), (QList<qreal> { 0, 0, 1, 1, 0, 1, 0 }));
    QCOMPARE(values(barSet(reaction, slaLevelName(SlaLevel::Urgent))), (QList<qreal> { 0, 0, 0, 0, 0, 0, 1 }));

    QChart* backlog = m_dashboard->chart(QStringLiteral("backlog"));
    QCOMPARE(values(barSet(backlog, statusName(TicketStatus::Waiting))), (QList<qreal> { 0, 1, 1, 1, 0 }));
    QCOMPARE(values(barSet(backlog, statusName(TicketStatus::Registered))), (QList<qreal> { 1, 0, 1, 1, 1 }));
    QCOMPARE(values(barSet(backlog, statusName(TicketStatus::New))), (QList<qreal> { 0, 0, 0, 1, 0 }));

    QCOMPARE(values(barSet(m_dashboard->chart(QStringLiteral("ratings-engineers")), {})), (QList<qreal> { 4.5, 2.5 }));
    QCOMPARE(values(barSet(m_dashboard->chart(QStringLiteral("ratings-projects")), {})), (QList<qreal> { 4.0, 2.0 }));
    // Both projects started on 10 August: their first regression runs were due on 10 October.
    QChart* testing = m_dashboard->chart(QStringLiteral("testing"));
    QCOMPARE(values(barSet(testing, QStringLiteral("due"))), (QList<qreal> { 0, 2 }));
    QCOMPARE(values(barSet(testing, QStringLiteral("done"))), (QList<qreal> { 0, 0 }));

    auto* breachTable = test::requireChild<QTableWidget>(m_dashboard.get(), QStringLiteral("breachTable"));
    QVERIFY(breachTable);
    QCOMPARE(breachTable->rowCount(), 1);
    QCOMPARE(breachTable->item(0, 0)->text(), QStringLiteral("#2"));
    // #2 arrived Fri 15:00: 8 h of the emergency schedule end Sat 09:00, registered at 12:00.
    QCOMPARE(breachTable->item(0, 3)->text(), QStringLiteral("10/10/2026 09:00"));
    QCOMPARE(breachTable->item(0, 4)->text(), QStringLiteral("3:00"));
}

void TestSlaDashboard::filtersComplianceByProject()
{
    auto* filter = test::requireChild<QComboBox>(m_dashboard.get(), QStringLiteral("projectFilter"));
    QVERIFY(filter);
    QCOMPARE(filter->count(), 3); // all, Ромашка shop, Сидоров сайт
    filter->setCurrentIndex(filter->findText(QStringLiteral("Сидоров сайт")));
    QChart* compliance = m_dashboard->chart(QStringLiteral("compliance"));
    QCOMPARE(line(compliance, slaLevelName(SlaLevel::Standard)), (QList<QPointF> { { 3, 100 } }));
    QVERIFY(line(compliance, slaLevelName(SlaLevel::Urgent)).isEmpty());
    filter->setCurrentIndex(0);
    QCOMPARE(line(m_dashboard->chart(QStringLiteral("compliance")), slaLevelName(SlaLevel::Standard)).size(), 3);
}

void TestSlaDashboard::listsAndHandlesEscalations()
{
    auto* table = test::requireChild<QTableWidget>(m_dashboard.get(), QStringLiteral("escalationTable"));
    auto* handle = test::requireChild<QPushButton>(m_dashboard.get(), QStringLiteral("handleEscalation"));
    QVERIFY(table && handle);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("#3 ")));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("open"));
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("Ирина Head"));
    table->selectRow(1);
    QVERIFY(!handle->isEnabled()); // already handled
    table->selectRow(0);
    QVERIFY(handle->isEnabled());
    QSignalSpy handled(m_dashboard.get(), &SlaDashboardWidget::escalationHandled);
    QTest::mouseClick(handle, Qt::LeftButton);
    QCOMPARE(handled.count(), 1);
    QCOMPARE(handled.first().first().toLongLong(), m_fixture->ticketC);
    // The list is read again in the background.
    QVERIFY(m_dashboard->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->isLoading(), 20000);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->item(0, 4)->text() != QStringLiteral("open"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Ирина Head"));
}

void TestSlaDashboard::doubleClickedBreachOpensTheTicket()
{
    auto* table = test::requireChild<QTableWidget>(m_dashboard.get(), QStringLiteral("breachTable"));
    QVERIFY(table && table->rowCount() == 1);
    QSignalSpy requested(m_dashboard.get(), &SlaDashboardWidget::ticketOpenRequested);
    table->scrollToItem(table->item(0, 1));
    const QPoint cell = table->visualItemRect(table->item(0, 1)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), 2); // #2 breached its reaction

    // A project's rating bar asks the console for that project's tickets.
    QSignalSpy project(m_dashboard.get(), &SlaDashboardWidget::projectOpenRequested);
    QBarSet* bars = barSet(m_dashboard->chart(QStringLiteral("ratings-projects")), {});
    QVERIFY(bars);
    emit bars->clicked(1);
    QCOMPARE(project.count(), 1);
    QCOMPARE(project.first().first().toString(), QStringLiteral("Сидоров сайт"));
}

void TestSlaDashboard::niceAxisSteps_data()
{
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("step");
    QTest::newRow("nothing yet") << 0 << 1 << 1;
    QTest::newRow("three") << 3 << 3 << 1;
    QTest::newRow("seven: steps of 2") << 7 << 8 << 2;
    QTest::newRow("the tester's 923: hundreds, not 184/369/554") << 923 << 1000 << 200;
    QTest::newRow("exactly 500") << 500 << 500 << 100;
    QTest::newRow("2,600: steps of 1,000") << 2600 << 3000 << 1000;
    QTest::newRow("41: tens") << 41 << 50 << 10;
}

void TestSlaDashboard::niceAxisSteps()
{
    QFETCH(int, maximum);
    QFETCH(int, top);
    QFETCH(int, step);
    const ChartScale scale = niceCountScale(maximum);
    QCOMPARE(scale.top, top);
    QCOMPARE(scale.step, step);
    QVERIFY(scale.top >= maximum);
    QVERIFY(scale.tickCount() <= 6);
    QCOMPARE(scale.top % scale.step, 0);
}

void TestSlaDashboard::chartsSpeakTheInterfaceLanguage()
{
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    QCOMPARE(formatAverage(4.36, russian), QStringLiteral("4,36"));
    QCOMPARE(formatAverage(4.3875, russian), QStringLiteral("4,39"));
    QCOMPARE(formatAverage(4.5, QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("4.5"));
    QCOMPARE(weekLabel(QDate(2026, 9, 14), russian), QStringLiteral("14.09"));
    QCOMPARE(weekLabel(QDate(2026, 9, 14), QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("14/09"));

    installTranslations(QStringLiteral("ru"));
    SlaDashboardWidget dashboard;
    dashboard.resize(1280, 1500);
    QSignalSpy loaded(&dashboard, &SlaDashboardWidget::loaded);
    dashboard.load(m_reports.get(), Actor {}, BillingFixture::at("2026-10-31T23:59:59"), 5);
    QVERIFY(loaded.wait(20000));
    installTranslations(QStringLiteral("en"));
    for (const QString& name : dashboard.chartNames()) {
        QChart* chart = dashboard.chart(name);
        // Qt Charts writes bar labels and axes in the chart's locale when asked to.
        QVERIFY2(chart->localizeNumbers(), qPrintable(name));
        QCOMPARE(chart->locale().decimalPoint(), QStringLiteral(","));
        for (QAbstractAxis* axis : chart->axes()) {
            if (qobject_cast<QBarCategoryAxis*>(axis)) {
                QVERIFY2(!axis->truncateLabels(), qPrintable(name)); // weeks, short project names
            }
            if (auto* values = qobject_cast<QValueAxis*>(axis)) {
                // Qt Charts' localized labels read only "%.Nf": "%d" would leave the axis blank.
                QVERIFY2(values->labelFormat().startsWith(QStringLiteral("%.0f")), qPrintable(name));
            }
            if (auto* values = qobject_cast<QValueAxis*>(axis); values && name != QLatin1String("compliance")) {
                const int step = static_cast<int>(values->max()) / (values->tickCount() - 1);
                QVERIFY2(static_cast<int>(values->max()) % step == 0, qPrintable(name));
                int mantissa = step;
                while (mantissa % 10 == 0) {
                    mantissa /= 10;
                }
                QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 5,
                         qPrintable(QStringLiteral("%1: step %2").arg(name).arg(step)));
            }
        }
    }
    // The header's average rating and the bars use the same digits: "4,33" style, no dot.
    const QString summary = test::requireChild<QLabel>(&dashboard, QStringLiteral("summary"))->text();
    QVERIFY2(!summary.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))), qPrintable(summary));
}

void TestSlaDashboard::exportsEveryChartAsPng()
{
    QCOMPARE(m_dashboard->chartNames().size(), 7);
    for (const QString& name : m_dashboard->chartNames()) {
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        const auto done = m_dashboard->exportChart(name, path);
        QVERIFY2(done.ok(), qPrintable(name));
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        int colored = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                colored += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            }
        }
        QVERIFY2(colored > 100, qPrintable(QStringLiteral("%1: %2 coloured samples").arg(name).arg(colored)));
    }
    QVERIFY(!m_dashboard->exportChart(QStringLiteral("nope"), m_dir.filePath(QStringLiteral("x.png"))).ok());
}

void TestSlaDashboard::screenshots()
{
    // For the docs: DUTYDESK_SCREENSHOT_DIR=…/docs writes dashboard-en.png and -ru.png.
    const QString target = qEnvironmentVariable("DUTYDESK_SCREENSHOT_DIR");
    if (target.isEmpty()) {
        QSKIP("DUTYDESK_SCREENSHOT_DIR not set");
    }
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("ru") }) {
        installTranslations(language); // and the console's locale: ru_RU or en_GB
        SlaDashboardWidget dashboard;
        dashboard.resize(1280, 1560);
        QSignalSpy loaded(&dashboard, &SlaDashboardWidget::loaded);
        dashboard.load(m_reports.get(), Actor {}, BillingFixture::at("2026-10-31T23:59:59"), 5);
        QVERIFY(loaded.wait(20000));
        QVERIFY(test::showAndWait(&dashboard));
        QVERIFY(dashboard.grab().save(QDir(target).filePath(QStringLiteral("dashboard-%1.png").arg(language))));
    }
}

QTEST_MAIN(TestSlaDashboard)
#include "TestSlaDashboard.moc"
