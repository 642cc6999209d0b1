#include "ui/regression/RegressionTimelineView.h"

#include "ui/regression/RegressionScheduleModel.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace dd {

namespace {
constexpr int markerRadius = 6;
}

RegressionTimelineView::RegressionTimelineView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("testingTimeline"));
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RegressionTimelineView::setEntries(const QList<ScheduleEntry>& entries, const QDate& today)
{
    m_entries = entries;
    m_today = today;
    m_selected = -1;
    setSpan(m_monthsBefore, m_monthsAfter);
}

void RegressionTimelineView::setGrouping(Grouping grouping)
{
    m_grouping = grouping;
    rebuildRows();
}

void RegressionTimelineView::setSpan(int monthsBefore, int monthsAfter)
{
    m_monthsBefore = monthsBefore;
    m_monthsAfter = monthsAfter;
    const QDate anchor = m_today.isValid() ? QDate(m_today.year(), m_today.month(), 1) : QDate(2026, 1, 1);
    m_first = anchor.addMonths(-monthsBefore);
    m_last = anchor.addMonths(monthsAfter + 1).addDays(-1);
    rebuildRows();
}

void RegressionTimelineView::rebuildRows()
{
    // Rows sorted by (group, label); a QMap keeps that order.
    QMap<QPair<QString, QString>, QList<int>> rows;
    for (int i = 0; i < m_entries.size(); ++i) {
        const ScheduleEntry& e = m_entries.at(i);
        const QString project = e.projectName.isEmpty() ? e.projectCode : e.projectName;
        const QString tester = e.testerName.isEmpty() ? tr("not assigned") : e.testerName;
        const auto key = m_grouping == Grouping::ByTester ? qMakePair(tester, project) : qMakePair(QString(), project);
        rows[key].append(i);
    }
    m_rows.clear();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        m_rows.append({ it.key().second, it.key().first, it.value() });
    }
    updateGeometry();
    update();
}

QStringList RegressionTimelineView::rowLabels() const
{
    QStringList labels;
    for (const Row& row : m_rows) {
        labels << (row.group.isEmpty() ? row.label : row.group + QStringLiteral(" · ") + row.label);
    }
    return labels;
}

int RegressionTimelineView::labelWidth() const
{
    return std::clamp(width() / 4, 160, 280);
}
int RegressionTimelineView::rowHeight() const
{
    return fontMetrics().height() + 12;
}
int RegressionTimelineView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int RegressionTimelineView::xFor(const QDate& date) const
{
    const int left = labelWidth();
    const int span = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    const double perDay = double(width() - left - 8) / span;
    return left + int(m_first.daysTo(date) * perDay + perDay / 2);
}

int RegressionTimelineView::rowOf(int entryIndex) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).entries.contains(entryIndex)) {
            return r;
        }
    }
    return -1;
}

QPoint RegressionTimelineView::markerCenter(int entryIndex) const
{
    const int row = rowOf(entryIndex);
    if (row < 0 || entryIndex >= m_entries.size()) {
        return {};
    }
    const QDate date = m_entries.at(entryIndex).date.isValid() ? m_entries.at(entryIndex).date : m_today;
    const QDate shown = std::clamp(date, m_first, m_last);
    return { xFor(shown), headerHeight() + row * rowHeight() + rowHeight() / 2 };
}

int RegressionTimelineView::entryAt(const QPoint& pos) const
{
    int best = -1;
    int bestDistance = markerRadius + 4;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).state == ScheduleState::Paused) {
            continue;
        }
        const int distance = (markerCenter(i) - pos).manhattanLength();
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QSize RegressionTimelineView::sizeHint() const
{
    return { 900, headerHeight() + std::max<int>(3, int(m_rows.size())) * rowHeight() + rowHeight() / 2 };
}

QSize RegressionTimelineView::minimumSizeHint() const
{
    return { 480, headerHeight() + 2 * rowHeight() };
}

void RegressionTimelineView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintMonths(p);
    paintRowLabels(p);
    paintLateBars(p);
    // Today.
    if (m_today >= m_first && m_today <= m_last) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        p.drawLine(xFor(m_today), headerHeight(), xFor(m_today), height());
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        paintMarker(p, i);
    }
    if (m_rows.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(labelWidth(), headerHeight(), 0, 0), Qt::AlignCenter, tr("No runs to show"));
    }
}

// Month columns with alternating shading and their names, over the header line.
void RegressionTimelineView::paintMonths(QPainter& p) const
{
    const QPalette pal = palette();
    const int top = headerHeight();
    int column = 0;
    for (QDate month = m_first; month <= m_last; month = month.addMonths(1), ++column) {
        const int x0 = xFor(month) - (xFor(month.addDays(1)) - xFor(month)) / 2;
        const int x1 = xFor(month.addMonths(1)) - (xFor(month.addDays(1)) - xFor(month)) / 2;
        if (column % 2 == 1) {
            p.fillRect(QRect(x0, 0, x1 - x0, height()), pal.color(QPalette::AlternateBase));
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(x0, 0, x0, height());
        p.setPen(pal.color(QPalette::Text));
        // Stand-alone names: Russian months in the nominative ("март", not "марта").
        QString name = QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat);
        if (month.month() == 1 || column == 0) {
            name += QLatin1Char(' ') + QString::number(month.year());
        }
        p.drawText(QRect(x0 + 4, 0, x1 - x0 - 6, top), Qt::AlignVCenter | Qt::AlignLeft, name);
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, top, width(), top);
}

// Row labels (a group named on its first row only) and guide lines.
void RegressionTimelineView::paintRowLabels(QPainter& p) const
{
    const QPalette pal = palette();
    const int left = labelWidth();
    const int top = headerHeight();
    const int rh = rowHeight();
    QString lastGroup;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        const QRect labelRect(6, top + r * rh, left - 12, rh);
        p.fillRect(QRect(0, top + r * rh, left, rh), pal.color(QPalette::Window));
        p.setPen(pal.color(QPalette::Text));
        QString text = row.label;
        if (!row.group.isEmpty()) {
            text = row.group == lastGroup ? QStringLiteral("   ") + row.label
                                          : row.group + QStringLiteral(" · ") + row.label;
            lastGroup = row.group;
        }
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(text, Qt::ElideRight, labelRect.width()));
        p.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DotLine));
        p.drawLine(left, top + r * rh + rh / 2, width(), top + r * rh + rh / 2);
    }
}

// Late bars: from the due date to today.
void RegressionTimelineView::paintLateBars(QPainter& p) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const ScheduleEntry& e = m_entries.at(i);
        if (e.daysOverdue <= 0 || e.state == ScheduleState::Done || !e.dueDate.isValid()) {
            continue;
        }
        const QPoint c = markerCenter(i);
        const int from = xFor(std::clamp(e.dueDate, m_first, m_last));
        QColor bar = scheduleStateColor(ScheduleState::Overdue);
        bar.setAlpha(70);
        p.fillRect(QRect(from, c.y() - 3, xFor(m_today) - from, 6), bar);
    }
}

// A dot for done, a ring for planned, a diamond for due/overdue, a square in progress.
void RegressionTimelineView::paintMarker(QPainter& p, int index) const
{
    const ScheduleEntry& e = m_entries.at(index);
    const QPoint c = markerCenter(index);
    if (e.state == ScheduleState::Paused) {
        // Nothing is due; say so on the row instead of leaving it blank.
        const int rh = rowHeight();
        p.setPen(scheduleStateColor(ScheduleState::Paused).darker(150));
        p.drawText(QRect(xFor(m_today) + 8, c.y() - rh / 2, 200, rh), Qt::AlignVCenter | Qt::AlignLeft,
                   displayName(e.state));
        return;
    }
    const QPalette pal = palette();
    const QColor color = scheduleStateColor(e.state);
    const bool selected = index == m_selected;
    p.setPen(QPen(selected ? pal.color(QPalette::Highlight) : color.darker(130), selected ? 3 : 1));
    p.setBrush(e.state == ScheduleState::Planned ? QBrush(pal.color(QPalette::Base)) : QBrush(color));
    const QRect box(c.x() - markerRadius, c.y() - markerRadius, 2 * markerRadius, 2 * markerRadius);
    if (e.state == ScheduleState::Due || e.state == ScheduleState::Overdue) {
        QPainterPath diamond;
        diamond.moveTo(c.x(), box.top() - 1);
        diamond.lineTo(box.right() + 1, c.y());
        diamond.lineTo(c.x(), box.bottom() + 1);
        diamond.lineTo(box.left() - 1, c.y());
        diamond.closeSubpath();
        p.drawPath(diamond);
    } else if (e.state == ScheduleState::InProgress) {
        p.drawRect(box.adjusted(1, 1, -1, -1));
    } else {
        p.drawEllipse(box);
    }
}

bool RegressionTimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = entryAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const ScheduleEntry& e = m_entries.at(index);
        QString text = QStringLiteral("<b>%1</b><br>%2 — %3")
                           .arg((e.projectName.isEmpty() ? e.projectCode : e.projectName).toHtmlEscaped(),
                                displayName(e.state), QLocale().toString(e.date, QLocale::LongFormat));
        if (e.kind == RunKind::Feature) {
            text += QStringLiteral("<br>") + tr("feature test, ticket #%1").arg(e.ticketNumber);
        }
        if (e.runId != 0) {
            text += QStringLiteral("<br>")
                + tr("%1 pass, %2 fail, %3 skipped, %4 left")
                      .arg(e.counts.pass)
                      .arg(e.counts.fail)
                      .arg(e.counts.skip)
                      .arg(e.counts.pending);
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void RegressionTimelineView::mousePressEvent(QMouseEvent* event)
{
    const int index = entryAt(event->position().toPoint());
    m_selected = index;
    update();
    if (index >= 0) {
        emit entryClicked(index);
    }
}

void RegressionTimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int index = entryAt(event->position().toPoint());
    if (index >= 0) {
        emit entryActivated(index);
    }
}

} // namespace dd
