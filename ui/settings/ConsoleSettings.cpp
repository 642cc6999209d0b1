#include "ui/settings/ConsoleSettings.h"

#include "core/util/DatabaseLocation.h"
#include "core/util/Translations.h"

#include <QRegularExpression>
#include <QSettings>

#include <array>
#include <functional>

namespace dd {

namespace {

struct KeyInfo
{
    ConsoleSettings::Key key;
    const char* name;
    QVariant defaultValue;
    std::function<bool(const QVariant&)> valid;
};

const std::array<KeyInfo, 6>& table()
{
    using K = ConsoleSettings::Key;
    static const std::array<KeyInfo, 6> keys { {
        { K::Database, "database/location", QString(),
          [](const QVariant& v) { return v.toString().isEmpty() || DatabaseLocation::parse(v.toString()).ok(); } },
        { K::Language, "ui/language", QString(),
          [](const QVariant& v) { return v.toString().isEmpty() || isSupportedLanguage(v.toString()); } },
        { K::Login, "user/login", QString(),
          [](const QVariant& v) { return !v.toString().contains(QLatin1Char(' ')); } },
        { K::NotifyDesktop, "notifications/desktop", true, [](const QVariant& v) { return v.canConvert<bool>(); } },
        { K::NotifySound, "notifications/sound", false,
          [](const QVariant& v) {
              const QString text = v.toString();
              return v.typeId() == QMetaType::Bool || text == QLatin1String("true") || text == QLatin1String("false");
          } },
        { K::WorkTimer, "worklog/timer", QString(),
          [](const QVariant& v) {
              static const QRegularExpression timer(QStringLiteral(R"(^(\d+:\d+:\d+)?$)"));
              return timer.match(v.toString()).hasMatch();
          } },
    } };
    return keys;
}

const KeyInfo& info(ConsoleSettings::Key key)
{
    return table()[static_cast<size_t>(key)];
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
    const QString login = value(Key::Login).toString();
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
