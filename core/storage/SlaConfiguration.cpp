#include "core/storage/SlaConfiguration.h"

#include "core/domain/Actor.h"
#include "core/storage/Database.h"

namespace dd {

namespace {

// The thresholds' keys, indexed by SlaLevel.
const QString& minutesKey(SlaLevel level)
{
    switch (level) {
    case SlaLevel::Emergency:
        return setting::warningMinutesEmergency;
    case SlaLevel::Standard:
        return setting::warningMinutesStandard;
    case SlaLevel::Urgent:
        break;
    }
    return setting::warningMinutesUrgent;
}

constexpr SlaLevel allLevels[] = { SlaLevel::Emergency, SlaLevel::Standard, SlaLevel::Urgent };

} // namespace

Result<SlaPolicy> SlaConfiguration::loadPolicy(const Database& database)
{
    SlaPolicy policy = SlaPolicy::defaults();
    auto tariffs = database.run(QStringLiteral("SELECT code FROM tariffs"));
    if (!tariffs) {
        return tariffs.error();
    }
    while (tariffs.value().next()) {
        policy.addTariff(tariffs.value().value(0).toString());
    }
    auto rows = database.run(QStringLiteral("SELECT tariff, level, max_reaction_seconds, resolution_target_seconds, "
                                            "valid_from FROM sla_policies"));
    if (!rows) {
        return rows.error();
    }
    QSqlQuery& query = rows.value();
    while (query.next()) {
        const auto level = parseSlaLevel(query.value(1).toString());
        if (!level) {
            continue;
        }
        SlaTarget target;
        target.maxReaction = query.value(2).toLongLong();
        if (!query.value(3).isNull()) {
            target.resolutionTarget = query.value(3).toLongLong();
        }
        policy.setTarget(query.value(0).toString(), *level, target, query.value(4).toLongLong());
    }
    return policy;
}

Result<SlaSettings> SlaConfiguration::loadSettings(const Database& database)
{
    // One read of the table; each value checked by its key's validator.
    auto values = SharedSettings::valuesByKey(database);
    if (!values) {
        return values.error();
    }
    const QHash<QString, QString>& byKey = values.value();
    SlaSettings settings;
    settings.shortenedDays = byKey.value(setting::shortenedDays) == QLatin1String("on");
    const double share = byKey.value(setting::warningPercent).toInt() / 100.0;
    for (const SlaLevel level : allLevels) {
        settings.warning[static_cast<int>(level)].share = share;
        settings.warning[static_cast<int>(level)].seconds = byKey.value(minutesKey(level)).toLongLong() * 60;
    }
    return settings;
}

Status SlaConfiguration::saveSettings(const Database& database, const SlaSettings& settings, const Actor& actor)
{
    QList<std::pair<QString, QString>> values;
    values << std::pair { setting::shortenedDays,
                          settings.shortenedDays ? QStringLiteral("on") : QStringLiteral("off") }
           << std::pair { setting::warningPercent,
                          QString::number(qRound(settings.warningFor(SlaLevel::Standard).share * 100)) };
    for (const SlaLevel level : allLevels) {
        values << std::pair { minutesKey(level), QString::number(settings.warningFor(level).seconds / 60) };
    }
    Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started();
    }
    for (const auto& [key, value] : values) {
        if (auto written = SharedSettings::set(database, key, value, actor); !written) {
            return written;
        }
    }
    return transaction.commit();
}

} // namespace dd
