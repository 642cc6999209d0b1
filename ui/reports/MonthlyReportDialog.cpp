#include "ui/reports/MonthlyReportDialog.h"

#include "core/util/MoscowTime.h"
#include "ui/reports/ReportsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace dd {

namespace {

// "Декабрь 2026": the month as a calendar heads it.
QString monthTitle(const QDate& month)
{
    QString name = QLocale().standaloneMonthName(month.month(), QLocale::LongFormat);
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return QStringLiteral("%1 %2").arg(name).arg(month.year());
}

} // namespace

MonthlyReportDialog::MonthlyReportDialog(const ReportsService& service, qint64 now, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_now(now)
    , m_month(new QComboBox(this))
    , m_client(new QComboBox(this))
    , m_pdf(new QRadioButton(tr("&PDF for the client"), this))
    , m_csv(new QRadioButton(tr("&CSV for a spreadsheet"), this))
    , m_file(new QLineEdit(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("monthlyReportDialog"));
    setWindowTitle(tr("Monthly report"));
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_client->setObjectName(QStringLiteral("reportClient"));
    m_pdf->setObjectName(QStringLiteral("reportPdf"));
    m_csv->setObjectName(QStringLiteral("reportCsv"));
    m_file->setObjectName(QStringLiteral("reportFile"));
    m_outcome->setObjectName(QStringLiteral("reportOutcome"));
    m_outcome->setWordWrap(true);
    fillChoices();
    QFormLayout* form = createForm();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createReportButton"));
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, &MonthlyReportDialog::create);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileTyped = true; });
    for (QComboBox* box : { m_month, m_client }) {
        connect(box, &QComboBox::currentIndexChanged, this, &MonthlyReportDialog::suggestFileName);
    }
    connect(m_pdf, &QRadioButton::toggled, this, &MonthlyReportDialog::suggestFileName);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    suggestFileName();
    resize(560, sizeHint().height());
}

// The last twelve Moscow months, the one before the current first: reports are made
// after a month closes. The clients as the database has them.
void MonthlyReportDialog::fillChoices()
{
    const QDate thisMonth = toMoscow(QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC)).date();
    const QDate first(thisMonth.year(), thisMonth.month(), 1);
    for (int back = 0; back < 12; ++back) {
        const QDate month = first.addMonths(-back);
        m_month->addItem(monthTitle(month), month);
    }
    m_month->setCurrentIndex(1);
    if (auto clients = m_service.clients()) {
        for (const Client& client : *clients) {
            m_client->addItem(client.name, client.name);
        }
    } else {
        m_outcome->setText(clients.error().message);
    }
    m_pdf->setChecked(true);
}

QFormLayout* MonthlyReportDialog::createForm()
{
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_pdf);
    formatRow->addWidget(m_csv);
    formatRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("C&lient:"), m_client);
    form->addRow(tr("Format:"), formatRow);
    auto* fileLabel = new QLabel(tr("&File:"), this); // a row of a layout gets no buddy by itself
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    connect(browse, &QPushButton::clicked, this, &MonthlyReportDialog::browse);
    return form;
}

QString MonthlyReportDialog::fileName() const
{
    return m_file->text().trimmed();
}

QDate MonthlyReportDialog::month() const
{
    return m_month->currentData().toDate();
}

void MonthlyReportDialog::suggestFileName()
{
    const QString extension = m_pdf->isChecked() ? QStringLiteral("pdf") : QStringLiteral("csv");
    if (m_fileTyped) {
        // Only the extension follows the format the engineer picked.
        const QString typed = fileName();
        static const QRegularExpression known(QStringLiteral("\\.(pdf|csv)$"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (known.match(typed).hasMatch()) {
            m_file->setText(typed.left(typed.size() - 3) + extension);
        }
        return;
    }
    // A file name from the client's name: letters and digits, the rest as dashes.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w]+"));
    QString client = m_client->currentText();
    client.replace(unsafe, QStringLiteral("-"));
    client = client.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    const QString name
        = QStringLiteral("%1-%2.%3")
              .arg(client.isEmpty() ? tr("report") : client, month().toString(QStringLiteral("yyyy-MM")), extension);
    m_file->setText(QDir(QDir::homePath()).filePath(name));
}

void MonthlyReportDialog::browse()
{
    const QString filter = m_pdf->isChecked() ? tr("PDF (*.pdf)") : tr("CSV (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the monthly report"), fileName(), filter);
    if (!chosen.isEmpty()) {
        m_file->setText(chosen);
        m_fileTyped = true;
    }
}

bool MonthlyReportDialog::create()
{
    const auto fail = [this](const QString& message) {
        m_outcome->setText(message);
        m_outcome->setStyleSheet(QStringLiteral("color: #b71c1c"));
        return false;
    };
    if (m_client->currentIndex() < 0) {
        return fail(tr("There is no client to report on."));
    }
    if (fileName().isEmpty()) {
        return fail(tr("Choose the file to write."));
    }
    const auto format = m_pdf->isChecked() ? ReportsService::ReportFormat::Pdf : ReportsService::ReportFormat::Csv;
    auto report = m_service.writeMonthlyReport(m_client->currentData().toString(), month(), format, fileName(), m_now);
    if (!report) {
        return fail(report.error().message);
    }
    QString text = tr("Written: %1 (%n ticket(s)).", nullptr, static_cast<int>(report->tickets.size())).arg(fileName());
    for (const QString& warning : report->warnings) {
        text += QLatin1Char('\n') + warning;
    }
    m_outcome->setText(text);
    m_outcome->setStyleSheet(QStringLiteral("color: #1b5e20"));
    emit reportWritten(fileName());
    return true;
}

} // namespace dd
