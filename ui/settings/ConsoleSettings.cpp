#include "ui/settings/ConsoleSettings.h"

#include "core/storage/UserRepository.h"
#include "core/util/DatabaseLocation.h"
#include "core/util/Translations.h"

#include <QHash>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSettings>

#include <functional>

namespace dd {

namespace {

struct KeyInfo
{
    const char* name;
    QVariant defaultValue;
    std::function<bool(const QVariant&)> valid;
};

// A bool, or the text QSettings writes for one; "yes", "1" or "on" typed into the file by
// hand are refused, not guessed at.
bool isBoolean(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool) {
        return true;
    }
    const QString text = value.toString();
    return value.typeId() == QMetaType::QString && (text == QLatin1String("true") || text == QLatin1String("false"));
}

// Keyed by Key, not by position: reordering the enum cannot pair a key with another's entry.
const QHash<ConsoleSettings::Key, KeyInfo>& table()
{
    using K = ConsoleSettings::Key;
    static const QHash<K, KeyInfo> keys {
        { K::Database,
          { "database/location", QString(),
            [](const QVariant& v) { return v.toString().isEmpty() || DatabaseLocation::parse(v.toString()).ok(); } } },
        { K::Language,
          { "ui/language", QString(),
            [](const QVariant& v) { return v.toString().isEmpty() || isSupportedLanguage(v.toString()); } } },
        // The same shape the database's user logins have ("" = the OS login).
        { K::Login,
          { "user/login", QString(),
            [](const QVariant& v) { return v.toString().isEmpty() || UserRepository::isValidLogin(v.toString()); } } },
        { K::NotifyDesktop, { "notifications/desktop", true, isBoolean } },
        { K::NotifySound, { "notifications/sound", false, isBoolean } },
        { K::WorkTimer,
          { "worklog/timer", QString(),
            [](const QVariant& v) {
                static const QRegularExpression timer(QStringLiteral(R"(^(\d+:\d+:\d+)?$)"));
                return timer.match(v.toString()).hasMatch();
            } } },
    };
    return keys;
}

const KeyInfo& info(ConsoleSettings::Key key)
{
    const auto found = table().constFind(key);
    if (found == table().constEnd()) {
        // TestConsoleSettings::everyKeyHasAnEntry keeps this from reaching a user.
        qFatal("ConsoleSettings: no table entry for key %s",
               QMetaEnum::fromType<ConsoleSettings::Key>().valueToKey(static_cast<int>(key)));
    }
    return found.value();
}

} // namespace

QVariant ConsoleSettings::value(Key key)
{
    const KeyInfo& entry = info(key);
    const QVariant stored = QSettings().value(QLatin1String(entry.name), entry.defaultValue);
    // A hand-edited bad value falls back to the default rather than breaking the console.
    return entry.valid(stored) ? stored : entry.defaultValue;
}

bool ConsoleSettings::setValue(Key key, const QVariant& value)
{
    const KeyInfo& entry = info(key);
    if (!entry.valid(value)) {
        return false;
    }
    QSettings().setValue(QLatin1String(entry.name), value);
    return true;
}

QVariant ConsoleSettings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QString ConsoleSettings::name(Key key)
{
    return QLatin1String(info(key).name);
}

QString ConsoleSettings::login()
{
    QString login = value(Key::Login).toString(); // not const: returned by move
    if (!login.isEmpty()) {
        return login;
    }
    return systemLogin();
}

QString ConsoleSettings::systemLogin()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

} // namespace dd
