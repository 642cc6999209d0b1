#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace dd {

// The translation context of level, schedule and clock-history texts: tr() needs a class.
class Sla
{
    Q_DECLARE_TR_FUNCTIONS(dd::Sla)
};

// Service levels (docs/rules.md#service-levels). The slugs are what the database, the CLI and JSON use.
enum class SlaLevel { Emergency, Standard, Urgent };

// The service windows (docs/rules.md#schedules).
enum class ScheduleKind { Business, Emergency };

QString slaLevelId(SlaLevel level);
std::optional<SlaLevel> parseSlaLevel(QStringView id);
QString slaLevelName(SlaLevel level); // translated, for people

QString scheduleId(ScheduleKind schedule);
QString scheduleName(ScheduleKind schedule); // translated

// emergency and urgent run on the emergency schedule, standard on the business one.
constexpr ScheduleKind scheduleOf(SlaLevel level)
{
    return level == SlaLevel::Standard ? ScheduleKind::Business : ScheduleKind::Emergency;
}

} // namespace dd
