#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret
# Service, so keychain tests never touch the developer's own keyring.
# Usage: with-keyring.sh COMMAND [ARGS…]
set -euo pipefail
runtime=$(mktemp -d)
export XDG_RUNTIME_DIR=$runtime

stop_our_daemon() {
    # Only the daemon started for this run: it carries our private runtime dir.
    local pid
    for pid in $(pgrep -f 'gnome-keyring-daemon' || true); do
        if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "XDG_RUNTIME_DIR=$runtime"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$runtime"
}
trap stop_our_daemon EXIT

dbus-run-session -- bash -c '
    printf "dutydesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' with-keyring "$@"
