#pragma once

#include "core/regression/RegressionPlan.h"

#include <QDate>
#include <QWidget>

class QPainter;

namespace dd {

// A calendar strip of the schedule: one row per project (or per tester and project),
// months across, a marker for each run on its date in its state's colour, a bar from the
// due date to today for what is late, and a line for today.
class RegressionTimelineView : public QWidget
{
    Q_OBJECT

public:
    enum class Grouping { ByTester, ByProject };

    explicit RegressionTimelineView(QWidget* parent = nullptr);

    void setEntries(const QList<ScheduleEntry>& entries, const QDate& today);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // Months shown before and after today's month.
    void setSpan(int monthsBefore, int monthsAfter);

    // The row labels in display order; for tests and accessibility.
    QStringList rowLabels() const;
    // The entry index whose marker is at `pos`, or -1.
    int entryAt(const QPoint& pos) const;
    QPoint markerCenter(int entryIndex) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void entryClicked(int entryIndex);
    void entryActivated(int entryIndex);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Row
    {
        QString label;
        QString group; // the tester for ByTester, drawn as a band heading
        QList<int> entries;
    };

    void rebuildRows();
    void paintMonths(QPainter& p) const;
    void paintRowLabels(QPainter& p) const;
    void paintLateBars(QPainter& p) const;
    void paintMarker(QPainter& p, int index) const;
    int labelWidth() const;
    int rowHeight() const;
    int headerHeight() const;
    int xFor(const QDate& date) const;
    int rowOf(int entryIndex) const;

    QList<ScheduleEntry> m_entries;
    QList<Row> m_rows;
    QDate m_today;
    QDate m_first; // first day shown
    QDate m_last; // last day shown
    int m_monthsBefore = 6;
    int m_monthsAfter = 4;
    Grouping m_grouping = Grouping::ByTester;
    int m_selected = -1;
};

} // namespace dd
