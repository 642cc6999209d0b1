#include "bench/ProcessCpu.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <unistd.h>

namespace dd::bench {

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid, bool reapedChildren)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    // Fields 14 to 17 (utime, stime, cutime, cstime) in clock ticks, after the parenthesised command.
    const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
    double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    if (reapedChildren) {
        ticks += fields.value(13).toDouble() + fields.value(14).toDouble();
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

Schedule threadSchedule()
{
    QFile stat(QStringLiteral("/proc/thread-self/schedstat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<QByteArray> fields = stat.readAll().trimmed().split(' ');
    return { fields.value(0).toDouble() / 1e9, fields.value(1).toDouble() / 1e9 };
}

qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return stat.readAll().split(')').last().trimmed().split(' ').value(1).toLongLong();
}

double backendCpuSeconds(const Database& database)
{
    if (!database.isPostgres()) {
        return 0;
    }
    auto pid = database.runScalar(QStringLiteral("SELECT pg_backend_pid()"));
    return pid ? processCpuSeconds(pid->toLongLong()) : 0;
}

double serverCpuSeconds(qint64 main)
{
    if (main <= 1) {
        return 0;
    }
    double seconds = processCpuSeconds(main, true);
    const QStringList processes = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : processes) {
        bool numeric = false;
        const qint64 child = entry.toLongLong(&numeric);
        if (numeric && parentOf(child) == main) {
            seconds += processCpuSeconds(child);
        }
    }
    return seconds;
}

qint64 postmasterOf(const Database& database)
{
    auto pid = database.isPostgres() ? database.runScalar(QStringLiteral("SELECT pg_backend_pid()")) : QVariant();
    return pid && pid->isValid() ? parentOf(pid->toLongLong()) : 0;
}

qint64 dovecotMaster()
{
    const QStringList processes = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : processes) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (stat.open(QIODevice::ReadOnly) && stat.readAll().contains("(dovecot)")) {
            return entry.toLongLong();
        }
    }
    return 0;
}

} // namespace dd::bench
