#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

namespace dd {

// The desktop's own settings, one table of keys (name, default, validator) mapped once
// here; nothing else names a QSettings key. Shared settings (SLA policies, the calendar,
// the shortened-day rule, warning thresholds, mail addresses and limits:
// core/storage/SharedSettings, the Administration window) live in the database, so every
// desktop computes the same deadlines; passwords only in the keychain (CredentialStore).
class ConsoleSettings
{
    Q_GADGET // Key's names for the tests and messages (QMetaEnum)

        public : enum class Key {
            Database, // "" = the default SQLite file, else a path or postgresql://user@host:port/db
            Language, // "" = system, "ru", "en"
            Login, // who works at this desktop ("" = the OS login)
            NotifyDesktop, // desktop notifications on warning, breach and a new emergency
            NotifySound, // desktop notifications ask for the desktop's message sound
            WorkTimer, // the running work-log timer: "ticketId:number:startEpoch", "" = none (issue 18)
        };
    Q_ENUM(Key)

    static QVariant value(Key key);
    // Refuses a value its validator rejects (returns false, keeps the old value).
    static bool setValue(Key key, const QVariant& value);
    static QVariant defaultValue(Key key);
    static QString name(Key key);

    // The login in effect: the setting, or the OS login.
    static QString login();
    // The operating system's login ("operator" when none is known).
    static QString systemLogin();
};

} // namespace dd
