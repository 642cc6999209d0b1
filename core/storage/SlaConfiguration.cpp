#include "core/storage/SlaConfiguration.h"

#include "core/domain/Actor.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QMap>

namespace dd {

namespace {

// The thresholds' keys, indexed by SlaLevel.
const QString& minutesKey(SlaLevel level)
{
    switch (level) {
    case SlaLevel::Emergency:
        return sla_setting::warningMinutesEmergency;
    case SlaLevel::Standard:
        return sla_setting::warningMinutesStandard;
    case SlaLevel::Urgent:
        break;
    }
    return sla_setting::warningMinutesUrgent;
}

constexpr SlaLevel allLevels[] = { SlaLevel::Emergency, SlaLevel::Standard, SlaLevel::Urgent };

Error badValue(const QString& key, const QString& value, const QString& accepted)
{
    return Error { QCoreApplication::translate("dd::SlaConfiguration",
                                               "the shared setting %1 has the value “%2”; accepted: %3")
                       .arg(key, value, accepted) };
}

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
    auto rows = database.run(
        QStringLiteral("SELECT tariff, level, max_reaction_seconds, resolution_target_seconds FROM sla_policies"));
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
        policy.setTarget(query.value(0).toString(), *level, target);
    }
    return policy;
}

Result<SlaSettings> SlaConfiguration::loadSettings(const Database& database)
{
    auto rows
        = database.run(QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?, ?)"),
                       { sla_setting::shortenedDays, sla_setting::warningPercent, sla_setting::warningMinutesEmergency,
                         sla_setting::warningMinutesStandard, sla_setting::warningMinutesUrgent });
    if (!rows) {
        return rows.error();
    }
    QMap<QString, QString> values;
    while (rows.value().next()) {
        values.insert(rows.value().value(0).toString(), rows.value().value(1).toString());
    }
    SlaSettings settings;
    if (values.contains(sla_setting::shortenedDays)) {
        const QString value = values.value(sla_setting::shortenedDays);
        if (value != QLatin1String("on") && value != QLatin1String("off")) {
            return badValue(sla_setting::shortenedDays, value, QStringLiteral("on, off"));
        }
        settings.shortenedDays = value == QLatin1String("on");
    }
    if (values.contains(sla_setting::warningPercent)) {
        bool ok = false;
        const int percent = values.value(sla_setting::warningPercent).toInt(&ok);
        if (!ok || percent < 1 || percent > 99) {
            return badValue(sla_setting::warningPercent, values.value(sla_setting::warningPercent),
                            QStringLiteral("1–99"));
        }
        for (auto& threshold : settings.warning) {
            threshold.share = percent / 100.0;
        }
    }
    for (const SlaLevel level : allLevels) {
        const QString& key = minutesKey(level);
        if (!values.contains(key)) {
            continue;
        }
        bool ok = false;
        const int minutes = values.value(key).toInt(&ok);
        if (!ok || minutes < 0 || minutes > 24 * 60) {
            return badValue(key, values.value(key), QStringLiteral("0–1440"));
        }
        settings.warning[static_cast<int>(level)].seconds = minutes * 60LL;
    }
    return settings;
}

Status SlaConfiguration::saveSettings(const Database& database, const SlaSettings& settings, const Actor& actor)
{
    QMap<QString, QString> values;
    values.insert(sla_setting::shortenedDays, settings.shortenedDays ? QStringLiteral("on") : QStringLiteral("off"));
    values.insert(sla_setting::warningPercent,
                  QString::number(qRound(settings.warningFor(SlaLevel::Standard).share * 100)));
    for (const SlaLevel level : allLevels) {
        values.insert(minutesKey(level), QString::number(settings.warningFor(level).seconds / 60));
    }
    Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started();
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // An upsert both engines understand; the version counts the changes.
        auto written = database.run(
            QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, %1, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by, version = settings.version + 1 "
                           "WHERE settings.value <> excluded.value")
                .arg(database.nowSql()),
            { it.key(), it.value(), idOrNull(actor.userId) });
        if (!written) {
            return written.error();
        }
    }
    return transaction.commit();
}

} // namespace dd
