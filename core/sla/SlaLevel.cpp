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
        return QCoreApplication::translate("dd::Sla", "emergency");
    case SlaLevel::Standard:
        return QCoreApplication::translate("dd::Sla", "standard");
    case SlaLevel::Urgent:
        return QCoreApplication::translate("dd::Sla", "urgent");
    }
    return {};
}

QString scheduleId(ScheduleKind schedule)
{
    return schedule == ScheduleKind::Business ? QStringLiteral("business") : QStringLiteral("emergency");
}

QString scheduleName(ScheduleKind schedule)
{
    return schedule == ScheduleKind::Business ? QCoreApplication::translate("dd::Sla", "business hours")
                                              : QCoreApplication::translate("dd::Sla", "emergency hours");
}

} // namespace dd
