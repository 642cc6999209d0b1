// The real console window at 100,000 (or DUTYDESK_BENCH_TICKETS) tickets (issue 16), not a component: MainWindow on a
// demo database, measured from inside the process.
//   - open: until the open tickets are shown (dataLoaded) and until every closed ticket
//     has arrived from the worker (closedLoaded), with the resident memory after each;
//   - stall: a 10 ms QTimer probe on the GUI thread while another desktop (a thread with
//     its own connection) records 500 changes, until the queue shows all 500; the worst
//     gap between two probe ticks is the longest the GUI thread was blocked;
//   - search: from the last keystroke in the search field to the index's first page (the
//     open tickets' matches) and to its last page shown in the queue (results stream in);
//   - browsing: scrolling through the whole queue, selecting tickets;
//   - the SLA dashboard: shown, then filled from every history on the reports' worker
//     (DUTYDESK_BENCH_DASHBOARD=0 skips it);
//   - the same 10 ms probe runs throughout: the worst GUI stall of every phase is printed.
// The database is generated once (DUTYDESK_BENCH_DB overrides the path). The cold start
// of the program itself is bench/console_start.sh.
#include "core/demo/DemoData.h"
#include "core/schema/SchemaCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/TicketRepository.h"
#include "ui/MainWindow.h"
#include "ui/queue/QueueModel.h"
#include "ui/queue/QueueProxyModel.h"
#include "ui/reports/SlaDashboardWidget.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
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
    auto location = *DatabaseLocation::parse(path); // returned by move
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

// The 10 ms probe on the GUI thread: the worst gap between two ticks since the last
// reset() is the longest the GUI thread was blocked in that phase.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    // The worst gap of the phase that ends now; the next phase starts.
    qint64 reset()
    {
        const qint64 worst = std::max(m_worst, m_clock.elapsed() - m_last);
        m_worst = 0;
        m_last = m_clock.elapsed();
        return worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

void measureChanges(MainWindow& window, const DatabaseLocation& location, StallProbe& probe)
{
    QList<qint64> ids;
    const int step = std::max(1, window.queueModel()->rowCount() / 500);
    for (int row = 0; row < window.queueModel()->rowCount() && ids.size() < 500; row += step) {
        ids << window.queueModel()->entry(row).ticket.id;
    }
    QHash<qint64, qint64> versionBefore;
    for (qint64 id : ids) {
        versionBefore.insert(id, window.queueModel()->entry(window.queueModel()->rowOfTicket(id)).ticket.version);
    }
    QElapsedTimer clock;
    clock.start();
    probe.reset();
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
    const qint64 applied = clock.elapsed();
    const qint64 stall = probe.reset();
    writer.join();
    std::printf("500 changes from another connection: written %d, all shown after %lld ms, worst GUI stall %lld ms "
                "(10 ms probe; 10 = never blocked)%s\n",
                written.load(), applied, stall, shown ? "" : " — NOT ALL SHOWN");
}

void measureSearch(MainWindow& window, StallProbe& probe)
{
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QString firstText;
    QString shownText;
    QObject::connect(&window, &MainWindow::searchFirstShown, [&](const QString& text) { firstText = text; });
    QObject::connect(&window, &MainWindow::searchShown, [&](const QString& text) { shownText = text; });
    for (const QString& word : { QStringLiteral("оплата"), QStringLiteral("корзин"), QStringLiteral("Ромашка"),
                                 QStringLiteral("ошибка 500") }) {
        firstText.clear();
        shownText.clear();
        QElapsedTimer typed;
        typed.start();
        probe.reset();
        search->setText(word);
        if (!waitFor([&] { return firstText == word; }, 60000)) {
            die(QStringLiteral("no search answer for %1").arg(word));
        }
        const qint64 first = typed.elapsed();
        const int firstRows = window.queueProxy()->rowCount();
        if (!waitFor([&] { return shownText == word; }, 120000)) {
            die(QStringLiteral("the search for %1 never finished").arg(word));
        }
        const qint64 total = typed.elapsed();
        std::printf("search “%s”: first page %lld ms after typing (%d rows), all %lld ms (%d rows; 150 ms of each is "
                    "the debounce), worst GUI stall %lld ms\n",
                    qPrintable(word), first, firstRows, total, window.queueProxy()->rowCount(), probe.reset());
    }
    search->clear();
    waitFor([] { return false; }, 300);
}

// Scrolling through the whole queue and selecting tickets, as a user would.
void measureBrowsing(MainWindow& window, StallProbe& probe)
{
    auto* view = window.findChild<QTableView*>();
    if (!view) {
        die(QStringLiteral("no queue view"));
    }
    probe.reset();
    QElapsedTimer clock;
    clock.start();
    QScrollBar* bar = view->verticalScrollBar();
    for (int i = 0; i <= 20; ++i) {
        bar->setValue(bar->minimum() + (bar->maximum() - bar->minimum()) * i / 20);
        waitFor([] { return false; }, 20);
    }
    std::printf("scrolling top to bottom in 20 steps: %lld ms, worst GUI stall %lld ms\n", clock.elapsed(),
                probe.reset());
    qint64 worstSelect = 0;
    for (int i = 0; i < 5; ++i) {
        const int row = window.queueProxy()->rowCount() * i / 5;
        clock.restart();
        view->setCurrentIndex(window.queueProxy()->index(row, 0));
        waitFor([] { return false; }, 50);
        worstSelect = std::max(worstSelect, probe.reset());
    }
    std::printf("selecting 5 tickets across the queue: worst GUI stall %lld ms (the ticket pane reads its history)\n",
                worstSelect);
}

// The SLA dashboard: shown at once, computed from every history on the reports' worker.
void measureDashboard(MainWindow& window, StallProbe& probe)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("slaDashboardAction"));
    if (!action) {
        die(QStringLiteral("no dashboard action"));
    }
    probe.reset();
    QElapsedTimer clock;
    clock.start();
    action->trigger();
    auto* dashboard = window.findChild<SlaDashboardWidget*>();
    if (!dashboard) {
        die(QStringLiteral("no dashboard"));
    }
    const qint64 shown = clock.elapsed();
    if (!waitFor([&] { return !dashboard->isLoading(); }, 1800000)) {
        die(QStringLiteral("the dashboard never filled"));
    }
    std::printf("SLA dashboard: window shown after %lld ms, figures after %lld ms, %lld MiB RSS, worst GUI stall %lld "
                "ms\n",
                shown, clock.elapsed(), residentMiB(), probe.reset());
    dashboard->close();
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
    StallProbe probe;
    bool loaded = false;
    bool closed = false;
    QObject::connect(&window, &MainWindow::dataLoaded, [&] { loaded = true; });
    QObject::connect(&window, &MainWindow::closedLoaded, [&] { closed = true; });
    QObject::connect(&window, &MainWindow::loadFailed, [](const QString& message) { die(message); });
    window.loadData();
    if (!waitFor([&] { return loaded; }, 300000)) {
        die(QStringLiteral("the open tickets never came"));
    }
    std::printf("open tickets shown: %lld ms, %d rows, %lld MiB RSS, worst GUI stall %lld ms\n", clock.elapsed(),
                window.queueModel()->rowCount(), residentMiB(), probe.reset());
    if (window.closedDeferred()) {
        // Past the background limit: they load when shown, and a search fetches its finds.
        waitFor([] { return false; }, 3000);
        std::printf("resolved and closed tickets left until shown; 3 s later: %d rows, %lld MiB RSS, worst GUI stall "
                    "%lld ms\n",
                    window.queueModel()->rowCount(), residentMiB(), probe.reset());
    } else {
        if (!waitFor([&] { return closed; }, 1800000)) {
            die(QStringLiteral("the closed tickets never came"));
        }
        std::printf("all tickets in the model: %lld ms, %d rows, %lld MiB RSS, worst GUI stall while they came %lld "
                    "ms\n",
                    clock.elapsed(), window.queueModel()->rowCount(), residentMiB(), probe.reset());
    }

    measureChanges(window, location, probe);
    measureSearch(window, probe);
    measureBrowsing(window, probe);
    if (qEnvironmentVariable("DUTYDESK_BENCH_DASHBOARD") != QLatin1String("0")) {
        measureDashboard(window, probe);
    }
    std::printf("at the end: %lld MiB RSS\n", residentMiB());
    return 0;
}
