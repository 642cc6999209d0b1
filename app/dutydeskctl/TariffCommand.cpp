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

int list(CommandContext& ctx, QCommandLineParser& parser)
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

int write(CommandContext& ctx, QCommandLineParser& parser, bool adding)
{
    parser.addPositionalArgument(QStringLiteral("CODE"), TariffCommand::tr("The tariff's code, e.g. premium."));
    parser.addOptions(
        { { QStringLiteral("name"), TariffCommand::tr("The tariff's name."), QStringLiteral("NAME") },
          { QStringLiteral("rate"), TariffCommand::tr("Hourly rate in roubles (e.g. 1500 or 1500.50), or none."),
            QStringLiteral("R") },
          { QStringLiteral("multiplier"), TariffCommand::tr("The double rate's factor (default 2)."),
            QStringLiteral("M") } });
    if (auto done = ctx.parse(parser, ctx.arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 3) {
        return ctx.usageError(adding ? TariffCommand::tr("tariff add needs CODE --name N --rate R")
                                     : TariffCommand::tr("tariff set needs CODE"));
    }
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
    return dispatchSubcommand(
        ctx, name(),
        {
            { QStringLiteral("list"), tr("Every tariff with its rate."),
              StorageSession::withParser(description(),
                                         [](CommandContext& c, QCommandLineParser& p) { return list(c, p); }) },
            { QStringLiteral("add"), tr("A new tariff: tariff add CODE --name N --rate R [--multiplier M]."),
              StorageSession::withParser(description(),
                                         [](CommandContext& c, QCommandLineParser& p) { return write(c, p, true); }) },
            { QStringLiteral("set"), tr("Change one: tariff set CODE [--rate R] [--name N] [--multiplier M]."),
              StorageSession::withParser(description(),
                                         [](CommandContext& c, QCommandLineParser& p) { return write(c, p, false); }) },
        });
}

} // namespace dd::ctl
