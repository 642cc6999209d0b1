#include "core/storage/SharedSettings.h"

#include "core/domain/Actor.h"
#include "core/storage/Database.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>

namespace dd {

namespace {

Result<const SettingDefinition*> sharedDefinition(const QString& key)
{
    const SettingDefinition* definition = SharedSettings::find(key);
    if (!definition) {
        return Error { SharedSettings::tr("there is no setting “%1”; the shared settings are: %2")
                           .arg(key, SharedSettings::sharedKeys()) };
    }
    if (definition->scope != SettingScope::Shared) {
        return Error {
            SharedSettings::tr("%1 is a desktop setting: set it in the console's Settings on that desktop").arg(key)
        };
    }
    return definition;
}

const QString selectValue = QStringLiteral("SELECT s.key, s.value, s.version, s.updated_at, u.login FROM settings s "
                                           "LEFT JOIN users u ON u.id = s.updated_by ");

SettingValue readRow(const QSqlQuery& row)
{
    SettingValue value;
    value.key = row.value(0).toString();
    value.value = row.value(1).toString();
    value.stored = true;
    value.version = row.value(2).toLongLong();
    value.updatedAt = fromEpoch(row.value(3).toLongLong());
    value.updatedBy = row.value(4).toString();
    return value;
}

Error staleEdit(const SettingValue& now)
{
    if (!now.stored) {
        return Error { SharedSettings::tr("%1 was reset meanwhile; reload it and try again").arg(now.key) };
    }
    return Error { SharedSettings::tr("%1 was changed by %2 at %3 to “%4”; reload it and try again")
                       .arg(now.key, now.updatedBy.isEmpty() ? SharedSettings::tr("someone") : now.updatedBy,
                            formatMoscowIso(now.updatedAt), now.value) };
}

} // namespace

Result<QList<SettingValue>> SharedSettings::list(const Database& database)
{
    auto rows = database.run(selectValue);
    if (!rows) {
        return rows.error();
    }
    QHash<QString, SettingValue> stored;
    while (rows.value().next()) {
        const SettingValue value = readRow(rows.value());
        stored.insert(value.key, value);
    }
    QList<SettingValue> values;
    for (const SettingDefinition& definition : definitions()) {
        if (definition.scope != SettingScope::Shared) {
            continue;
        }
        SettingValue value = stored.value(definition.key);
        if (!value.stored) {
            value.key = definition.key;
            value.value = definition.defaultValue;
        } else if (auto valid = definition.normalize(value.value); !valid) {
            return valid.error();
        }
        values << value;
    }
    return values;
}

Result<QHash<QString, QString>> SharedSettings::valuesByKey(const Database& database)
{
    auto values = list(database);
    if (!values) {
        return values.error();
    }
    QHash<QString, QString> byKey;
    for (const SettingValue& value : *values) {
        byKey.insert(value.key, value.value);
    }
    return byKey;
}

Result<SettingValue> SharedSettings::value(const Database& database, const QString& key)
{
    auto definition = sharedDefinition(key);
    if (!definition) {
        return definition.error();
    }
    auto rows = database.run(selectValue + QStringLiteral("WHERE s.key = ?"), { key });
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        SettingValue value;
        value.key = key;
        value.value = (*definition)->defaultValue;
        return value;
    }
    SettingValue value = readRow(rows.value());
    // A hand-edited bad value is named, never replaced by the default silently.
    if (auto valid = (*definition)->normalize(value.value); !valid) {
        return valid.error();
    }
    return value;
}

Result<QString> SharedSettings::text(const Database& database, const QString& key)
{
    auto found = value(database, key);
    if (!found) {
        return found.error();
    }
    return found->value;
}

Result<qint64> SharedSettings::number(const Database& database, const QString& key)
{
    auto found = text(database, key);
    if (!found) {
        return found.error();
    }
    return found->toLongLong();
}

Result<bool> SharedSettings::isOn(const Database& database, const QString& key)
{
    auto found = text(database, key);
    if (!found) {
        return found.error();
    }
    return *found == QLatin1String("on");
}

Status SharedSettings::set(const Database& database, const QString& key, const QString& value, const Actor& actor,
                           std::optional<qint64> expectedVersion)
{
    auto definition = sharedDefinition(key);
    if (!definition) {
        return definition.error();
    }
    auto normalized = (*definition)->normalize(value);
    if (!normalized) {
        return normalized.error();
    }
    Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto rows = database.run(selectValue + QStringLiteral("WHERE s.key = ?"), { key });
    if (!rows) {
        return rows.error();
    }
    SettingValue current;
    current.key = key;
    if (rows.value().next()) {
        current = readRow(rows.value());
    }
    if (expectedVersion && *expectedVersion != current.version) {
        return staleEdit(current);
    }
    if (current.stored && current.value == *normalized) {
        return Done {};
    }
    // On PostgreSQL the server overwrites updated_at/updated_by (AdministrationMigration).
    auto written = current.stored
        ? database.run(QStringLiteral("UPDATE settings SET value = ?, updated_at = %1, updated_by = ?, "
                                      "version = version + 1 WHERE key = ? AND version = ?")
                           .arg(database.nowSql()),
                       { *normalized, idOrNull(actor.userId), key, current.version })
        : database.run(QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, %1, ?)")
                           .arg(database.nowSql()),
                       { key, *normalized, idOrNull(actor.userId) });
    if (!written) {
        return written.error();
    }
    if (written.value().numRowsAffected() != 1) {
        auto now = SharedSettings::value(database, key);
        return now ? staleEdit(*now) : now.error();
    }
    return transaction.commit();
}

bool SharedSettings::isSharedConfiguration(const QString& table)
{
    static const QStringList tables { QStringLiteral("settings"), QStringLiteral("tariffs"),
                                      QStringLiteral("sla_policies"), QStringLiteral("calendar_years"),
                                      QStringLiteral("calendar_days") };
    return tables.contains(table);
}

Result<QList<SettingChange>> SharedSettings::history(const Database& database, const QString& key, int limit)
{
    QString sql
        = QStringLiteral("SELECT key, old_value, new_value, changed_at, changed_by_login FROM settings_history ");
    QVariantList values;
    if (!key.isEmpty()) {
        sql += QStringLiteral("WHERE key = ? ");
        values << key;
    }
    sql += QStringLiteral("ORDER BY id DESC LIMIT ?");
    values << limit;
    auto rows = database.run(sql, values);
    if (!rows) {
        return rows.error();
    }
    QList<SettingChange> changes;
    while (rows.value().next()) {
        const QSqlQuery& row = rows.value();
        SettingChange change;
        change.key = row.value(0).toString();
        if (!row.value(1).isNull()) {
            change.oldValue = row.value(1).toString();
        }
        change.newValue = row.value(2).toString();
        change.at = fromEpoch(row.value(3).toLongLong());
        change.by = row.value(4).toString();
        changes << change;
    }
    return changes;
}

} // namespace dd
