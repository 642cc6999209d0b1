#include "PolicyCommand.h"

#include "StorageSession.h"

#include "core/storage/TariffRepository.h"
#include "core/util/DurationText.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::ctl {

namespace {

QJsonObject toJson(const PolicyRow& row)
{
    return { { QStringLiteral("tariff"), row.tariff },
             { QStringLiteral("level"), slaLevelId(row.level) },
             { QStringLiteral("maxReactionSeconds"), row.maxReaction },
             { QStringLiteral("resolutionTargetSeconds"),
               row.resolutionTarget ? QJsonValue(*row.resolutionTarget) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("validFrom"), formatMoscowIso(row.validFrom) },
             { QStringLiteral("version"), row.version } };
}

int list(CommandContext& ctx, const QCommandLineParser& parser, bool history)
{
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, false);
    if (!database) {
        return code;
    }
    const TariffRepository tariffs(*database);
    auto rows = history ? tariffs.policyHistory() : tariffs.policyInForce();
    if (!rows) {
        return ctx.failure(rows.error().message);
    }
    QJsonArray array;
    for (const PolicyRow& row : *rows) {
        array << toJson(row);
        if (!ctx.json()) {
            ctx.out << row.tariff.leftJustified(12) << ' ' << slaLevelId(row.level).leftJustified(10) << ' '
                    << PolicyCommand::tr("reaction %1, resolution %2, since %3")
                           .arg(durationText(row.maxReaction),
                                row.resolutionTarget ? durationText(*row.resolutionTarget) : PolicyCommand::tr("none"),
                                row.validFrom.toSecsSinceEpoch() == 0 ? PolicyCommand::tr("the start")
                                                                      : formatMoscowIso(row.validFrom))
                    << "\n";
        }
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

QList<QCommandLineOption> setOptions()
{
    return { { QStringLiteral("tariff"), PolicyCommand::tr("The tariff's code."), QStringLiteral("T") },
             { QStringLiteral("level"), PolicyCommand::tr("emergency, standard or urgent."), QStringLiteral("L") },
             { QStringLiteral("reaction"), PolicyCommand::tr("Max reaction, like 4h, 90m or 1h30m."),
               QStringLiteral("DUR") },
             { QStringLiteral("resolution"), PolicyCommand::tr("Resolution target, or none (measured only)."),
               QStringLiteral("DUR|none") } };
}

// What `policy set` writes: a level's times from its options.
struct PolicyTimes
{
    SlaLevel level = SlaLevel::Standard;
    qint64 reaction = 0;
    std::optional<qint64> resolution;
};

// --level, --reaction and --resolution; the usage error for a missing or bad one.
std::optional<QString> readPolicyTimes(const QCommandLineParser& parser, PolicyTimes& times)
{
    if (!parser.isSet(QStringLiteral("tariff")) || !parser.isSet(QStringLiteral("level"))
        || !parser.isSet(QStringLiteral("reaction"))) {
        return PolicyCommand::tr("policy set needs --tariff T --level L --reaction DUR");
    }
    const auto level = parseSlaLevel(parser.value(QStringLiteral("level")));
    if (!level) {
        return PolicyCommand::tr("--level is emergency, standard or urgent, not “%1”")
            .arg(parser.value(QStringLiteral("level")));
    }
    times.level = *level;
    const auto reaction = parseDurationText(parser.value(QStringLiteral("reaction")));
    if (!reaction) {
        return QStringLiteral("--reaction: ") + reaction.error().message;
    }
    times.reaction = *reaction;
    const QString resolutionText = parser.value(QStringLiteral("resolution"));
    if (parser.isSet(QStringLiteral("resolution")) && resolutionText != QLatin1String("none")) {
        const auto parsed = parseDurationText(resolutionText);
        if (!parsed) {
            return QStringLiteral("--resolution: ") + parsed.error().message + PolicyCommand::tr(", or none");
        }
        times.resolution = *parsed;
    }
    return std::nullopt;
}

// The row just written, as policy list --json shows it.
int printWrittenRow(CommandContext& ctx, const Database& database, const QString& tariff, SlaLevel level)
{
    auto rows = TariffRepository(database).policyInForce();
    if (!rows) {
        return ctx.failure(rows.error().message);
    }
    for (const PolicyRow& row : *rows) {
        if (row.tariff == tariff && row.level == level) {
            printJson(ctx, toJson(row));
        }
    }
    return ExitOk;
}

int set(CommandContext& ctx, const QCommandLineParser& parser)
{
    PolicyTimes times;
    if (auto wrong = readPolicyTimes(parser, times)) {
        return ctx.usageError(*wrong);
    }
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    const QString tariff = parser.value(QStringLiteral("tariff"));
    if (auto written = TariffRepository(*database).setPolicy(tariff, times.level, times.reaction, times.resolution);
        !written) {
        return ctx.failure(written.error().message);
    }
    if (ctx.json()) {
        return printWrittenRow(ctx, *database, tariff, times.level);
    }
    ctx.out << PolicyCommand::tr(
                   "%1 × %2: reaction %3, resolution %4 from now on; clocks started earlier keep the old times.")
                   .arg(tariff, slaLevelId(times.level), durationText(times.reaction),
                        times.resolution ? durationText(*times.resolution) : PolicyCommand::tr("none"))
            << "\n";
    return ExitOk;
}

} // namespace

QString PolicyCommand::description() const
{
    return PolicyCommand::tr("List and change the SLA policy (tariff × level → reaction, resolution).");
}

int PolicyCommand::run(CommandContext& ctx)
{
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("list"),
              .synopsis = tr("The rows in force now."),
              .actor = true,
              .handler = [](CommandContext& c, const QCommandLineParser& p) { return list(c, p, false); },
              .description = description() },
            { .name = QStringLiteral("history"),
              .synopsis = tr("Every row with the instant it took effect."),
              .actor = true,
              .handler = [](CommandContext& c, const QCommandLineParser& p) { return list(c, p, true); },
              .description = description() },
            { .name = QStringLiteral("set"),
              .synopsis
              = tr("A new row from now on: policy set --tariff T --level L --reaction DUR [--resolution DUR|none]."),
              .options = setOptions(),
              .actor = true,
              .handler = set,
              .description = description() },
        });
}

} // namespace dd::ctl
