#!/usr/bin/env bash
# The console's cold start as a user starts it (issue 16): a demo database made by
# dutydeskctl, then `dutydesk --database F --screenshot out.png` offscreen under
# /usr/bin/time, which reports the wall time and the peak resident memory of the whole
# program, and its CPU time (user + system: steadier than the wall time on a shared machine).
# Usage: bench/console_start.sh [BUILD_DIR] [TICKETS…]   (default: build 100 100000; add
# 1000000 for the million-ticket start — generating that database takes minutes).
# Databases are kept in $DUTYDESK_BENCH_DIR (default BUILD_DIR/bench) between runs.
set -euo pipefail
build=${1:-build}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(100 100000)
dir=${DUTYDESK_BENCH_DIR:-$build/bench}
runs=${DUTYDESK_BENCH_RUNS:-3}
mkdir -p "$dir"
for n in "${sizes[@]}"; do
    db=$dir/console-start-$n.sqlite
    if [[ ! -f $db ]]; then
        echo "generating $n demo tickets in $db …" >&2
        "$build/app/dutydeskctl/dutydeskctl" demo --tickets "$n" --database "$db" >&2
    fi
    for ((i = 1; i <= runs; i++)); do
        QT_QPA_PLATFORM=offscreen /usr/bin/time -f "$n tickets: %e s wall, %U s user, %S s system, %M KiB peak RSS" \
            "$build/app/dutydesk/dutydesk" --database "$db" --screenshot "$dir/console-start-$n.png" 2>&1 \
            | grep -E '^[0-9]+ tickets:'
    done
done
