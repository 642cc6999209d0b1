// Live-sync latency (docs/rules.md#shared-database: a change appears on the other desktops within a second).
// PostgreSQL: 20 watchers, each on its own connection in its own thread (as 20 desktops
// would be), LISTEN for the changes of one writer; SQLite: 20 watcher processes poll the
// same file. Latency is counted from the moment the writer sends the committing
// statement to the moment a watcher's signal fires, so it includes the write itself.
// Prints p50/p95/p99/max; figures, not pass/fail.
//
//   bench_sync [--watchers N] [--updates N] [--gap-ms N]
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/sync/ChangeWatcher.h"
#include "core/sync/SqliteChangeWatcher.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestRows.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace dd;

namespace {

qint64 nowMicros()
{
    // The wall clock, not steady_clock: the SQLite watchers are other processes.
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct Settings
{
    int watchers = 20;
    int updates = 200;
    int gapMs = 25;
};

std::unique_ptr<Database> openQuietly(const QString& where, bool migrate)
{
    Database::Options options;
    options.migrate = migrate;
    options.installServerClock = false;
    auto opened = SchemaCatalog::open(*DatabaseLocation::parse(where), options);
    if (!opened) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// version -> receive time, per watcher
using Receipts = std::map<qint64, qint64>;

class PostgresWatcherThread : public QThread
{
public:
    PostgresWatcherThread(QString url, qint64 ticketId, int expected, QSemaphore& ready)
        : m_url(std::move(url))
        , m_ticketId(ticketId)
        , m_expected(expected)
        , m_ready(ready)
    { }

    Receipts receipts;

protected:
    void run() override
    {
        // Every Qt SQL connection belongs to the thread that opened it.
        auto database = openQuietly(m_url, false);
        if (!database) {
            m_ready.release();
            return;
        }
        auto watcher = ChangeWatcher::create(*database);
        QEventLoop loop;
        QObject::connect(watcher.get(), &ChangeWatcher::changed, &loop, [&](const RowChange& change) {
            if (change.table == QLatin1String("tickets") && change.id == m_ticketId) {
                receipts.emplace(change.version, nowMicros());
                if (int(receipts.size()) >= m_expected) {
                    loop.quit();
                }
            }
        });
        if (!watcher->start()) {
            m_ready.release();
            return;
        }
        m_ready.release();
        loop.exec();
    }

private:
    QString m_url;
    qint64 m_ticketId;
    int m_expected;
    QSemaphore& m_ready;
};

struct Fixture
{
    qint64 ticketId = 0;
};

Result<Fixture> seed(const Database& database)
{
    auto client = test::insertClient(database, QStringLiteral("Bench"));
    if (!client) {
        return client.error();
    }
    auto project = test::insertProject(database, *client, QStringLiteral("bench"));
    if (!project) {
        return project.error();
    }
    auto ticket = test::insertTicket(database, *project, QStringLiteral("bench"));
    if (!ticket) {
        return ticket.error();
    }
    return Fixture { *ticket };
}

// Sends the updates; returns version -> send time.
std::map<qint64, qint64> write(const Database& database, qint64 ticketId, const Settings& settings)
{
    std::map<qint64, qint64> sent;
    for (int i = 0; i < settings.updates; ++i) {
        const qint64 start = nowMicros();
        auto version = test::touchTicket(database, ticketId, QStringLiteral("edit %1").arg(i));
        if (!version) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(version.error().message));
            break;
        }
        sent.emplace(*version, start);
        QThread::msleep(settings.gapMs);
    }
    return sent;
}

void report(const char* title, const std::map<qint64, qint64>& sent, const std::vector<Receipts>& all,
            const Settings& settings)
{
    std::vector<double> latencies;
    int missing = 0;
    for (const Receipts& receipts : all) {
        for (const auto& [version, at] : sent) {
            auto found = receipts.find(version);
            if (found == receipts.end()) {
                ++missing;
            } else {
                latencies.push_back(double(found->second - at) / 1000.0);
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.empty() ? 0.0 : latencies[std::min(latencies.size() - 1, size_t(p * latencies.size()))];
    };
    std::printf("%s: %d watchers x %d updates (%d ms apart): %zu deliveries, %d missing\n", title, int(all.size()),
                int(sent.size()), settings.gapMs, latencies.size(), missing);
    std::printf("  latency ms  p50 %.2f  p95 %.2f  p99 %.2f  max %.2f\n", percentile(0.50), percentile(0.95),
                percentile(0.99), latencies.empty() ? 0.0 : latencies.back());
    std::fflush(stdout);
}

int benchPostgres(const Settings& settings)
{
    auto server = test::PostgresServer::start();
    if (!server) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(server.error().message));
        return 1;
    }
    if (auto created = server.value()->createDatabase(QStringLiteral("bench")); !created) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(created.error().message));
        return 1;
    }
    const QString url = server.value()->url(QStringLiteral("bench"));
    auto writer = openQuietly(url, true);
    if (!writer) {
        return 1;
    }
    auto fixture = seed(*writer);
    if (!fixture) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(fixture.error().message));
        return 1;
    }
    QSemaphore ready;
    std::vector<std::unique_ptr<PostgresWatcherThread>> threads;
    for (int i = 0; i < settings.watchers; ++i) {
        threads.push_back(std::make_unique<PostgresWatcherThread>(url, fixture->ticketId, settings.updates, ready));
        threads.back()->start();
    }
    ready.acquire(settings.watchers);
    const auto sent = write(*writer, fixture->ticketId, settings);
    std::vector<Receipts> all;
    for (auto& thread : threads) {
        if (!thread->wait(10000)) {
            thread->quit();
            thread->wait();
        }
        all.push_back(thread->receipts);
    }
    report("PostgreSQL LISTEN/NOTIFY", sent, all, settings);
    return 0;
}

// Child mode: one SQLite watcher process. Prints "ready", then "version micros" lines.
int sqliteWatcher(const QString& path, qint64 ticketId, int expected)
{
    SqliteChangeWatcher watcher(*DatabaseLocation::parse(path));
    QEventLoop loop;
    int received = 0;
    QObject::connect(&watcher, &ChangeWatcher::changed, &loop, [&](const RowChange& change) {
        if (change.table == QLatin1String("tickets") && change.id == ticketId) {
            std::printf("%lld %lld\n", qint64(change.version), nowMicros());
            if (++received >= expected) {
                loop.quit();
            }
        }
    });
    if (auto started = watcher.start(); !started) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(started.error().message));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    loop.exec();
    std::fflush(stdout);
    return 0;
}

int benchSqlite(const Settings& settings)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto writer = openQuietly(path, true);
    if (!writer) {
        return 1;
    }
    auto fixture = seed(*writer);
    if (!fixture) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(fixture.error().message));
        return 1;
    }
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < settings.watchers; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QCoreApplication::applicationFilePath(),
                     { QStringLiteral("--sqlite-watcher"), path, QString::number(fixture->ticketId),
                       QString::number(settings.updates) });
        children.push_back(std::move(child));
    }
    for (auto& child : children) {
        while (!child->canReadLine() && child->waitForReadyRead(10000)) { }
        if (child->readLine().trimmed() != "ready") {
            std::fprintf(stderr, "bench_sync: an SQLite watcher did not start\n");
            return 1;
        }
    }
    const auto sent = write(*writer, fixture->ticketId, settings);
    std::vector<Receipts> all;
    for (auto& child : children) {
        child->waitForFinished(10000);
        Receipts receipts;
        for (const QByteArray& line : child->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 2) {
                receipts.emplace(fields[0].toLongLong(), fields[1].toLongLong());
            }
        }
        all.push_back(std::move(receipts));
    }
    report("SQLite data_version poll, 100 ms (separate processes)", sent, all, settings);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 5 && arguments.at(1) == QLatin1String("--sqlite-watcher")) {
        return sqliteWatcher(arguments.at(2), arguments.at(3).toLongLong(), arguments.at(4).toInt());
    }
    Settings settings;
    // Unknown arguments are left to the other benchmarks (./dev bench passes them to all).
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--watchers")) {
            settings.watchers = std::max(1, arguments.at(i + 1).toInt());
        } else if (arguments.at(i) == QLatin1String("--updates")) {
            settings.updates = std::max(1, arguments.at(i + 1).toInt());
        } else if (arguments.at(i) == QLatin1String("--gap-ms")) {
            settings.gapMs = std::max(0, arguments.at(i + 1).toInt());
        }
    }
    const int postgres = benchPostgres(settings);
    const int sqlite = benchSqlite(settings);
    return postgres != 0 ? postgres : sqlite;
}
