// The real console window at 100,000 tickets (issue 16), not a component: MainWindow on a
// demo database, measured from inside the process.
//   - open: until the open tickets are shown (dataLoaded) and until every closed ticket
//     has arrived from the worker (closedLoaded), with the resident memory after each;
//   - stall: a 10 ms QTimer probe on the GUI thread while another desktop (a thread with
//     its own connection) records 500 changes, until the queue shows all 500; the worst
//     gap between two probe ticks is the longest the GUI thread was blocked;
//   - search: from the last keystroke in the search field to the index's answer shown in
//     the queue, debounce (150 ms) reported separately.
// The database is generated once (DUTYDESK_BENCH_DB overrides the path). The cold start
// of the program itself is bench/console_start.sh.
#include "core/demo/DemoData.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "ui/MainWindow.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLineEdit>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace dd;

namespace {

qint64 residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
        }
    }
    return 0;
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_console: %s\n", qPrintable(message));
    std::exit(1);
}

// Spins the event loop until `done` or `timeoutMs`; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

DatabaseLocation prepareDatabase(int tickets)
{
    const QString path = qEnvironmentVariable("DUTYDESK_BENCH_DB",
                                              QCoreApplication::applicationDirPath()
                                                  + QStringLiteral("/bench-console-%1.sqlite").arg(tickets));
    const auto location = *DatabaseLocation::parse(path);
    if (QFileInfo::exists(path)) {
        return location;
    }
    std::fprintf(stderr, "bench_console: generating %d demo tickets in %s …\n", tickets, qPrintable(path));
    auto opened = SchemaCatalog::open(location);
    if (!opened) {
        die(opened.error().toString());
    }
    DemoOptions demo;
    demo.tickets = tickets;
    demo.weeks = 52;
    if (auto generated = DemoData::generate(*opened.value(), demo); !generated) {
        die(generated.error().toString());
    }
    return location;
}

// Another desktop: its own connection in its own thread, one change per transaction.
void recordChanges(const DatabaseLocation& location, const QList<qint64>& ids, std::atomic<int>* written)
{
    Database::Options options;
    options.migrate = false;
    options.installServerClock = false;
    auto opened = Database::open(location, options);
    if (!opened) {
        die(opened.error().toString());
    }
    const TicketRepository tickets(*opened.value());
    for (qint64 id : ids) {
        auto done = tickets.recordEvent(id, ticket_event::comment, {},
                                        QJsonObject { { QStringLiteral("text"), QStringLiteral("bench") } },
                                        Actor { 0, QStringLiteral("bench"), {} });
        if (!done) {
            die(done.error().toString());
        }
        ++*written;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int tickets = qEnvironmentVariableIntValue("DUTYDESK_BENCH_TICKETS") > 0
        ? qEnvironmentVariableIntValue("DUTYDESK_BENCH_TICKETS")
        : 100000;
    const DatabaseLocation location = prepareDatabase(tickets);

    QElapsedTimer clock;
    clock.start();
    MainWindow window(location);
    window.resize(1440, 880);
    window.show();
    bool loaded = false;
    bool closed = false;
    QObject::connect(&window, &MainWindow::dataLoaded, [&] { loaded = true; });
    QObject::connect(&window, &MainWindow::closedLoaded, [&] { closed = true; });
    QObject::connect(&window, &MainWindow::loadFailed, [](const QString& message) { die(message); });
    window.loadData();
    if (!waitFor([&] { return loaded; }, 120000)) {
        die(QStringLiteral("the open tickets never came"));
    }
    std::printf("open tickets shown: %lld ms, %d rows, %lld MiB RSS\n", clock.elapsed(),
                window.queueModel()->rowCount(), residentMiB());
    if (!waitFor([&] { return closed; }, 600000)) {
        die(QStringLiteral("the closed tickets never came"));
    }
    std::printf("all tickets in the model: %lld ms, %d rows, %lld MiB RSS\n", clock.elapsed(),
                window.queueModel()->rowCount(), residentMiB());

    // 500 changes from another desktop, with the probe running.
    QList<qint64> ids;
    for (int row = 0; row < window.queueModel()->rowCount() && ids.size() < 500; row += 97) {
        ids << window.queueModel()->entry(row).ticket.id;
    }
    QHash<qint64, qint64> versionBefore;
    for (qint64 id : ids) {
        versionBefore.insert(id, window.queueModel()->entry(window.queueModel()->rowOfTicket(id)).ticket.version);
    }
    QElapsedTimer probeClock;
    qint64 lastTick = 0;
    qint64 worstGap = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.elapsed();
        worstGap = std::max(worstGap, now - lastTick);
        lastTick = now;
    });
    probeClock.start();
    probe.start();
    std::atomic<int> written { 0 };
    std::thread writer(recordChanges, location, ids, &written);
    const auto allShown = [&] {
        for (qint64 id : std::as_const(ids)) {
            const int row = window.queueModel()->rowOfTicket(id);
            if (row < 0 || window.queueModel()->entry(row).ticket.version <= versionBefore.value(id)) {
                return false;
            }
        }
        return true;
    };
    const bool shown = waitFor(allShown, 120000);
    const qint64 applied = probeClock.elapsed();
    probe.stop();
    writer.join();
    std::printf("500 changes from another connection: written %d, all shown after %lld ms, worst GUI stall %lld ms "
                "(10 ms probe; 10 = never blocked)%s\n",
                written.load(), applied, worstGap, shown ? "" : " — NOT ALL SHOWN");

    // Search: words typed, the index's answer shown.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QString shownText;
    QObject::connect(&window, &MainWindow::searchShown, [&](const QString& text) { shownText = text; });
    for (const QString& word : { QStringLiteral("оплата"), QStringLiteral("корзин"), QStringLiteral("Ромашка"),
                                 QStringLiteral("ошибка 500") }) {
        shownText.clear();
        QElapsedTimer typed;
        typed.start();
        search->setText(word);
        if (!waitFor([&] { return shownText == word; }, 30000)) {
            die(QStringLiteral("no search answer for %1").arg(word));
        }
        const qint64 total = typed.elapsed();
        std::printf("search “%s”: %lld ms after typing (150 ms of it the debounce), %d rows shown\n", qPrintable(word),
                    total, window.queueProxy()->rowCount());
    }
    std::printf("peak: %lld MiB RSS now\n", residentMiB());
    return 0;
}
