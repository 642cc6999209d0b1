#include "tests/core/billing/BillingFixture.h"
#include "tests/support/GuiTestHelpers.h"

#include "core/billing/CsvWriter.h"
#include "core/util/Translations.h"
#include "ui/reports/MonthlyReportDialog.h"
#include "ui/reports/ReportsService.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using dd::test::BillingFixture;

// Reports → Monthly report… (issue 18): the console writes the client's month with the
// CLI's core code, in the interface language — a Russian PDF, a CSV with Russian column
// titles and words instead of the codes.
class TestMonthlyReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void offersLastMonthAndTheClients();
    void writesARussianPdf();
    void writesARussianCsv();
    void refusesWithoutAFile();
    void screenshot();

private:
    std::unique_ptr<MonthlyReportDialog> dialog();

    QTemporaryDir m_dir;
    std::unique_ptr<BillingFixture> m_fixture;
    std::unique_ptr<ReportsService> m_reports;
};

void TestMonthlyReportDialog::initTestCase()
{
    installTranslations(QStringLiteral("ru"));
    QString error;
    m_fixture = std::make_unique<BillingFixture>(m_dir.filePath(QStringLiteral("report.sqlite")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_reports = std::make_unique<ReportsService>(*m_fixture->db);
}

void TestMonthlyReportDialog::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

std::unique_ptr<MonthlyReportDialog> TestMonthlyReportDialog::dialog()
{
    // Early November: October has closed.
    auto shown = std::make_unique<MonthlyReportDialog>(*m_reports, BillingFixture::at("2026-11-05T12:00:00"));
    auto* client = test::requireChild<QComboBox>(shown.get(), QStringLiteral("reportClient"));
    client->setCurrentIndex(client->findData(BillingFixture::clientName()));
    return shown;
}

void TestMonthlyReportDialog::offersLastMonthAndTheClients()
{
    auto shown = dialog();
    auto* month = test::requireChild<QComboBox>(shown.get(), QStringLiteral("reportMonth"));
    QCOMPARE(month->currentText(), QStringLiteral("Октябрь 2026"));
    QCOMPARE(month->currentData().toDate(), QDate(2026, 10, 1));
    auto* client = test::requireChild<QComboBox>(shown.get(), QStringLiteral("reportClient"));
    QCOMPARE(client->count(), 2);
    QCOMPARE(client->currentText(), BillingFixture::clientName());
    // The suggested file follows the month and the format.
    QVERIFY2(shown->fileName().endsWith(QStringLiteral("-2026-10.pdf")), qPrintable(shown->fileName()));
    test::requireChild<QRadioButton>(shown.get(), QStringLiteral("reportCsv"))->setChecked(true);
    QVERIFY2(shown->fileName().endsWith(QStringLiteral("-2026-10.csv")), qPrintable(shown->fileName()));
}

void TestMonthlyReportDialog::writesARussianPdf()
{
    auto shown = dialog();
    const QString path = m_dir.filePath(QStringLiteral("октябрь.pdf"));
    test::requireChild<QLineEdit>(shown.get(), QStringLiteral("reportFile"))->setText(path);
    QSignalSpy written(shown.get(), &MonthlyReportDialog::reportWritten);
    QTest::mouseClick(test::requireChild<QPushButton>(shown.get(), QStringLiteral("createReportButton")),
                      Qt::LeftButton);
    QCOMPARE(written.count(), 1);
    QVERIFY(QFile::exists(path));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Ежемесячный отчёт о технической поддержке")), qPrintable(text.left(400)));
    QVERIFY(!text.contains(QStringLiteral("Monthly support report")));
    const QString outcome = test::requireChild<QLabel>(shown.get(), QStringLiteral("reportOutcome"))->text();
    QVERIFY2(outcome.contains(path), qPrintable(outcome));
}

void TestMonthlyReportDialog::writesARussianCsv()
{
    auto shown = dialog();
    test::requireChild<QRadioButton>(shown.get(), QStringLiteral("reportCsv"))->setChecked(true);
    const QString path = m_dir.filePath(QStringLiteral("october.csv"));
    test::requireChild<QLineEdit>(shown.get(), QStringLiteral("reportFile"))->setText(path);
    QVERIFY(shown->create());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvReader::Parsed parsed = CsvReader::parse(file.readAll());
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const QList<QStringList> rows = parsed.rows;
    QVERIFY(rows.size() > 2);
    QCOMPARE(rows.first().first(), QStringLiteral("клиент"));
    QVERIFY(rows.first().contains(QStringLiteral("статус")));
    const int level = static_cast<int>(rows.first().indexOf(QStringLiteral("уровень")));
    const int status = static_cast<int>(rows.first().indexOf(QStringLiteral("статус")));
    QVERIFY(level >= 0 && status >= 0);
    QStringList levels;
    QStringList statuses;
    for (int row = 1; row < rows.size() - 1; ++row) {
        levels << rows.at(row).at(level);
        statuses << rows.at(row).at(status);
    }
    // Words, not the spec's codes.
    QVERIFY2(levels.contains(QStringLiteral("экстренный")), qPrintable(levels.join(u',')));
    for (const char* code : { "standard", "urgent", "emergency", "registered", "resolved", "out-of-scope" }) {
        QVERIFY2(!levels.contains(QLatin1String(code)) && !statuses.contains(QLatin1String(code)), code);
    }
    QCOMPARE(rows.last().at(4), QStringLiteral("Итого"));
}

void TestMonthlyReportDialog::refusesWithoutAFile()
{
    auto shown = dialog();
    test::requireChild<QLineEdit>(shown.get(), QStringLiteral("reportFile"))->clear();
    QVERIFY(!shown->create());
    QVERIFY(!test::requireChild<QLabel>(shown.get(), QStringLiteral("reportOutcome"))->text().isEmpty());
}

void TestMonthlyReportDialog::screenshot()
{
    // For the docs: DUTYDESK_SCREENSHOT_DIR=…/docs writes monthly-report-ru.png.
    const QString target = qEnvironmentVariable("DUTYDESK_SCREENSHOT_DIR");
    if (target.isEmpty()) {
        QSKIP("DUTYDESK_SCREENSHOT_DIR not set");
    }
    auto shown = dialog();
    test::requireChild<QLineEdit>(shown.get(), QStringLiteral("reportFile"))
        ->setText(QStringLiteral("/home/anna/ООО-Ромашка-2026-10.pdf"));
    QVERIFY(test::showAndWait(shown.get()));
    QVERIFY(shown->grab().save(QDir(target).filePath(QStringLiteral("monthly-report-ru.png"))));
}

QTEST_MAIN(TestMonthlyReportDialog)
#include "TestMonthlyReportDialog.moc"
