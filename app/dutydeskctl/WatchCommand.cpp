#include "WatchCommand.h"

#include "StorageSession.h"
#include "core/sync/ChangeWatcher.h"
#include "core/sync/ConnectionMonitor.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::ctl {

namespace {

void printLine(CommandContext& ctx, const QJsonObject& object)
{
    ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << "\n";
    // A reader (a pipe, a test) must get each line as it happens.
    ctx.out.flush();
}

QtMessageHandler previousHandler = nullptr;

// When the server drops the session, libpq closes the socket under the Qt driver's
// notifier and Qt warns about it; the monitor's own line says what happened.
void quietDriverWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QSocketNotifier: Invalid socket"))) {
        return;
    }
    previousHandler(type, context, message);
}

} // namespace

QString WatchCommand::description() const
{
    return WatchCommand::tr("Print one JSON line per change in the database as it happens.");
}

int WatchCommand::run(CommandContext& ctx)
{
    return runSingleCommand(
        ctx,
        { .name = name(),
          .synopsis = description(),
          .options
          = { { QStringLiteral("table"), WatchCommand::tr("Only changes of this table (repeatable), e.g. tickets."),
                QStringLiteral("TABLE") },
              { QStringLiteral("count"), WatchCommand::tr("Exit after printing this many changes."),
                QStringLiteral("N") } },
          .handler = watch });
}

int WatchCommand::watch(CommandContext& ctx, const QCommandLineParser& parser)
{
    int limit = 0;
    if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || limit <= 0) {
            return ctx.usageError(WatchCommand::tr("--count takes a positive number"));
        }
    }
    int exitCode = ExitOk;
    auto database = StorageSession::open(ctx, exitCode);
    if (!database) {
        return exitCode;
    }
    return follow(ctx, *database, parser.values(QStringLiteral("table")), limit);
}

int WatchCommand::follow(CommandContext& ctx, Database& database, const QStringList& tables, int limit)
{
    int exitCode = ExitOk;
    ConnectionMonitor monitor(database);
    auto watcher = ChangeWatcher::create(database);
    watcher->follow(monitor);

    QEventLoop loop;
    int printed = 0;
    QObject::connect(watcher.get(), &ChangeWatcher::changed, &loop, [&](const RowChange& change) {
        if (!tables.isEmpty() && !tables.contains(change.table)) {
            return;
        }
        printLine(ctx, change.toJson());
        if (limit > 0 && ++printed >= limit) {
            loop.quit();
        }
    });
    QObject::connect(watcher.get(), &ChangeWatcher::resyncNeeded, &loop, [&](const QString& reason) {
        printLine(ctx, QJsonObject { { QStringLiteral("resync"), true }, { QStringLiteral("reason"), reason } });
    });
    QObject::connect(watcher.get(), &ChangeWatcher::failed, &loop, [&](const QString& message) {
        exitCode = ctx.failure(message);
        loop.quit();
    });
    // Outages are told on stderr, one line each, while the watch goes on.
    QObject::connect(&monitor, &ConnectionMonitor::connectionLost, &loop,
                     [&] { ctx.err << "dutydeskctl: " << monitor.message() << Qt::endl; });
    QObject::connect(&monitor, &ConnectionMonitor::reconnected, &loop, [&] {
        ctx.err << "dutydeskctl: " << WatchCommand::tr("reconnected to %1").arg(database.location().displayName())
                << Qt::endl;
    });
    if (auto started = watcher->start(); !started) {
        return ctx.failure(started.error().message);
    }
    previousHandler = qInstallMessageHandler(quietDriverWarnings);
    loop.exec();
    qInstallMessageHandler(previousHandler);
    return exitCode;
}

} // namespace dd::ctl
