#include "core/sla/SlaLevel.h"

#include <QCoreApplication>

namespace dd {

QString slaLevelId(SlaLevel level)
{
    switch (level) {
    case SlaLevel::Emergency:
        return QStringLiteral("emergency");
    case SlaLevel::Standard:
        return QStringLiteral("standard");
    case SlaLevel::Urgent:
        return QStringLiteral("urgent");
    }
    return {};
}

std::optional<SlaLevel> parseSlaLevel(QStringView id)
{
    for (SlaLevel level : { SlaLevel::Emergency, SlaLevel::Standard, SlaLevel::Urgent }) {
        if (id == slaLevelId(level)) {
            return level;
        }
    }
    return std::nullopt;
}

QString slaLevelName(SlaLevel level)
{
    switch (level) {
    case SlaLevel::Emergency:
        return Sla::tr("emergency");
    case SlaLevel::Standard:
        return Sla::tr("standard");
    case SlaLevel::Urgent:
        return Sla::tr("urgent");
    }
    return {};
}

QString scheduleId(ScheduleKind schedule)
{
    return schedule == ScheduleKind::Business ? QStringLiteral("business") : QStringLiteral("emergency");
}

QString scheduleName(ScheduleKind schedule)
{
    return schedule == ScheduleKind::Business ? Sla::tr("business hours") : Sla::tr("emergency hours");
}

} // namespace dd
