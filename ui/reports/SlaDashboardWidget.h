#pragma once

#include "core/billing/SlaStatistics.h"
#include "core/billing/TicketFeedback.h"
#include "core/domain/Actor.h"
#include "core/util/Result.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {

struct DashboardFigures;
class ReportsService;

// The head of support's SLA dashboard (docs/rules.md#service-levels, #tickets, #regression-testing): compliance per
// project and level by week, breaches, the reaction-time distribution, the backlog by state, testing runs done vs due,
// average ratings, and the escalations until handled. Every figure is SlaStatistics computed from the ticket histories
// on load — by ReportsService on its worker thread, the widget shows a loading state meanwhile; nothing is cached in
// the database. Each chart exports as PNG.
class SlaDashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SlaDashboardWidget(QWidget* parent = nullptr);
    ~SlaDashboardWidget() override;

    // Asks `service` for the figures of the `weeks` weeks up to `now` and shows them when
    // they come (loaded or loadFailed); until then a loading state. `actor` is who marks
    // escalations handled.
    void load(ReportsService* service, const Actor& actor, qint64 now, int weeks = 12);
    bool isLoading() const { return m_request != 0; }
    // Shows figures computed elsewhere (tests, a report for a fixed period).
    void setStatistics(const SlaStatistics& statistics, const QList<Escalation>& escalations);

    const SlaStatistics& statistics() const { return m_statistics; }
    // compliance, breaches, reaction, backlog, testing, ratings-projects, ratings-engineers
    QStringList chartNames() const { return m_charts.keys(); }
    QChart* chart(const QString& name) const;
    // Renders one chart to a PNG file at its current size (at least 800×500).
    Status exportChart(const QString& name, const QString& path) const;

signals:
    void loaded();
    void loadFailed(const QString& message);
    void escalationHandled(qint64 ticketId);
    // A breach or an escalation row was double-clicked: the console shows that ticket
    // (keeping the engineer's filters, as the breach dock does).
    void ticketOpenRequested(qint64 number);
    // A bar of the project ratings was clicked: the console scopes its queue to that
    // project (named as the dashboard shows it, its short name or else its name).
    void projectOpenRequested(const QString& project);

private slots:
    void showComplianceFor(int projectIndex);
    void exportChartInteractively(const QString& name);
    void handleSelectedEscalation();

private:
    QHBoxLayout* createSummaryBar();
    QWidget* createBreachTable(QWidget* parent);
    QWidget* createEscalationTable(QWidget* parent);
    void connectControls();
    QChartView* addChartView(const QString& name, const QString& title, int row, int column);
    void rebuildCharts();
    void updateSummary();
    void updateProjectFilter();
    void rebuildBreachesByWeek(const QStringList& weeks);
    void rebuildReactionTimes();
    void rebuildBacklog(const QStringList& weeks);
    void rebuildTestingRuns();
    void rebuildRatings();
    // One horizontal bar per name, 0 to 5; returns the bars (a click on one can open its project).
    QBarSet* rebuildRatingChart(const QString& name, const QString& title, const QList<RatingAverage>& ratings);
    void showFigures(quint64 request, const std::shared_ptr<const DashboardFigures>& figures);
    void showFailure(quint64 request, const QString& message);
    void rebuildCompliance();
    void rebuildBreaches();
    void rebuildEscalations();

    SlaStatistics m_statistics;
    QList<Escalation> m_escalations;
    QPointer<ReportsService> m_service; // the session's; gone with it
    quint64 m_request = 0; // the figures asked for and not yet shown
    qint64 m_now = 0;
    int m_weeks = 12;
    Actor m_actor;

    QLabel* m_summary = nullptr;
    QComboBox* m_projectFilter = nullptr;
    QTableWidget* m_breachTable = nullptr;
    QTableWidget* m_escalationTable = nullptr;
    QPushButton* m_handleButton = nullptr;
    QMap<QString, QChartView*> m_charts;
};

} // namespace dd
