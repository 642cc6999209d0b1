#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class Database;
struct Actor;

// Where a setting lives: `shared` in the database (every desktop, the CLI and the
// intake read the same value), `desktop` in the user's settings file (ui/settings
// ConsoleSettings: language, layout, login hint).
enum class SettingScope { Shared, Desktop };
enum class SettingType { Switch, Number, Duration, Address, Text };

// One key of the settings table (docs/rules.md#administration): its type, default and
// validator, mapped once here — the CLI, the Administration window and every reader
// go through it.
struct SettingDefinition
{
    QString key;
    SettingScope scope = SettingScope::Shared;
    SettingType type = SettingType::Text;
    QString defaultValue;
    qint64 minimum = 0; // Number: the range; Duration: seconds
    qint64 maximum = 0;
    bool optional = false; // Address/Text: the empty value is allowed

    // The value in its stored form ("on", "25", "3600", "support@…"), or one sentence
    // naming the key and the accepted values.
    Result<QString> normalize(const QString& value) const;
    QString acceptedValues() const;
    QString description() const;
};

// A key's value now: stored, or the default when no one has set it.
struct SettingValue
{
    QString key;
    QString value;
    bool stored = false;
    qint64 version = 0; // 0 = never stored
    QDateTime updatedAt;
    QString updatedBy; // login
};

struct SettingChange
{
    QString key;
    std::optional<QString> oldValue; // none: the first time it was set
    QString newValue;
    QDateTime at;
    QString by;
};

namespace setting {
inline const QString shortenedDays = QStringLiteral("shortened-days");
inline const QString warningPercent = QStringLiteral("warning-percent");
inline const QString warningMinutesEmergency = QStringLiteral("warning-minutes-emergency");
inline const QString warningMinutesStandard = QStringLiteral("warning-minutes-standard");
inline const QString warningMinutesUrgent = QStringLiteral("warning-minutes-urgent");
inline const QString supportAddress = QStringLiteral("mail.support-address");
inline const QString headOfSupportAddress = QStringLiteral("mail.head-of-support-address");
inline const QString ackInterval = QStringLiteral("mail.ack-interval");
inline const QString maxAttachmentMb = QStringLiteral("mail.max-attachment-mb");
inline const QString testingIntervalMonths = QStringLiteral("testing.default-interval-months");
inline const QString ackTemplateRu = QStringLiteral("ack.template-ru");
inline const QString ackTemplateEn = QStringLiteral("ack.template-en");
inline const QString language = QStringLiteral("language");
inline const QString login = QStringLiteral("login");
} // namespace setting

class SharedSettings
{
    Q_DECLARE_TR_FUNCTIONS(dd::SharedSettings)

public:
    static const QList<SettingDefinition>& definitions();
    static const SettingDefinition* find(const QString& key);
    // "shortened-days, warning-percent, …": the shared keys, for a usage error.
    static QString sharedKeys();

    // Every shared key with its value in force.
    static Result<QList<SettingValue>> list(const Database& database);
    // list() as key → value in force: one read for a reader of several keys.
    static Result<QHash<QString, QString>> valuesByKey(const Database& database);
    static Result<SettingValue> value(const Database& database, const QString& key);
    // Typed readers; a stored value its validator rejects (edited by hand) is an error,
    // never a silent default.
    static Result<QString> text(const Database& database, const QString& key);
    static Result<qint64> number(const Database& database, const QString& key);
    static Result<bool> isOn(const Database& database, const QString& key);

    // Validates and writes one shared key. `expectedVersion` (the version the editor
    // read; 0 = not stored then) refuses a stale edit naming who changed it to what;
    // without it the write goes over whatever is there. Writing the value in force is
    // a no-op. The history row is written by the database (AdministrationMigration).
    static Status set(const Database& database, const QString& key, const QString& value, const Actor& actor,
                      std::optional<qint64> expectedVersion = std::nullopt);
    // Whether a change of `table` (core/sync's RowChange) changes what every desktop
    // computes: the settings, tariffs, policy rows or calendar. Desktops rebuild their
    // SLA engine then, without a restart.
    static bool isSharedConfiguration(const QString& table);

    // Newest first; all keys when `key` is empty.
    static Result<QList<SettingChange>> history(const Database& database, const QString& key = {}, int limit = 100);
};

} // namespace dd
