#include "ui/reports/SlaDashboardWidget.h"

// The dashboard's charts and tables, rebuilt from the statistics it shows.

#include "core/util/MoscowTime.h"
#include "ui/common/DateTimeFormat.h"
#include "ui/common/VocabularyNames.h"
#include "ui/reports/ChartScale.h"
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

QString levelName(SlaLevel level)
{
    return slaLevelName(level);
}

QStringList weekLabels(const QList<QDate>& weeks)
{
    QStringList labels;
    for (const QDate& week : weeks) {
        labels << weekLabel(week);
    }
    return labels;
}

// A chart replaced wholesale on every rebuild: axes and series belong to it.
QChart* freshChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Bar labels and axes in the interface language's digits: "4,36" in Russian.
    // Localized labels take only the "%.Nf" form of a label format ("%d" comes out empty).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

QValueAxis* countAxis(int maximum)
{
    const ChartScale scale = niceCountScale(maximum);
    auto* axis = new QValueAxis;
    axis->setRange(0, scale.top);
    axis->setTickCount(scale.tickCount());
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

// Category labels are short (weeks, short project names): shown whole, never "14….".
QBarCategoryAxis* categoryAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTruncateLabels(false);
    return axis;
}

// The axes go in this order (x, then y) for every bar chart: the chart lays them out so.
void attachAxes(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QString formatInstant(const QDateTime& instant)
{
    return formatMoscowDateTime(instant);
}

} // namespace

void SlaDashboardWidget::rebuildCharts()
{
    updateSummary();
    updateProjectFilter();
    rebuildCompliance();
    const QStringList weeks = weekLabels(m_statistics.weeks);
    rebuildBreachesByWeek(weeks);
    rebuildReactionTimes();
    rebuildBacklog(weeks);
    rebuildTestingRuns();
    rebuildRatings();
    rebuildBreaches();
    rebuildEscalations();
}

void SlaDashboardWidget::updateSummary()
{
    const SlaStatistics& s = m_statistics;
    const int open = static_cast<int>(
        std::count_if(m_escalations.cbegin(), m_escalations.cend(), [](const Escalation& e) { return !e.handled; }));
    int ratings = 0;
    int ratingSum = 0;
    for (const RatingAverage& r : s.ratingsByProject) {
        ratings += r.count;
        ratingSum += r.sum;
    }
    m_summary->setText(
        tr("<b>%1 %</b> of reactions in time (%2 of %3) · <b>%4</b> breaches · <b>%5</b> open "
           "escalations · average rating <b>%6</b>")
            .arg(QLocale().toString(s.overallPercent(), 'f', 1))
            .arg(s.met)
            .arg(s.met + s.breached)
            .arg(s.breached)
            .arg(open)
            .arg(ratings == 0 ? QStringLiteral("—") : formatAverage(static_cast<double>(ratingSum) / ratings)));
}

// The project filter of the compliance chart: all projects, then each one; the choice kept.
void SlaDashboardWidget::updateProjectFilter()
{
    QStringList projects;
    for (const ComplianceCell& cell : m_statistics.compliance) {
        if (!projects.contains(cell.project)) {
            projects << cell.project;
        }
    }
    projects.sort();
    const QString current = m_projectFilter->currentIndex() > 0 ? m_projectFilter->currentText() : QString();
    const QSignalBlocker blocker(m_projectFilter);
    m_projectFilter->clear();
    m_projectFilter->addItem(tr("All projects"));
    m_projectFilter->addItems(projects);
    m_projectFilter->setCurrentIndex(std::max(0, m_projectFilter->findText(current)));
}

void SlaDashboardWidget::rebuildBreachesByWeek(const QStringList& weeks)
{
    const SlaStatistics& s = m_statistics;
    QChart* chart = freshChart(m_charts.value(QStringLiteral("breaches")), tr("Breaches by week"));
    auto* set = new QBarSet(tr("breached reactions"));
    set->setColor(QColor(0xc6, 0x28, 0x28));
    int maximum = 0;
    for (const QDate& week : s.weeks) {
        *set << s.breachesByWeek.value(week);
        maximum = std::max(maximum, s.breachesByWeek.value(week));
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    attachAxes(chart, series, categoryAxis(weeks), countAxis(maximum));
    chart->legend()->hide();
}

void SlaDashboardWidget::rebuildReactionTimes()
{
    QChart* chart = freshChart(m_charts.value(QStringLiteral("reaction")), tr("First reaction time (working time)"));
    auto* series = new QStackedBarSeries;
    QList<int> totals(SlaStatistics::reactionBucketLabels().size(), 0);
    for (const SlaLevel level : { SlaLevel::Emergency, SlaLevel::Urgent, SlaLevel::Standard }) {
        auto* set = new QBarSet(levelName(level));
        const QList<int> counts = m_statistics.reactionHistogram.value(level);
        for (int i = 0; i < totals.size(); ++i) {
            const int count = counts.value(i);
            *set << count;
            totals[i] += count;
        }
        series->append(set);
    }
    chart->addSeries(series);
    attachAxes(chart, series, categoryAxis(SlaStatistics::reactionBucketLabels()),
               countAxis(*std::max_element(totals.cbegin(), totals.cend())));
}

void SlaDashboardWidget::rebuildBacklog(const QStringList& weeks)
{
    const SlaStatistics& s = m_statistics;
    QChart* chart = freshChart(m_charts.value(QStringLiteral("backlog")), tr("Open tickets at the end of each week"));
    auto* series = new QStackedBarSeries;
    int maximum = 0;
    QList<int> totals(s.weeks.size(), 0);
    for (const QString& state : SlaStatistics::backlogStates()) {
        auto* set = new QBarSet(statusName(ticketStatusFromSlug(state).value_or(TicketStatus::New)));
        for (int i = 0; i < s.weeks.size(); ++i) {
            const int count = s.backlog.value(s.weeks.at(i)).value(state);
            *set << count;
            totals[i] += count;
            maximum = std::max(maximum, totals[i]);
        }
        series->append(set);
    }
    chart->addSeries(series);
    attachAxes(chart, series, categoryAxis(weeks), countAxis(maximum));
}

void SlaDashboardWidget::rebuildTestingRuns()
{
    QChart* chart = freshChart(m_charts.value(QStringLiteral("testing")), tr("Regression testing runs"));
    auto* due = new QBarSet(tr("due"));
    auto* done = new QBarSet(tr("done"));
    QStringList months;
    int maximum = 0;
    for (const RegressionMonth& month : m_statistics.testing) {
        months << QLocale().standaloneMonthName(month.month.month(), QLocale::ShortFormat) + QStringLiteral(" ")
                + QString::number(month.month.year());
        *due << month.due;
        *done << month.done;
        maximum = std::max(maximum, month.due);
    }
    auto* series = new QBarSeries;
    series->append(due);
    series->append(done);
    chart->addSeries(series);
    attachAxes(chart, series, categoryAxis(months), countAxis(maximum));
}

void SlaDashboardWidget::rebuildRatings()
{
    QBarSet* projectBars = rebuildRatingChart(QStringLiteral("ratings-projects"), tr("Average rating by project"),
                                              m_statistics.ratingsByProject);
    // A project's bar opens its tickets in the console.
    connect(projectBars, &QBarSet::clicked, this, [this, rated = m_statistics.ratingsByProject](int index) {
        if (index >= 0 && index < rated.size()) {
            emit projectOpenRequested(rated.at(index).name);
        }
    });
    rebuildRatingChart(QStringLiteral("ratings-engineers"), tr("Average rating by engineer"),
                       m_statistics.ratingsByEngineer);
}

QBarSet* SlaDashboardWidget::rebuildRatingChart(const QString& name, const QString& title,
                                                const QList<RatingAverage>& ratings)
{
    QChart* chart = freshChart(m_charts.value(name), title);
    auto* set = new QBarSet(tr("average rating"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList names;
    for (const RatingAverage& r : ratings) {
        names << tr("%1 (%2)").arg(r.name).arg(r.count);
        *set << r.average();
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* y = categoryAxis(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setRange(0, 5);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
    return set;
}

void SlaDashboardWidget::showComplianceFor(int)
{
    rebuildCompliance();
}

void SlaDashboardWidget::rebuildCompliance()
{
    const SlaStatistics& s = m_statistics;
    const QString project = m_projectFilter->currentIndex() > 0 ? m_projectFilter->currentText() : QString();
    QChart* chart = freshChart(m_charts.value(QStringLiteral("compliance")),
                               project.isEmpty() ? tr("Reactions in time, % by week")
                                                 : tr("Reactions in time, % by week: %1").arg(project));
    auto* x = categoryAxis(weekLabels(s.weeks));
    x->setTitleText(tr("week from Monday (Moscow time)"));
    auto* y = new QValueAxis;
    // A little room above 100 % and below 0 %, so lines on the limits stay visible.
    y->setRange(-5, 105);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(25);
    y->setLabelFormat(QStringLiteral("%.0f %"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const SlaLevel level : { SlaLevel::Emergency, SlaLevel::Urgent, SlaLevel::Standard }) {
        auto* series = new QLineSeries;
        series->setName(levelName(level));
        series->setPointsVisible(true);
        for (int i = 0; i < s.weeks.size(); ++i) {
            int met = 0;
            int breached = 0;
            for (const ComplianceCell& cell : s.compliance) {
                if (cell.level == level && cell.week == s.weeks.at(i)
                    && (project.isEmpty() || cell.project == project)) {
                    met += cell.met;
                    breached += cell.breached;
                }
            }
            // A week without decided clocks has no point: the line joins the weeks that have one.
            if (met + breached > 0) {
                series->append(i, 100.0 * met / (met + breached));
            }
        }
        chart->addSeries(series);
        // After addSeries: the chart's theme gives the colour, this only thickens it.
        QPen pen = series->pen();
        pen.setWidth(3);
        series->setPen(pen);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void SlaDashboardWidget::rebuildBreaches()
{
    const QList<BreachRecord>& breaches = m_statistics.breaches;
    m_breachTable->setRowCount(static_cast<int>(breaches.size()));
    for (int row = 0; row < breaches.size(); ++row) {
        const BreachRecord& b = breaches.at(row);
        const QStringList cells { tr("#%1").arg(b.ticketNumber) + (b.followUp ? tr(" (follow-up)") : QString()),
                                  b.project, levelName(b.level),
                                  formatInstant(QDateTime::fromSecsSinceEpoch(b.deadline, QTimeZone::utc())),
                                  formatDuration(b.overdue) };
        for (int column = 0; column < cells.size(); ++column) {
            m_breachTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_breachTable->item(row, 0)->setData(Qt::UserRole, b.ticketNumber);
    }
    m_breachTable->resizeColumnsToContents();
}

void SlaDashboardWidget::rebuildEscalations()
{
    m_escalationTable->setRowCount(static_cast<int>(m_escalations.size()));
    for (int row = 0; row < m_escalations.size(); ++row) {
        const Escalation& e = m_escalations.at(row);
        const QStringList cells { tr("#%1 %2").arg(e.ticketNumber).arg(e.subject),
                                  QStringLiteral("%1 / %2").arg(e.clientName, e.projectName),
                                  formatInstant(e.escalatedAt),
                                  e.escalatedBy,
                                  e.handled ? formatInstant(e.handledAt) : tr("open"),
                                  e.handledBy };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (!e.handled) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            }
            m_escalationTable->setItem(row, column, item);
        }
        m_escalationTable->item(row, 0)->setData(Qt::UserRole, e.ticketNumber);
    }
    m_escalationTable->resizeColumnsToContents();
    m_handleButton->setEnabled(false);
}

} // namespace dd
