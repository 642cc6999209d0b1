#include "core/storage/AdministrationMigration.h"

#include "core/storage/ChangeTrackingMigration.h"
#include "core/storage/ServerRolesMigration.h"

namespace dd {

namespace {

const QString definer = QStringLiteral("SECURITY DEFINER SET search_path = public, pg_temp");

QStringList postgresSettingsStamps()
{
    const QString groups = ServerRolesMigration::groupRoles().join(QStringLiteral(", "));
    return {
        // Who and when come from the server; the owner (migrations, tests) is trusted.
        QStringLiteral(R"(CREATE FUNCTION dutydesk_stamp_setting() RETURNS trigger LANGUAGE plpgsql %1 AS $$
BEGIN
    IF dutydesk_is_owner() THEN
        RETURN NEW;
    END IF;
    NEW.updated_at := CAST(EXTRACT(EPOCH FROM now()) AS BIGINT);
    NEW.updated_by := (SELECT id FROM users WHERE login = session_user);
    RETURN NEW;
END $$)")
            .arg(definer),
        QStringLiteral("CREATE TRIGGER settings_stamped BEFORE INSERT OR UPDATE ON settings FOR EACH ROW "
                       "EXECUTE FUNCTION dutydesk_stamp_setting()"),
        QStringLiteral(R"(CREATE FUNCTION dutydesk_record_setting() RETURNS trigger LANGUAGE plpgsql %1 AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.value = NEW.value THEN
        RETURN NULL;
    END IF;
    INSERT INTO settings_history (key, old_value, new_value, changed_at, changed_by, changed_by_login)
        VALUES (NEW.key, CASE WHEN TG_OP = 'UPDATE' THEN OLD.value END, NEW.value, NEW.updated_at, NEW.updated_by,
                COALESCE((SELECT login FROM users WHERE id = NEW.updated_by), session_user));
    RETURN NULL;
END $$)")
            .arg(definer),
        QStringLiteral("CREATE TRIGGER settings_recorded AFTER INSERT OR UPDATE ON settings FOR EACH ROW "
                       "EXECUTE FUNCTION dutydesk_record_setting()"),
        // Shared settings move every desktop's deadlines: administrators only.
        QStringLiteral("REVOKE INSERT, UPDATE ON settings FROM dutydesk_manager"),
        QStringLiteral("GRANT SELECT ON settings_history TO %1").arg(groups),
        QStringLiteral("REVOKE ALL ON FUNCTION dutydesk_stamp_setting(), dutydesk_record_setting() FROM PUBLIC"),
    };
}

QStringList sqliteSettingsHistory()
{
    return {
        QStringLiteral("CREATE TRIGGER settings_recorded_insert AFTER INSERT ON settings BEGIN "
                       "INSERT INTO settings_history (key, old_value, new_value, changed_at, changed_by, "
                       "changed_by_login) VALUES (NEW.key, NULL, NEW.value, NEW.updated_at, NEW.updated_by, "
                       "(SELECT login FROM users WHERE id = NEW.updated_by)); END"),
        QStringLiteral("CREATE TRIGGER settings_recorded_update AFTER UPDATE ON settings "
                       "WHEN OLD.value <> NEW.value BEGIN "
                       "INSERT INTO settings_history (key, old_value, new_value, changed_at, changed_by, "
                       "changed_by_login) VALUES (NEW.key, OLD.value, NEW.value, NEW.updated_at, NEW.updated_by, "
                       "(SELECT login FROM users WHERE id = NEW.updated_by)); END"),
    };
}

} // namespace

Migration AdministrationMigration::settingsHistory(int version)
{
    Migration migration { version, QStringLiteral("shared settings history"), {}, {}, {} };
    migration.statements << QStringLiteral(R"(CREATE TABLE settings_history (
        id {id},
        key TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT NOT NULL,
        changed_at BIGINT NOT NULL,
        changed_by BIGINT REFERENCES users(id),
        changed_by_login TEXT))")
                         << QStringLiteral("CREATE INDEX settings_history_key ON settings_history (key, id)");
    migration.postgresOnly = postgresSettingsStamps();
    migration.sqliteOnly = sqliteSettingsHistory();
    return migration;
}

Migration AdministrationMigration::policyValidity(int version)
{
    Migration migration {
        version, QStringLiteral("SLA policy validity, double-rate multiplier, users' phones"), {}, {}, {}
    };
    migration.statements << QStringLiteral("ALTER TABLE users ADD COLUMN phone TEXT")
                         << QStringLiteral(
                                "ALTER TABLE tariffs ADD COLUMN double_rate_percent INTEGER NOT NULL DEFAULT 200 "
                                "CHECK (double_rate_percent BETWEEN 100 AND 1000)");
    migration.postgresOnly = {
        QStringLiteral("ALTER TABLE sla_policies ADD COLUMN valid_from BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sla_policies DROP CONSTRAINT sla_policies_tariff_level_key"),
        QStringLiteral("ALTER TABLE sla_policies ADD CONSTRAINT sla_policies_tariff_level_valid_from_key "
                       "UNIQUE (tariff, level, valid_from)"),
    };
    migration.sqliteOnly = {
        QStringLiteral(R"(CREATE TABLE sla_policies_valid (
        id {id},
        tariff TEXT NOT NULL REFERENCES tariffs(code),
        level TEXT NOT NULL CHECK (level IN ('emergency','standard','urgent')),
        max_reaction_seconds BIGINT NOT NULL CHECK (max_reaction_seconds > 0),
        resolution_target_seconds BIGINT,
        warning_seconds BIGINT,
        warning_percent INTEGER,
        version BIGINT NOT NULL DEFAULT 1,
        valid_from BIGINT NOT NULL DEFAULT 0,
        UNIQUE (tariff, level, valid_from)))"),
        QStringLiteral("INSERT INTO sla_policies_valid (id, tariff, level, max_reaction_seconds, "
                       "resolution_target_seconds, warning_seconds, warning_percent, version, valid_from) "
                       "SELECT id, tariff, level, max_reaction_seconds, resolution_target_seconds, warning_seconds, "
                       "warning_percent, version, 0 FROM sla_policies"),
        QStringLiteral("DROP TABLE sla_policies"),
        QStringLiteral("ALTER TABLE sla_policies_valid RENAME TO sla_policies"),
    };
    migration.sqliteOnly << ChangeTrackingMigration::sqliteTriggers(
        { QStringLiteral("sla_policies"), QStringLiteral("id"), QStringLiteral("version") });
    return migration;
}

} // namespace dd
