#pragma once

#include "core/billing/SlaStatistics.h"
#include "core/billing/TicketFeedback.h"
#include "core/domain/Actor.h"
#include "core/util/Result.h"

#include <QMap>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {

class Database;

// The head of support's SLA dashboard (docs/rules.md#service-levels, #tickets, #regression-testing): compliance per
// project and level by week, breaches, the reaction-time distribution, the backlog by state, testing runs done vs due,
// average ratings, and the escalations until handled. Every figure is SlaStatistics computed from the ticket histories
// on load; nothing is cached in the database. Each chart exports as PNG.
class SlaDashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SlaDashboardWidget(QWidget* parent = nullptr);
    ~SlaDashboardWidget() override;

    // Reads the histories and the testing schedule and shows the `weeks` weeks up to `now`.
    // `actor` is who marks escalations handled.
    Status load(const Database& database, const Actor& actor, qint64 now, int weeks = 12);
    // Shows figures computed elsewhere (tests, a report for a fixed period).
    void setStatistics(const SlaStatistics& statistics, const QList<Escalation>& escalations);

    const SlaStatistics& statistics() const { return m_statistics; }
    // compliance, breaches, reaction, backlog, testing, ratings-projects, ratings-engineers
    QStringList chartNames() const { return m_charts.keys(); }
    QChart* chart(const QString& name) const;
    // Renders one chart to a PNG file at its current size (at least 800×500).
    Status exportChart(const QString& name, const QString& path) const;

signals:
    void escalationHandled(qint64 ticketId);

private slots:
    void showComplianceFor(int projectIndex);
    void exportChartInteractively(const QString& name);
    void handleSelectedEscalation();

private:
    QChartView* addChartView(const QString& name, const QString& title, int row, int column);
    void rebuildCharts();
    void rebuildCompliance();
    void rebuildBreaches();
    void rebuildEscalations();

    SlaStatistics m_statistics;
    QList<Escalation> m_escalations;
    const Database* m_database = nullptr;
    Actor m_actor;

    QLabel* m_summary = nullptr;
    QComboBox* m_projectFilter = nullptr;
    QTableWidget* m_breachTable = nullptr;
    QTableWidget* m_escalationTable = nullptr;
    QPushButton* m_handleButton = nullptr;
    QMap<QString, QChartView*> m_charts;
};

} // namespace dd
