#include "ui/reports/SlaDashboardWidget.h"

#include "core/util/MoscowTime.h"
#include "ui/common/VocabularyNames.h"
#include "ui/reports/ReportsService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace dd {

namespace {

// A read-only table of records (breaches, escalations), one a row.
QTableWidget* recordTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    // Fitting the columns measured every cell: thousands of breaches at 100,000 tickets.
    table->horizontalHeader()->setResizeContentsPrecision(200);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

} // namespace

SlaDashboardWidget::SlaDashboardWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("slaDashboard"));
    setWindowTitle(tr("SLA dashboard"));
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(createSummaryBar());

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    addChartView(QStringLiteral("compliance"), tr("Reactions in time, % by week"), 0, 0);
    addChartView(QStringLiteral("breaches"), tr("Breaches by week"), 0, 1);
    addChartView(QStringLiteral("reaction"), tr("First reaction time (working time)"), 1, 0);
    addChartView(QStringLiteral("backlog"), tr("Open tickets at the end of each week"), 1, 1);
    addChartView(QStringLiteral("ratings-projects"), tr("Average rating by project"), 2, 0);
    addChartView(QStringLiteral("ratings-engineers"), tr("Average rating by engineer"), 2, 1);
    addChartView(QStringLiteral("testing"), tr("Regression testing runs"), 3, 0);
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        grid->addWidget(it.value()->parentWidget(), it.value()->property("gridRow").toInt(),
                        it.value()->property("gridColumn").toInt());
    }
    grid->addWidget(createBreachTable(content), 3, 1);
    grid->addWidget(createEscalationTable(content), 4, 0, 1, 2);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    connectControls();
    rebuildCharts();
}

QHBoxLayout* SlaDashboardWidget::createSummaryBar()
{
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Compliance for:"), this));
    m_projectFilter = new QComboBox(this);
    m_projectFilter->setObjectName(QStringLiteral("projectFilter"));
    m_projectFilter->setMinimumContentsLength(18);
    top->addWidget(m_projectFilter);
    return top;
}

QWidget* SlaDashboardWidget::createBreachTable(QWidget* parent)
{
    auto* breaches = new QWidget(parent);
    auto* breachLayout = new QVBoxLayout(breaches);
    breachLayout->setContentsMargins(0, 0, 0, 0);
    breachLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Breached reactions")), breaches));
    m_breachTable = recordTable(
        { tr("Ticket"), tr("Project"), tr("Level"), tr("Deadline"), tr("Late by (working time)") }, breaches);
    m_breachTable->setObjectName(QStringLiteral("breachTable"));
    breachLayout->addWidget(m_breachTable);
    return breaches;
}

QWidget* SlaDashboardWidget::createEscalationTable(QWidget* parent)
{
    auto* escalations = new QWidget(parent);
    auto* escalationLayout = new QVBoxLayout(escalations);
    escalationLayout->setContentsMargins(0, 0, 0, 0);
    auto* escalationTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Escalations to the head of support")));
    escalationLayout->addWidget(escalationTitle);
    m_escalationTable = recordTable(
        { tr("Ticket"), tr("Client / project"), tr("Escalated"), tr("By"), tr("Handled"), tr("Handled by") },
        escalations);
    m_escalationTable->setObjectName(QStringLiteral("escalationTable"));
    m_escalationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_escalationTable->setSelectionMode(QAbstractItemView::SingleSelection);
    escalationLayout->addWidget(m_escalationTable);
    m_handleButton = new QPushButton(tr("Mark handled"), escalations);
    m_handleButton->setObjectName(QStringLiteral("handleEscalation"));
    m_handleButton->setEnabled(false);
    escalationLayout->addWidget(m_handleButton, 0, Qt::AlignRight);
    escalations->setMinimumHeight(220);
    return escalations;
}

void SlaDashboardWidget::connectControls()
{
    connect(m_projectFilter, &QComboBox::currentIndexChanged, this, &SlaDashboardWidget::showComplianceFor);
    for (QTableWidget* table : { m_breachTable, m_escalationTable }) {
        table->setToolTip(tr("Double-click a row to open the ticket in the console"));
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row) {
            if (const QTableWidgetItem* first = table->item(row, 0)) {
                emit ticketOpenRequested(first->data(Qt::UserRole).toLongLong());
            }
        });
    }
    connect(m_handleButton, &QPushButton::clicked, this, &SlaDashboardWidget::handleSelectedEscalation);
    connect(m_escalationTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_escalationTable->currentRow();
        m_handleButton->setEnabled(m_service && m_request == 0 && row >= 0 && row < m_escalations.size()
                                   && !m_escalations.at(row).handled);
    });
}

SlaDashboardWidget::~SlaDashboardWidget() = default;

QChartView* SlaDashboardWidget::addChartView(const QString& name, const QString& title, int row, int column)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* view = new QChartView(box);
    view->setObjectName(QStringLiteral("chart-%1").arg(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(440, 280);
    view->setProperty("title", title);
    view->setProperty("gridRow", row);
    view->setProperty("gridColumn", column);
    layout->addWidget(view, 1);
    auto* exportButton = new QPushButton(tr("Export PNG…"), box);
    exportButton->setObjectName(QStringLiteral("export-%1").arg(name));
    layout->addWidget(exportButton, 0, Qt::AlignRight);
    connect(exportButton, &QPushButton::clicked, this, [this, name] { exportChartInteractively(name); });
    m_charts.insert(name, view);
    return view;
}

QChart* SlaDashboardWidget::chart(const QString& name) const
{
    const QChartView* view = m_charts.value(name);
    return view ? view->chart() : nullptr;
}

void SlaDashboardWidget::load(ReportsService* service, const Actor& actor, qint64 now, int weeks)
{
    if (m_service != service) {
        if (m_service) {
            disconnect(m_service, nullptr, this, nullptr);
        }
        m_service = service;
        connect(service, &ReportsService::dashboardLoaded, this, &SlaDashboardWidget::showFigures);
        connect(service, &ReportsService::dashboardFailed, this, &SlaDashboardWidget::showFailure);
    }
    m_actor = actor;
    m_now = now;
    m_weeks = weeks;
    // Every ticket's history is read: on the service's thread, the window stays live.
    m_summary->setText(tr("Computing the figures from every ticket's history…"));
    m_handleButton->setEnabled(false);
    m_request = service->loadDashboard(now, weeks);
}

void SlaDashboardWidget::showFigures(quint64 request, const std::shared_ptr<const DashboardFigures>& figures)
{
    if (request != m_request) {
        return; // another widget's, or an older load's
    }
    m_request = 0;
    setStatistics(figures->statistics, figures->escalations);
    emit loaded();
}

void SlaDashboardWidget::showFailure(quint64 request, const QString& message)
{
    if (request != m_request) {
        return;
    }
    m_request = 0;
    m_summary->setText(tr("Cannot compute the dashboard: %1").arg(message.toHtmlEscaped()));
    emit loadFailed(message);
}

void SlaDashboardWidget::setStatistics(const SlaStatistics& statistics, const QList<Escalation>& escalations)
{
    m_statistics = statistics;
    m_escalations = escalations;
    rebuildCharts();
}

Status SlaDashboardWidget::exportChart(const QString& name, const QString& path) const
{
    QChartView* view = m_charts.value(name);
    if (!view) {
        return Error { tr("there is no chart “%1”").arg(name) };
    }
    // Rendered off the view so the file has a fixed, readable size whatever the window.
    const QSize size = view->size().expandedTo(QSize(800, 500));
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QSizeF original = view->chart()->size();
        view->chart()->resize(size);
        view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        view->chart()->resize(original);
    }
    if (!image.save(path, "PNG")) {
        return Error { tr("cannot write %1").arg(path) };
    }
    return Done {};
}

void SlaDashboardWidget::exportChartInteractively(const QString& name)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), name + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto done = exportChart(name, path); !done) {
        QMessageBox::warning(this, tr("Export chart"), done.error().message);
    }
}

void SlaDashboardWidget::handleSelectedEscalation()
{
    const int row = m_escalationTable->currentRow();
    if (!m_service || m_request != 0 || row < 0 || row >= m_escalations.size() || m_escalations.at(row).handled) {
        return;
    }
    const qint64 ticketId = m_escalations.at(row).ticketId;
    if (auto done = m_service->handleEscalation(ticketId, m_actor); !done) {
        QMessageBox::warning(this, tr("Escalation"), done.error().message);
        return;
    }
    // The list and the open count come from the histories again, in the background.
    load(m_service, m_actor, m_now, m_weeks);
    emit escalationHandled(ticketId);
}

} // namespace dd
