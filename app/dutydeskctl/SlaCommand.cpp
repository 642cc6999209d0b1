#include "SlaCommand.h"

#include "StorageSession.h"

#include "core/sla/ClockHistoryJson.h"
#include "core/sla/SlaEngine.h"
#include "core/storage/TicketSla.h"
#include "core/time/MoscowIsoCodec.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace dd::ctl {

namespace {

QString iso(qint64 instant)
{
    return formatMoscowIso(QDateTime::fromSecsSinceEpoch(instant, QTimeZone::utc()));
}

// What every sla subcommand parses: the level, the tariff, the schedule setting.
struct SlaOptions
{
    QCommandLineOption level { QStringLiteral("level"), SlaCommand::tr("Service level: emergency, standard or urgent."),
                               QStringLiteral("LEVEL") };
    QCommandLineOption tariff { QStringLiteral("tariff"),
                                SlaCommand::tr("The client's tariff (default: the default policy)."),
                                QStringLiteral("TARIFF") };
    QCommandLineOption now { QStringLiteral("now"),
                             SlaCommand::tr("The moment to evaluate at, ISO 8601 (default: now)."),
                             QStringLiteral("INSTANT") };
    QCommandLineOption from { QStringLiteral("from"),
                              SlaCommand::tr("Start instant, ISO 8601 (no offset = Moscow time)."),
                              QStringLiteral("INSTANT") };
    QCommandLineOption to { QStringLiteral("to"), SlaCommand::tr("End instant, ISO 8601 (no offset = Moscow time)."),
                            QStringLiteral("INSTANT") };
    QCommandLineOption fullDays { QStringLiteral("no-shortened-days"),
                                  SlaCommand::tr("Count shortened pre-holiday days as full business days.") };
};

// Reads stdin in large blocks and calls `handle` with each line, without its newline.
template<typename Handle> void forEachStdinLine(Handle&& handle)
{
    std::vector<char> buffer(1 << 20);
    std::string pending;
    size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), stdin)) > 0) {
        std::string_view chunk(buffer.data(), got);
        size_t newline = 0;
        while ((newline = chunk.find('\n')) != std::string_view::npos) {
            if (pending.empty()) {
                handle(chunk.substr(0, newline));
            } else {
                pending.append(chunk.substr(0, newline));
                handle(pending);
                pending.clear();
            }
            chunk.remove_prefix(newline + 1);
        }
        pending.append(chunk);
    }
    if (!pending.empty()) {
        handle(pending);
    }
}

QJsonObject explanationJson(const Explanation& explanation, SlaLevel level)
{
    QJsonArray windows;
    for (const auto& window : explanation.windows) {
        windows.append(QJsonObject { { QStringLiteral("from"), iso(window.from) },
                                     { QStringLiteral("to"), iso(window.to) },
                                     { QStringLiteral("seconds"), window.seconds() },
                                     { QStringLiteral("shortened"), window.shortened } });
    }
    QJsonArray skipped;
    static const char* const reasons[] = { "weekend", "holiday", "transfer" };
    for (const auto& day : explanation.skipped) {
        skipped.append(
            QJsonObject { { QStringLiteral("date"), day.date.toString(Qt::ISODate) },
                          { QStringLiteral("reason"), QLatin1String(reasons[static_cast<int>(day.reason)]) } });
    }
    return { { QStringLiteral("level"), slaLevelId(level) },
             { QStringLiteral("schedule"), scheduleId(explanation.schedule) },
             { QStringLiteral("from"), iso(explanation.start) },
             { QStringLiteral("deadline"), iso(explanation.deadline) },
             { QStringLiteral("allowed"), explanation.allowed },
             { QStringLiteral("windows"), windows },
             { QStringLiteral("skipped"), skipped } };
}

class SlaRun
{
public:
    SlaRun(CommandContext& ctx, const QCommandLineParser& parser, const QString& subcommand)
        : m_ctx(ctx)
        , m_subcommand(subcommand)
        , m_parser(parser)
    { }

    int run();

private:
    // The calendar, the policy and the schedule settings of --database (or of the default
    // file, when there is one), as the console and the reports read them; the shipped
    // calendar and the default policy without a database. Returns an exit code on failure.
    std::optional<int> buildEngine();

    // `sla clocks`: every clock of a history read from stdin (docs/rules.md#clocks).
    int clocksOfHistory();
    Result<qint64> instant(const QCommandLineOption& option) const;
    int deadline();

    // The batch mode: plain stdio and the fast ISO codec, since QTextStream and QDateTime
    // would cap it far below a million lines a second.
    int batchDeadlines();
    int elapsed();
    int explain();

    CommandContext& m_ctx;
    QString m_subcommand;
    const QCommandLineParser& m_parser;
    SlaOptions m_options;
    SlaLevel m_level = SlaLevel::Standard;
    QString m_tariff;
    std::unique_ptr<SlaEngine> m_engine;
};

int SlaRun::run()
{
    const bool clocks = m_subcommand == QLatin1String("clocks");
    if (!clocks) {
        if (!m_parser.isSet(m_options.level)) {
            return m_ctx.usageError(SlaCommand::tr("--level is required (emergency, standard or urgent)"));
        }
        const auto level = parseSlaLevel(m_parser.value(m_options.level));
        if (!level) {
            return m_ctx.usageError(SlaCommand::tr("unknown level “%1” (use emergency, standard or urgent)")
                                        .arg(m_parser.value(m_options.level)));
        }
        m_level = *level;
    }
    m_tariff = m_parser.value(m_options.tariff);
    if (auto failed = buildEngine()) {
        return *failed;
    }
    if (clocks) {
        return clocksOfHistory();
    }
    if (m_subcommand == QLatin1String("deadline")) {
        return m_parser.isSet(m_options.from) ? deadline() : batchDeadlines();
    }
    if (!m_parser.isSet(m_options.from)) {
        return m_ctx.usageError(SlaCommand::tr("--from is required"));
    }
    return m_subcommand == QLatin1String("elapsed") ? elapsed() : explain();
}

std::optional<int> SlaRun::buildEngine()
{
    auto database = StorageSession::openExisting(m_ctx);
    if (!database) {
        return m_ctx.failure(database.error().message);
    }
    // With a database, exactly the engine the console and the reports build (TicketSla).
    ProductionCalendar calendar;
    SlaPolicy policy = SlaPolicy::defaults();
    SlaSettings settings;
    if (*database) {
        auto sla = TicketSla::load(**database);
        if (!sla) {
            return m_ctx.failure(sla.error().toString());
        }
        calendar = sla.value()->engine().calendar();
        policy = sla.value()->engine().policy();
        settings = sla.value()->engine().settings();
    } else {
        auto builtin = ProductionCalendar::builtin();
        if (!builtin) {
            return m_ctx.failure(builtin.error().toString());
        }
        calendar = *builtin;
    }
    if (!m_tariff.isEmpty() && !policy.hasTariff(m_tariff)) {
        QStringList known = policy.tariffs();
        known.sort();
        return m_ctx.usageError(
            SlaCommand::tr("unknown tariff “%1” (known: %2)").arg(m_tariff, known.join(QStringLiteral(", "))));
    }
    if (m_parser.isSet(m_options.fullDays)) {
        settings.shortenedDays = false;
    }
    m_engine = std::make_unique<SlaEngine>(calendar, settings, policy);
    return std::nullopt;
}

int SlaRun::clocksOfHistory()
{
    qint64 now = Clock::current().nowUtc().toSecsSinceEpoch();
    if (m_parser.isSet(m_options.now)) {
        const auto parsed = instant(m_options.now);
        if (!parsed) {
            return m_ctx.usageError(parsed.error().message);
        }
        now = *parsed;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return m_ctx.failure(SlaCommand::tr("cannot read the history from stdin"));
    }
    const auto events = parseClockHistory(input.readAll());
    if (!events) {
        return m_ctx.usageError(events.error().message);
    }
    const auto clocks = computeTicketClocks(*m_engine, *events, m_tariff, now);
    if (m_ctx.json()) {
        printJson(m_ctx, clocksToJson(clocks));
        return ExitOk;
    }
    for (const TicketClock& clock : clocks) {
        m_ctx.out << clockKindId(clock.kind) << ' ' << slaLevelId(clock.level) << ' ' << clockStateId(clock.state);
        if (!clock.error.isEmpty()) {
            m_ctx.out << ": " << clock.error;
        } else if (clock.hasTarget() && !clock.isExcluded()) {
            m_ctx.out << ' ' << iso(clock.deadline);
        }
        m_ctx.out << "\n";
    }
    return ExitOk;
}

Result<qint64> SlaRun::instant(const QCommandLineOption& option) const
{
    const auto parsed = parseInstant(m_parser.value(option));
    if (!parsed) {
        return parsed.error();
    }
    return parsed->toSecsSinceEpoch();
}

int SlaRun::deadline()
{
    const auto start = instant(m_options.from);
    if (!start) {
        return m_ctx.failure(start.error().message);
    }
    const auto result = m_engine->deadline(*start, m_level, m_tariff);
    if (!result) {
        return m_ctx.failure(result.error().message);
    }
    if (m_ctx.json()) {
        const QJsonObject object { { QStringLiteral("level"), slaLevelId(m_level) },
                                   { QStringLiteral("from"), iso(*start) },
                                   { QStringLiteral("deadline"), iso(*result) } };
        m_ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_ctx.out << iso(*result) << "\n";
    }
    return ExitOk;
}

int SlaRun::batchDeadlines()
{
    m_ctx.out.flush();
    const ScheduleTable& table = m_engine->table(scheduleOf(m_level));
    const qint64 allowed = m_engine->maxReaction(m_level, m_tariff);
    const QList<int> years = m_engine->calendar().years();
    const MoscowIsoCodec codec(years.first(), years.last());
    std::string out;
    out.reserve(1 << 20);
    qint64 lineNumber = 0;
    int failures = 0;
    const auto handle = [&](std::string_view line) {
        ++lineNumber;
        const auto start = codec.parse(line);
        std::optional<qint64> deadline;
        if (start) {
            deadline = table.add(*start, allowed);
        }
        if (deadline) {
            codec.format(*deadline, out);
            out += '\n';
            if (out.size() > (1 << 20) - 64) {
                std::fwrite(out.data(), 1, out.size(), stdout);
                out.clear();
            }
            return;
        }
        const Error error = start ? m_engine->deadline(*start, m_level, m_tariff).error() : start.error();
        ++failures;
        m_ctx.err << "dutydeskctl: " << SlaCommand::tr("line %1: %2").arg(lineNumber).arg(error.message) << Qt::endl;
    };
    forEachStdinLine(handle);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    return failures == 0 ? ExitOk : ExitFailure;
}

int SlaRun::elapsed()
{
    if (!m_parser.isSet(m_options.to)) {
        return m_ctx.usageError(SlaCommand::tr("--to is required"));
    }
    const auto from = instant(m_options.from);
    if (!from) {
        return m_ctx.failure(from.error().message);
    }
    const auto to = instant(m_options.to);
    if (!to) {
        return m_ctx.failure(to.error().message);
    }
    const auto seconds = m_engine->elapsed(*from, *to, scheduleOf(m_level));
    if (!seconds) {
        return m_ctx.failure(seconds.error().message);
    }
    if (m_ctx.json()) {
        const QJsonObject object { { QStringLiteral("level"), slaLevelId(m_level) },
                                   { QStringLiteral("schedule"), scheduleId(scheduleOf(m_level)) },
                                   { QStringLiteral("seconds"), *seconds } };
        m_ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_ctx.out << *seconds << "\n";
    }
    return ExitOk;
}

int SlaRun::explain()
{
    const auto start = instant(m_options.from);
    if (!start) {
        return m_ctx.failure(start.error().message);
    }
    const auto explanation = m_engine->explain(*start, m_level, m_tariff);
    if (!explanation) {
        return m_ctx.failure(explanation.error().message);
    }
    if (!m_ctx.json()) {
        m_ctx.out << formatExplanation(*explanation);
        return ExitOk;
    }
    m_ctx.out << QJsonDocument(explanationJson(*explanation, m_level)).toJson(QJsonDocument::Compact) << "\n";
    return ExitOk;
}

} // namespace

QString SlaCommand::description() const
{
    return SlaCommand::tr("SLA arithmetic: deadlines, counted time, explanations.");
}

int SlaCommand::run(CommandContext& ctx)
{
    const SlaOptions o;
    const auto running = [](const QString& subcommand) {
        return [subcommand](CommandContext& c, const QCommandLineParser& p) { return SlaRun(c, p, subcommand).run(); };
    };
    return dispatchSubcommand(
        ctx, name(),
        {
            { .name = QStringLiteral("deadline"),
              .synopsis = tr("The deadline for a start (or for each line of stdin)."),
              .options = { o.level, o.tariff, o.from, o.fullDays },
              .handler = running(QStringLiteral("deadline")),
              .description = SlaCommand::tr(
                  "Print the deadline of a request arriving at --from; without --from, read one instant per "
                  "line on stdin and print one deadline per line.") },
            { .name = QStringLiteral("elapsed"),
              .synopsis = tr("Working seconds counted between two instants."),
              .options = { o.level, o.tariff, o.from, o.to, o.fullDays },
              .handler = running(QStringLiteral("elapsed")),
              .description
              = SlaCommand::tr("Print the whole seconds of the level's schedule counted between --from and --to.") },
            { .name = QStringLiteral("explain"),
              .synopsis = tr("The windows that counted for a deadline."),
              .options = { o.level, o.tariff, o.from, o.fullDays },
              .handler = running(QStringLiteral("explain")),
              .description
              = SlaCommand::tr("Print the windows that counted for the deadline of a request arriving at --from.") },
            { .name = QStringLiteral("clocks"),
              .synopsis = tr("The clocks of a ticket history given as JSON on stdin."),
              .options = { o.tariff, o.now, o.fullDays },
              .handler = running(QStringLiteral("clocks")),
              .description = SlaCommand::tr(
                  "Print the SLA clocks of a ticket history read from stdin as JSON: "
                  "{\"events\":[{\"type\":\"arrived\",\"at\":\"2026-03-02T10:00\",\"level\":\"standard\"}, …]}.") },
        });
}

} // namespace dd::ctl
