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
            return QCoreApplication::translate("dd::ctl", "--rate: %1, or none").arg(parsed.error().message);
        }
    }
    if (parser.isSet(QStringLiteral("multiplier"))) {
        bool ok = false;
        const double multiplier = parser.value(QStringLiteral("multiplier")).replace(u',', u'.').toDouble(&ok);
        if (!ok || multiplier < 1 || multiplier > 10) {
            return QCoreApplication::translate(
                       "dd::ctl", "--multiplier is the double rate's factor from 1 to 10, like 2 or 1.5, not “%1”")
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
            ctx.out << tariff.code.leftJustified(12) << ' ' << tariff.name.leftJustified(20) << ' '
                    << (tariff.hourlyRateKopecks ? QCoreApplication::translate("dd::ctl", "rate %1 ₽/h")
                                                       .arg(TariffRepository::formatRate(tariff.hourlyRateKopecks))
                                                 : QCoreApplication::translate("dd::ctl", "no hourly rate"))
                    << QCoreApplication::translate("dd::ctl", ", double ×%1").arg(tariff.doubleRatePercent / 100.0)
                    << "\n";
        }
    }
    if (ctx.json()) {
        printJson(ctx, array);
    }
    return ExitOk;
}

int write(CommandContext& ctx, QCommandLineParser& parser, bool adding)
{
    parser.addPositionalArgument(QStringLiteral("CODE"),
                                 QCoreApplication::translate("dd::ctl", "The tariff's code, e.g. premium."));
    parser.addOptions(
        { { QStringLiteral("name"), QCoreApplication::translate("dd::ctl", "The tariff's name."),
            QStringLiteral("NAME") },
          { QStringLiteral("rate"),
            QCoreApplication::translate("dd::ctl", "Hourly rate in roubles (e.g. 1500 or 1500.50), or none."),
            QStringLiteral("R") },
          { QStringLiteral("multiplier"),
            QCoreApplication::translate("dd::ctl", "The double rate's factor (default 2)."), QStringLiteral("M") } });
    if (auto done = ctx.parse(parser, ctx.arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 3) {
        return ctx.usageError(adding ? QCoreApplication::translate("dd::ctl", "tariff add needs CODE --name N --rate R")
                                     : QCoreApplication::translate("dd::ctl", "tariff set needs CODE"));
    }
    TariffChange change;
    if (auto bad = readChange(parser, change)) {
        return ctx.usageError(*bad);
    }
    if (adding && (!change.name || !change.hourlyRateKopecks)) {
        return ctx.usageError(QCoreApplication::translate("dd::ctl", "tariff add needs --name N and --rate R"));
    }
    if (!adding && !change.name && !change.hourlyRateKopecks && !change.doubleRatePercent) {
        return ctx.usageError(
            QCoreApplication::translate("dd::ctl", "tariff set needs --rate R, --name N or --multiplier M"));
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
        return ctx.failure(stored ? QCoreApplication::translate("dd::ctl", "the tariff vanished")
                                  : stored.error().message);
    }
    if (ctx.json()) {
        printJson(ctx, toJson(**stored));
    } else {
        ctx.out << (adding ? QCoreApplication::translate("dd::ctl", "Added the tariff %1.")
                           : QCoreApplication::translate("dd::ctl", "Changed the tariff %1."))
                       .arg(tariffCode)
                << "\n";
    }
    return ExitOk;
}

} // namespace

QString TariffCommand::description() const
{
    return QCoreApplication::translate("dd::ctl", "List, add and change tariffs and their hourly rates.");
}

int TariffCommand::run(CommandContext& ctx)
{
    const QString sub = ctx.arguments.value(1);
    QCommandLineParser parser;
    CommandContext::addCommonOptions(parser);
    StorageSession::addActorOption(parser);
    parser.setApplicationDescription(description());
    if (sub == QLatin1String("list")) {
        return list(ctx, parser);
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("set")) {
        return write(ctx, parser, sub == QLatin1String("add"));
    }
    return dispatchUnknownSubcommand(
        ctx, name(),
        { { QStringLiteral("list"), QCoreApplication::translate("dd::ctl", "Every tariff with its rate.") },
          { QStringLiteral("add"),
            QCoreApplication::translate("dd::ctl",
                                        "A new tariff: tariff add CODE --name N --rate R [--multiplier M].") },
          { QStringLiteral("set"),
            QCoreApplication::translate("dd::ctl",
                                        "Change one: tariff set CODE [--rate R] [--name N] [--multiplier M].") } });
}

} // namespace dd::ctl
