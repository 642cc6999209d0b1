#include "ui/common/VocabularyNames.h"

#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace dd {

namespace { } // namespace

QString clockKindName(ClockKind kind)
{
    switch (kind) {
    case ClockKind::Reaction:
        return Vocabulary::tr("Reaction");
    case ClockKind::FollowUpReaction:
        return Vocabulary::tr("Reaction to additional information");
    case ClockKind::Resolution:
        return Vocabulary::tr("Resolution");
    }
    return {};
}

QString clockStateName(ClockState state)
{
    switch (state) {
    case ClockState::Ok:
        return Vocabulary::tr("ok");
    case ClockState::Warning:
        return Vocabulary::tr("warning");
    case ClockState::Breached:
        return Vocabulary::tr("breached");
    case ClockState::Paused:
        return Vocabulary::tr("paused");
    case ClockState::Met:
        return Vocabulary::tr("met");
    case ClockState::Excluded:
        return Vocabulary::tr("not counted");
    case ClockState::Error:
        return Vocabulary::tr("calendar missing");
    }
    return {};
}

QColor clockStateColor(ClockState state)
{
    // Readable on light and dark palettes; red and amber as on a dashboard.
    switch (state) {
    case ClockState::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case ClockState::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case ClockState::Breached:
        return QColor(0xc6, 0x28, 0x28);
    case ClockState::Paused:
        return QColor(0x75, 0x75, 0x75);
    case ClockState::Met:
        return QColor(0x15, 0x65, 0xc0);
    case ClockState::Excluded:
        return QColor(0x75, 0x75, 0x75);
    case ClockState::Error:
        return QColor(0xc6, 0x28, 0x28); // as loud as a breach: nobody knows the deadline
    }
    return {};
}

QString formatCountdown(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    return QStringLiteral("%1%2:%3:%4")
        .arg(seconds < 0 ? QStringLiteral("−") : QString())
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace dd
