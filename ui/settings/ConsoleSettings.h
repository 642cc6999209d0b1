#pragma once

#include "core/sla/SlaSettings.h"

#include <QString>
#include <QVariant>

namespace dd {

// The desktop's own settings, one table of keys (name, default, validator) mapped once
// here; nothing else names a QSettings key. Shared settings (SLA policies, the calendar)
// live in the database; passwords only in the keychain (CredentialStore).
class ConsoleSettings
{
public:
    enum class Key {
        Database, // "" = the default SQLite file, else a path or postgresql://user@host:port/db
        Language, // "" = system, "ru", "en"
        Login, // who works at this desktop ("" = the OS login)
        ShortenedDays, // a shortened pre-holiday day ends an hour early (docs/rules.md#schedules)
        NotifyDesktop, // tray notifications on warning and breach
        WarningPercent, // the share of the allowed time left that turns a clock warning (all levels)
        WarningMinutesEmergency,
        WarningMinutesStandard,
        WarningMinutesUrgent,
        SupportAddress, // the support mailbox acknowledgments come from (the regulation's support@…)
    };

    static QVariant value(Key key);
    // Refuses a value its validator rejects (returns false, keeps the old value).
    static bool setValue(Key key, const QVariant& value);
    static QVariant defaultValue(Key key);
    static QString name(Key key);

    // The login in effect: the setting, or the OS login.
    static QString login();
    // The SLA settings with this desktop's thresholds and shortened-day choice.
    static SlaSettings slaSettings();
};

} // namespace dd
