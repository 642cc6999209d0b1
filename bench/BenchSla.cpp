// Deadlines per second in-process (the target is ≥ 20 million on one core): the cost
// is a table search, the same for 1 hour or 8 days of working time.
#include "core/sla/TicketClocks.h"
#include "core/time/MoscowIsoCodec.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

using namespace dd;

namespace {

const SlaEngine& engine()
{
    static const SlaEngine instance(*ProductionCalendar::builtin());
    return instance;
}

// Random starts over 2024–2027 (to the second), far more than the caches hold.
const std::vector<qint64>& starts()
{
    static const std::vector<qint64> values = [] {
        QRandomGenerator random(42);
        const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), moscowZone()).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2027, 11, 1), QTime(0, 0), moscowZone()).toSecsSinceEpoch();
        std::vector<qint64> result(1 << 20);
        for (auto& value : result) {
            value = random.bounded(from, to);
        }
        return result;
    }();
    return values;
}

void deadlines(benchmark::State& state)
{
    const auto level = static_cast<SlaLevel>(state.range(0));
    const auto& input = starts();
    const size_t mask = input.size() - 1;
    size_t i = 0;
    for (auto _ : state) {
        auto result = engine().deadline(input[i++ & mask], level);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(slaLevelId(level).toStdString());
}

void workingTime(benchmark::State& state)
{
    const ScheduleTable& table = engine().table(ScheduleKind::Business);
    const qint64 amount = state.range(0);
    const auto& input = starts();
    const size_t mask = input.size() - 1;
    size_t i = 0;
    for (auto _ : state) {
        auto result = table.add(input[i++ & mask], amount);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(std::to_string(amount / 3600) + " working hours");
}

void elapsed(benchmark::State& state)
{
    const auto& input = starts();
    const size_t mask = input.size() - 1;
    size_t i = 0;
    for (auto _ : state) {
        const qint64 a = input[i & mask];
        const qint64 b = input[(i + 1) & mask];
        ++i;
        auto result = engine().elapsed(std::min(a, b), std::max(a, b), ScheduleKind::Business);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
}

void ticketClocks(benchmark::State& state)
{
    const qint64 t = starts()[7];
    const std::vector<TicketEvent> events {
        { TicketEventType::Arrived, t, SlaLevel::Standard },
        { TicketEventType::Registered, t + 1800, SlaLevel::Standard },
        { TicketEventType::ClientMessage, t + 86400, SlaLevel::Standard },
        { TicketEventType::WaitingStarted, t + 90000, SlaLevel::Standard },
        { TicketEventType::WaitingEnded, t + 3 * 86400, SlaLevel::Standard },
    };
    for (auto _ : state) {
        auto clocks = computeTicketClocks(engine(), events, QString(), t + 4 * 86400);
        benchmark::DoNotOptimize(clocks);
    }
    state.SetItemsProcessed(state.iterations());
}

// The batch CLI's per-line work without the I/O: parse, deadline, format.
void isoRoundTrip(benchmark::State& state)
{
    const MoscowIsoCodec codec(2024, 2027);
    const ScheduleTable& table = engine().table(ScheduleKind::Business);
    std::vector<std::string> lines;
    for (size_t i = 0; i < 4096; ++i) {
        std::string line;
        codec.format(starts()[i], line);
        lines.push_back(line.substr(0, 19)); // no offset: Moscow time
    }
    std::string out;
    size_t i = 0;
    for (auto _ : state) {
        const auto start = codec.parse(lines[i++ & 4095]);
        out.clear();
        codec.format(*table.add(*start, 8 * 3600), out);
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(deadlines)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(workingTime)->Arg(3600)->Arg(8 * 3600)->Arg(8 * 8 * 3600)->Arg(250 * 8 * 3600);
BENCHMARK(elapsed);
BENCHMARK(ticketClocks);
BENCHMARK(isoRoundTrip);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
