#pragma once

#include "core/storage/Database.h"

#include <QtGlobal>

#include <sys/resource.h>

// Where the CPU of a benchmark run went, read from getrusage and /proc on this machine
// (bench_intake: the intake's threads, its PostgreSQL backend, Dovecot).
namespace dd::bench {

// RUSAGE_SELF: the whole process; RUSAGE_THREAD: this thread's, the filing without the
// prefetcher's workers (fetch and parse).
double cpuSeconds(int who = RUSAGE_SELF);
// utime + stime (+ cutime + cstime: the children it reaped) of process `pid`, in seconds.
double processCpuSeconds(qint64 pid, bool reapedChildren = false);

// This thread's time on a core and waiting for one, in seconds (/proc/thread-self/schedstat);
// the rest of a stretch it was blocked: on the disk, a lock, the network.
struct Schedule
{
    double running = 0;
    double runnable = 0;
};
Schedule threadSchedule();

qint64 parentOf(qint64 pid);
// The CPU time of the PostgreSQL backend serving `database` (same machine), from /proc;
// 0 for SQLite, whose work is this process's.
double backendCpuSeconds(const Database& database);
// The CPU time of a server: its main process with the children it reaped and every
// live child (PostgreSQL: the backends, WAL writer, checkpointer, autovacuum; Dovecot:
// the imap and login processes, which end with their connections).
double serverCpuSeconds(qint64 main);
qint64 postmasterOf(const Database& database);
// The test fixture's Dovecot: the one process named "dovecot" on the machine.
qint64 dovecotMaster();

} // namespace dd::bench
