#include "SettingsCommand.h"

#include "StorageSession.h"

#include "core/storage/SharedSettings.h"
#include "core/util/DurationText.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::ctl {

namespace {

// Durations are stored in seconds and shown as typed (1h, 90m).
QString shown(const SettingValue& value)
{
    const SettingDefinition* definition = SharedSettings::find(value.key);
    if (definition && definition->type == SettingType::Duration) {
        return durationText(value.value.toLongLong());
    }
    if (definition && definition->type == SettingType::Text && value.value.contains(u'\n')) {
        return value.value.section(u'\n', 0, 0) + QStringLiteral(" …");
    }
    return value.value.isEmpty() ? QStringLiteral("—") : value.value;
}

QJsonObject toJson(const SettingValue& value)
{
    QJsonObject object { { QStringLiteral("key"), value.key },
                         { QStringLiteral("value"), value.value },
                         { QStringLiteral("default"), !value.stored },
                         { QStringLiteral("version"), value.version } };
    if (const SettingDefinition* definition = SharedSettings::find(value.key)) {
        object.insert(QStringLiteral("accepted"), definition->acceptedValues());
    }
    if (value.stored) {
        object.insert(QStringLiteral("updatedAt"), formatMoscowIso(value.updatedAt));
        object.insert(QStringLiteral("updatedBy"), value.updatedBy);
    }
    return object;
}

int list(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, false);
    if (!database) {
        return code;
    }
    auto values = SharedSettings::list(*database);
    if (!values) {
        return ctx.failure(values.error().message);
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const SettingValue& value : *values) {
            array << toJson(value);
        }
        printJson(ctx, array);
        return ExitOk;
    }
    for (const SettingValue& value : *values) {
        ctx.out << value.key.leftJustified(32) << ' ' << shown(value);
        if (!value.stored) {
            ctx.out << "  " << SettingsCommand::tr("(default)");
        } else if (!value.updatedBy.isEmpty()) {
            ctx.out << "  " << SettingsCommand::tr("(%1, %2)").arg(value.updatedBy, formatMoscowIso(value.updatedAt));
        }
        ctx.out << "\n";
    }
    return ExitOk;
}

int set(CommandContext& ctx, const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    // A bad key or value is a usage error, found before the database is touched.
    const SettingDefinition* definition = SharedSettings::find(words.at(2));
    if (!definition || definition->scope != SettingScope::Shared) {
        return ctx.usageError(
            definition
                ? SettingsCommand::tr("%1 is a desktop setting: set it in the console's Settings on that desktop")
                      .arg(words.at(2))
                : SettingsCommand::tr("there is no setting “%1”; the shared settings are: %2")
                      .arg(words.at(2), SharedSettings::sharedKeys()));
    }
    if (auto valid = definition->normalize(words.at(3)); !valid) {
        return ctx.usageError(valid.error().message);
    }
    int code = ExitOk;
    Actor actor;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, true, &actor);
    if (!database) {
        return code;
    }
    if (auto written = SharedSettings::set(*database, words.at(2), words.at(3), actor); !written) {
        return ctx.failure(written.error().message);
    }
    auto now = SharedSettings::value(*database, words.at(2));
    if (!now) {
        return ctx.failure(now.error().message);
    }
    if (ctx.json()) {
        printJson(ctx, toJson(*now));
    } else {
        ctx.out << now->key << ' ' << shown(*now) << "\n";
    }
    return ExitOk;
}

int history(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, false);
    if (!database) {
        return code;
    }
    auto changes = SharedSettings::history(*database, parser.positionalArguments().value(2));
    if (!changes) {
        return ctx.failure(changes.error().message);
    }
    QJsonArray array;
    for (const SettingChange& change : *changes) {
        if (ctx.json()) {
            array << QJsonObject { { QStringLiteral("key"), change.key },
                                   { QStringLiteral("old"),
                                     change.oldValue ? QJsonValue(*change.oldValue) : QJsonValue(QJsonValue::Null) },
                                   { QStringLiteral("new"), change.newValue },
                                   { QStringLiteral("at"), formatMoscowIso(change.at) },
                                   { QStringLiteral("by"), change.by } };
            continue;
        }
        ctx.out << formatMoscowIso(change.at) << ' ' << (change.by.isEmpty() ? QStringLiteral("—") : change.by) << ' '
                << change.key << ": " << change.oldValue.value_or(QStringLiteral("—")) << " → " << change.newValue
                << "\n";
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

} // namespace

QString SettingsCommand::description() const
{
    return SettingsCommand::tr(
        "List and change the shared settings (every desktop, the CLI and the intake read them).");
}

int SettingsCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("list"),
              .synopsis = tr("Every shared setting and its value."),
              .actor = true,
              .handler = list,
              .description = description() },
            { .name = QStringLiteral("set"),
              .synopsis = tr("Change one: settings set KEY VALUE."),
              .arguments = { { QStringLiteral("KEY"), SettingsCommand::tr("The setting (see settings list).") },
                             { QStringLiteral("VALUE"), SettingsCommand::tr("Its new value.") } },
              .actor = true,
              .handler = set,
              .description = description() },
            { .name = QStringLiteral("history"),
              .synopsis = tr("Who changed what, newest first."),
              .arguments = { { QStringLiteral("KEY"), SettingsCommand::tr("Only this setting."), true } },
              .actor = true,
              .handler = history,
              .description = description() },
        });
}

} // namespace dd::ctl
