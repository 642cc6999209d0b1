// The table of setting keys and their validators (SharedSettings.h).
#include "core/storage/SharedSettings.h"

#include "core/util/DurationText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {

Error refused(const SettingDefinition& definition, const QString& value)
{
    return Error {
        SharedSettings::tr("%1 cannot be “%2”; accepted: %3").arg(definition.key, value, definition.acceptedValues())
    };
}

} // namespace

const QList<SettingDefinition>& SharedSettings::definitions()
{
    using S = SettingScope;
    using T = SettingType;
    // Defaults: docs/rules.md#schedules, #warnings, #intake; SlaSettings and IntakeSettings
    // hold the same values for programs without a database.
    static const QList<SettingDefinition> table {
        { setting::shortenedDays, S::Shared, T::Switch, QStringLiteral("on") },
        { setting::warningPercent, S::Shared, T::Number, QStringLiteral("25"), 1, 99 },
        { setting::warningMinutesEmergency, S::Shared, T::Number, QStringLiteral("15"), 0, 1440 },
        { setting::warningMinutesStandard, S::Shared, T::Number, QStringLiteral("120"), 0, 1440 },
        { setting::warningMinutesUrgent, S::Shared, T::Number, QStringLiteral("120"), 0, 1440 },
        { setting::supportAddress, S::Shared, T::Address, QStringLiteral("support@echo-company.ru") },
        { setting::headOfSupportAddress, S::Shared, T::Address, QString(), 0, 0, true },
        { setting::ackInterval, S::Shared, T::Duration, QStringLiteral("3600"), 60, 86400 },
        { setting::maxAttachmentMb, S::Shared, T::Number, QStringLiteral("10"), 1, 4096 },
        { setting::testingIntervalMonths, S::Shared, T::Number, QStringLiteral("2"), 1, 24 },
        { setting::ackTemplateRu, S::Shared, T::Text, QString(), 0, 0, true },
        { setting::ackTemplateEn, S::Shared, T::Text, QString(), 0, 0, true },
        { setting::language, S::Desktop, T::Text, QString() },
        { setting::login, S::Desktop, T::Text, QString() },
    };
    return table;
}

const SettingDefinition* SharedSettings::find(const QString& key)
{
    for (const SettingDefinition& definition : definitions()) {
        if (definition.key == key) {
            return &definition;
        }
    }
    return nullptr;
}

QString SharedSettings::sharedKeys()
{
    QStringList keys;
    for (const SettingDefinition& definition : definitions()) {
        if (definition.scope == SettingScope::Shared) {
            keys << definition.key;
        }
    }
    return keys.join(QStringLiteral(", "));
}

QString SettingDefinition::acceptedValues() const
{
    switch (type) {
    case SettingType::Switch:
        return QStringLiteral("on, off");
    case SettingType::Number:
        return QStringLiteral("%1–%2").arg(minimum).arg(maximum);
    case SettingType::Duration:
        return SharedSettings::tr("a duration from %1 to %2, like 1h or 90m")
            .arg(durationText(minimum), durationText(maximum));
    case SettingType::Address:
        return optional ? SharedSettings::tr("an e-mail address, or empty for none")
                        : SharedSettings::tr("an e-mail address");
    case SettingType::Text:
        break;
    }
    return SharedSettings::tr("a template: a “Subject:” line, an empty line, the body; empty for the built-in one");
}

Result<QString> SettingDefinition::normalize(const QString& value) const
{
    const QString trimmed = value.trimmed();
    switch (type) {
    case SettingType::Switch: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("on") || lower == QLatin1String("off")) {
            return lower;
        }
        return refused(*this, value);
    }
    case SettingType::Number: {
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok || number < minimum || number > maximum) {
            return refused(*this, value);
        }
        return QString::number(number);
    }
    case SettingType::Duration: {
        // Stored in seconds; typed as 1h, 90m or plain seconds (the stored form).
        bool plain = false;
        qint64 seconds = trimmed.toLongLong(&plain);
        if (!plain) {
            const auto parsed = parseDurationText(trimmed);
            seconds = parsed ? *parsed : -1;
        }
        if (seconds < minimum || seconds > maximum) {
            return refused(*this, value);
        }
        return QString::number(seconds);
    }
    case SettingType::Address: {
        static const QRegularExpression address(QStringLiteral(R"(^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$)"));
        if ((trimmed.isEmpty() && optional) || address.match(trimmed).hasMatch()) {
            return trimmed.toLower();
        }
        return refused(*this, value);
    }
    case SettingType::Text:
        break;
    }
    if (value.trimmed().isEmpty() && optional) {
        return QString();
    }
    // An acknowledgment template: the header line first, then the body.
    const QStringList lines = value.split(u'\n');
    if (!lines.first().startsWith(QLatin1String("Subject:")) || lines.size() < 3 || !lines.at(1).trimmed().isEmpty()) {
        return refused(*this, value.left(40));
    }
    return value;
}

QString SettingDefinition::description() const
{
    static const QHash<QString, const char*> texts {
        { setting::shortenedDays, QT_TRANSLATE_NOOP("dd::SharedSettings", "Pre-holiday days end an hour early") },
        { setting::warningPercent,
          QT_TRANSLATE_NOOP("dd::SharedSettings", "Warning when less than this share of the time is left (%)") },
        { setting::warningMinutesEmergency,
          QT_TRANSLATE_NOOP("dd::SharedSettings", "Warning minutes before an emergency deadline") },
        { setting::warningMinutesStandard,
          QT_TRANSLATE_NOOP("dd::SharedSettings", "Warning minutes before a standard deadline") },
        { setting::warningMinutesUrgent,
          QT_TRANSLATE_NOOP("dd::SharedSettings", "Warning minutes before an urgent deadline") },
        { setting::supportAddress, QT_TRANSLATE_NOOP("dd::SharedSettings", "Support address") },
        { setting::headOfSupportAddress, QT_TRANSLATE_NOOP("dd::SharedSettings", "Head of support's address") },
        { setting::ackInterval,
          QT_TRANSLATE_NOOP("dd::SharedSettings", "At most one acknowledgment per sender and ticket this often") },
        { setting::maxAttachmentMb, QT_TRANSLATE_NOOP("dd::SharedSettings", "Largest attachment stored (MB)") },
        { setting::testingIntervalMonths,
          QT_TRANSLATE_NOOP("dd::SharedSettings", "Default testing interval of a new project (months)") },
        { setting::ackTemplateRu, QT_TRANSLATE_NOOP("dd::SharedSettings", "Acknowledgment template (Russian)") },
        { setting::ackTemplateEn, QT_TRANSLATE_NOOP("dd::SharedSettings", "Acknowledgment template (English)") },
        { setting::language, QT_TRANSLATE_NOOP("dd::SharedSettings", "Language of this desktop") },
        { setting::login, QT_TRANSLATE_NOOP("dd::SharedSettings", "Who works at this desktop") },
    };
    return SharedSettings::tr(texts.value(key, ""));
}

} // namespace dd
