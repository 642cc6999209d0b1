#include "ui/queue/CountdownDelegate.h"

#include "ui/common/VocabularyNames.h"
#include "ui/queue/QueueModel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>

#include <algorithm>

namespace dd {

CountdownDelegate::CountdownDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void CountdownDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const int stateValue = index.data(QueueModel::ClockStateRole).toInt();
    if (text.isEmpty()) {
        return;
    }
    const QRect area = option.rect.adjusted(6, 1, -6, -3);
    if (stateValue < 0) {
        // No clock runs ("—"): quiet, the tooltip says why.
        painter->save();
        painter->setPen(option.palette.color((option.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                     : QPalette::PlaceholderText));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
        return;
    }
    const auto state = static_cast<ClockState>(stateValue);

    painter->save();
    // Fixed-width digits: the countdown does not jitter as it ticks.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(option.font.pointSizeF());
    font.setBold(state == ClockState::Breached || state == ClockState::Warning || state == ClockState::Error);
    painter->setFont(font);
    const bool selected = option.state & QStyle::State_Selected;
    QColor color = clockStateColor(state);
    if (selected) {
        color = option.palette.color(QPalette::HighlightedText);
    }
    painter->setPen(color);
    const QString shown = state == ClockState::Paused ? QStringLiteral("‖ ") + text : text;
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, shown);

    const QVariant share = index.data(QueueModel::ShareUsedRole);
    if (share.isValid() && state != ClockState::Met && state != ClockState::Error) {
        const double used = std::clamp(share.toDouble(), 0.0, 1.0);
        const QRect track(area.left(), option.rect.bottom() - 3, area.width(), 2);
        painter->fillRect(track, option.palette.color(QPalette::Mid));
        QRect bar = track;
        bar.setWidth(static_cast<int>(track.width() * used));
        painter->fillRect(bar, clockStateColor(state));
    }
    painter->restore();
}

QSize CountdownDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(option.font.pointSizeF());
    font.setBold(true);
    size.setWidth(std::max(size.width(), QFontMetrics(font).horizontalAdvance(QStringLiteral("‖ −000:00:00")) + 16));
    return size;
}

} // namespace dd
