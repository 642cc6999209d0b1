// The operator console at 100,000 tickets (issue 6): loading the queue from a SQLite
// database (tickets, histories, every clock computed), the memory it takes, filtering
// (quick filters, search) and sorting through the proxy, and one countdown tick.
// The database is generated once with the demo generator and kept next to the binary
// (DUTYDESK_BENCH_DB overrides the path).
#include "core/demo/DemoData.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/TicketSla.h"
#include "core/util/Clock.h"
#include "ui/queue/QueueLoader.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <malloc.h>

using namespace dd;

namespace {

constexpr int ticketCount = 100000;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

struct Console
{
    std::unique_ptr<Database> database;
    std::shared_ptr<SlaEngine> engine;
    std::unique_ptr<QueueModel> model;
    std::unique_ptr<QueueProxyModel> proxy;
};

Console& console()
{
    static Console instance = [] {
        Console c;
        const QString path = qEnvironmentVariable("DUTYDESK_BENCH_DB",
                                                  QCoreApplication::applicationDirPath()
                                                      + QStringLiteral("/bench-queue-%1.sqlite").arg(ticketCount));
        const bool fresh = !QFileInfo::exists(path);
        Database::Options options;
        options.installServerClock = false;
        auto opened = SchemaCatalog::open(*DatabaseLocation::parse(path), options);
        if (!opened) {
            std::fprintf(stderr, "bench_queue: %s\n", qPrintable(opened.error().toString()));
            std::exit(1);
        }
        c.database = std::move(opened).value();
        if (fresh) {
            std::fprintf(stderr, "bench_queue: generating %d demo tickets in %s …\n", ticketCount, qPrintable(path));
            DemoOptions demo;
            demo.tickets = ticketCount;
            demo.weeks = 52;
            if (auto generated = DemoData::generate(*c.database, demo); !generated) {
                std::fprintf(stderr, "bench_queue: %s\n", qPrintable(generated.error().toString()));
                std::exit(1);
            }
        }
        auto sla = TicketSla::load(*c.database);
        c.engine = std::make_shared<SlaEngine>(sla.value()->engine());
        c.model = std::make_unique<QueueModel>(c.engine);
        c.proxy = std::make_unique<QueueProxyModel>();
        c.proxy->setQueueModel(c.model.get());
        return c;
    }();
    return instance;
}

// Opening the console: the bulk read plus every clock, then the model and its proxy.
void load(benchmark::State& state)
{
    Console& c = console();
    for (auto _ : state) {
        const qint64 before = residentKiB();
        c.model->setEntries({});
        const qint64 empty = residentKiB();
        QElapsedTimer timer;
        timer.start();
        auto snapshot = QueueLoader(*c.database, *c.engine).load(Clock::current().nowUtc().toSecsSinceEpoch());
        if (!snapshot) {
            state.SkipWithError(qPrintable(snapshot.error().toString()));
            return;
        }
        const qint64 readMs = timer.elapsed();
        c.model->setEntries(std::move(snapshot.value().entries));
        snapshot = Error {};
        malloc_trim(0); // what the model keeps, not what the read left in the allocator
        state.counters["tickets"] = c.model->rowCount();
        state.counters["visible"] = c.proxy->rowCount();
        state.counters["read_ms"] = static_cast<double>(readMs);
        state.counters["total_ms"] = static_cast<double>(timer.elapsed());
        state.counters["model_MiB"] = static_cast<double>(residentKiB() - empty) / 1024.0;
        state.counters["rss_MiB"] = static_cast<double>(residentKiB()) / 1024.0;
        benchmark::DoNotOptimize(before);
    }
}

void ensureLoaded()
{
    Console& c = console();
    if (c.model->rowCount() == 0) {
        auto snapshot = QueueLoader(*c.database, *c.engine).load(Clock::current().nowUtc().toSecsSinceEpoch());
        c.model->setEntries(std::move(snapshot.value().entries));
    }
}

void quickFilter(benchmark::State& state)
{
    ensureLoaded();
    QueueProxyModel& proxy = *console().proxy;
    const auto filter = static_cast<QueueProxyModel::QuickFilter>(state.range(0));
    int rows = 0;
    for (auto _ : state) { // on and off again: two passes over 100,000 rows
        proxy.setQuickFilter(filter);
        rows = proxy.rowCount();
        proxy.setQuickFilter(QueueProxyModel::QuickFilter::None);
    }
    state.counters["rows"] = rows;
}

void search(benchmark::State& state)
{
    ensureLoaded();
    QueueProxyModel& proxy = *console().proxy;
    proxy.setShowClosed(true); // search over all 100,000
    int rows = 0;
    for (auto _ : state) {
        proxy.setSearchText(QStringLiteral("фильтр"));
        rows = proxy.rowCount();
        proxy.setSearchText(QString());
    }
    state.counters["matches"] = rows;
    proxy.setShowClosed(false);
}

void sortColumn(benchmark::State& state)
{
    ensureLoaded();
    QueueProxyModel& proxy = *console().proxy;
    proxy.setShowClosed(true);
    const int column = static_cast<int>(state.range(0));
    for (auto _ : state) {
        if (column < 0) { // the queue order: from another order, as when the user returns to it
            state.PauseTiming();
            proxy.sort(QueueModel::Number, Qt::DescendingOrder);
            state.ResumeTiming();
            proxy.sort(-1);
        } else {
            proxy.sort(column, Qt::AscendingOrder);
            proxy.sort(column, Qt::DescendingOrder);
        }
    }
    state.counters["rows"] = proxy.rowCount();
    proxy.sort(-1);
    proxy.setShowClosed(false);
}

void tick(benchmark::State& state)
{
    ensureLoaded();
    QueueModel& model = *console().model;
    for (auto _ : state) {
        model.tick();
        // What a view paints each second: about 40 visible countdowns.
        for (int row = 0; row < 40; ++row) {
            benchmark::DoNotOptimize(model.index(row, QueueModel::TimeLeft).data());
        }
    }
}

} // namespace

BENCHMARK(load)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(quickFilter)
    ->Unit(benchmark::kMillisecond)
    ->Arg(int(QueueProxyModel::QuickFilter::Breached))
    ->Arg(int(QueueProxyModel::QuickFilter::Emergencies))
    ->Arg(int(QueueProxyModel::QuickFilter::Unassigned));
BENCHMARK(search)->Unit(benchmark::kMillisecond);
BENCHMARK(sortColumn)
    ->Unit(benchmark::kMillisecond)
    ->Arg(-1)
    ->Arg(QueueModel::Number)
    ->Arg(QueueModel::TimeLeft)
    ->Arg(QueueModel::Subject)
    ->Arg(QueueModel::Arrived);
BENCHMARK(tick)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
