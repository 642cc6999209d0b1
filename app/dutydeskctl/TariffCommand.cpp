#include "TariffCommand.h"

#include "StorageSession.h"

#include "core/storage/TariffRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::ctl {

namespace {

QJsonObject toJson(const Tariff& tariff)
{
    return { { QStringLiteral("code"), tariff.code },
             { QStringLiteral("name"), tariff.name },
             { QStringLiteral("hourlyRate"),
               tariff.hourlyRateKopecks ? QJsonValue(TariffRepository::formatRate(tariff.hourlyRateKopecks))
                                        : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("doubleRateMultiplier"), tariff.doubleRatePercent / 100.0 },
             { QStringLiteral("version"), tariff.version } };
}

// --rate R (roubles, or "none") and --multiplier M (1–10) into a change.
std::optional<QString> readChange(const QCommandLineParser& parser, TariffChange& change)
{
    if (parser.isSet(QStringLiteral("name"))) {
        change.name = parser.value(QStringLiteral("name"));
    }
    if (parser.isSet(QStringLiteral("rate"))) {
        const QString rate = parser.value(QStringLiteral("rate"));
        if (rate == QLatin1String("none")) {
            change.hourlyRateKopecks = std::optional<qint64>();
        } else if (auto parsed = TariffRepository::parseRate(rate)) {
            change.hourlyRateKopecks = std::optional<qint64>(*parsed);
        } else {
            return TariffCommand::tr("--rate: %1, or none").arg(parsed.error().message);
        }
    }
    if (parser.isSet(QStringLiteral("multiplier"))) {
        bool ok = false;
        const double multiplier = parser.value(QStringLiteral("multiplier")).replace(u',', u'.').toDouble(&ok);
        if (!ok || multiplier < 1 || multiplier > 10) {
            return TariffCommand::tr("--multiplier is the double rate's factor from 1 to 10, like 2 or 1.5, not “%1”")
                .arg(parser.value(QStringLiteral("multiplier")));
        }
        change.doubleRatePercent = qRound(multiplier * 100);
    }
    return std::nullopt;
}

int list(CommandContext& ctx, const QCommandLineParser& parser)
{
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, false);
    if (!database) {
        return code;
    }
    auto tariffs = TariffRepository(*database).all();
    if (!tariffs) {
        return ctx.failure(tariffs.error().message);
    }
    QJsonArray array;
    for (const Tariff& tariff : *tariffs) {
        array << toJson(tariff);
        if (!ctx.json()) {
            ctx.out
                << tariff.code.leftJustified(12) << ' ' << tariff.name.leftJustified(20) << ' '
                << (tariff.hourlyRateKopecks
                        ? TariffCommand::tr("rate %1 ₽/h").arg(TariffRepository::formatRate(tariff.hourlyRateKopecks))
                        : TariffCommand::tr("no hourly rate"))
                << TariffCommand::tr(", double ×%1").arg(tariff.doubleRatePercent / 100.0) << "\n";
        }
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

QList<QCommandLineOption> writeOptions()
{
    return { { QStringLiteral("name"), TariffCommand::tr("The tariff's name."), QStringLiteral("NAME") },
             { QStringLiteral("rate"), TariffCommand::tr("Hourly rate in roubles (e.g. 1500 or 1500.50), or none."),
               QStringLiteral("R") },
             { QStringLiteral("multiplier"), TariffCommand::tr("The double rate's factor (default 2)."),
               QStringLiteral("M") } };
}

int write(CommandContext& ctx, const QCommandLineParser& parser, bool adding)
{
    TariffChange change;
    if (auto bad = readChange(parser, change)) {
        return ctx.usageError(*bad);
    }
    if (adding && (!change.name || !change.hourlyRateKopecks)) {
        return ctx.usageError(TariffCommand::tr("tariff add needs --name N and --rate R"));
    }
    if (!adding && !change.name && !change.hourlyRateKopecks && !change.doubleRatePercent) {
        return ctx.usageError(TariffCommand::tr("tariff set needs --rate R, --name N or --multiplier M"));
    }
    int code = ExitOk;
    auto database = StorageSession::openAsAdmin(ctx, parser, code, true);
    if (!database) {
        return code;
    }
    const QString tariffCode = parser.positionalArguments().at(2);
    const TariffRepository tariffs(*database);
    Status written = adding ? tariffs.add(Tariff { tariffCode, *change.name, *change.hourlyRateKopecks,
                                                   change.doubleRatePercent.value_or(200), 0 })
                            : tariffs.update(tariffCode, change);
    if (!written) {
        return ctx.failure(written.error().message);
    }
    auto stored = tariffs.find(tariffCode);
    if (!stored || !*stored) {
        return ctx.failure(stored ? TariffCommand::tr("the tariff vanished") : stored.error().message);
    }
    if (ctx.json()) {
        printJson(ctx, toJson(**stored));
    } else {
        ctx.out << (adding ? TariffCommand::tr("Added the tariff %1.") : TariffCommand::tr("Changed the tariff %1."))
                       .arg(tariffCode)
                << "\n";
    }
    return ExitOk;
}

} // namespace

QString TariffCommand::description() const
{
    return TariffCommand::tr("List, add and change tariffs and their hourly rates.");
}

int TariffCommand::run(CommandContext& ctx)
{
    const Argument code { QStringLiteral("CODE"), TariffCommand::tr("The tariff's code, e.g. premium.") };
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("list"),
              .synopsis = tr("Every tariff with its rate."),
              .actor = true,
              .handler = list,
              .description = description() },
            { .name = QStringLiteral("add"),
              .synopsis = tr("A new tariff: tariff add CODE --name N --rate R [--multiplier M]."),
              .options = writeOptions(),
              .arguments = { code },
              .actor = true,
              .handler = [](CommandContext& c, const QCommandLineParser& p) { return write(c, p, true); },
              .description = description() },
            { .name = QStringLiteral("set"),
              .synopsis = tr("Change one: tariff set CODE [--rate R] [--name N] [--multiplier M]."),
              .options = writeOptions(),
              .arguments = { code },
              .actor = true,
              .handler = [](CommandContext& c, const QCommandLineParser& p) { return write(c, p, false); },
              .description = description() },
        });
}

} // namespace dd::ctl
