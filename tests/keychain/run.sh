#!/bin/sh
# Runs a keychain test program in a throwaway environment (qt-platform-notes.md §1.3, §1.4):
#   run.sh MODE TEST [ARGS...]
# MODE:
#   unlocked       private session bus + gnome-keyring unlocked with a throwaway password
#   locked         a first session creates the login keyring; the test's session (gnome-keyring
#                  D-Bus-activated on first use) never unlocks it
#   locked-seeded  the same, and the first session also saves the key the test then reads
#   nokeyring      private session bus, gnome-keyring activated, but no login keyring exists yet
#                  (creating one needs a prompt, and there is no display for it)
#   nobackend      no session bus at all
#   hang           like unlocked, but QT_NO_GLIB=1, so libsecret jobs never finish
# Each run gets a fresh HOME/XDG dirs (a reused login.keyring with another password stays
# locked). The bus and gnome-keyring exit with dbus-run-session; the directory is removed.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 unlocked|locked|locked-seeded|nokeyring|nobackend|hang TEST [ARGS...]" >&2
    exit 2
fi
mode=$1
test_program=$2
shift 2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tst-keychain.XXXXXX")
# Normally the bus and gnome-keyring are gone by now. A daemon that never got onto its bus
# (seen when a session ends right after --unlock) would live on, so stop whatever still runs
# with this run's HOME, by pid, then remove the directory.
cleanup() {
    for proc in /proc/[0-9]*; do
        pid=${proc#/proc/}
        [ "$pid" = $$ ] && continue
        if tr '\0' '\n' <"$proc/environ" 2>/dev/null | grep -qx "HOME=$tmp"; then
            echo "$0: stopping leftover process $pid ($(tr '\0' ' ' <"$proc/cmdline"))" >&2
            kill "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 143' INT TERM
# XDG_RUNTIME_DIR must exist (mode 700) before dbus-run-session, or gnome-keyring is activated
# twice and dbus warns about its transient service directory. The setup session of the locked
# modes gets its own, so the test's gnome-keyring cannot discover a daemon left from it.
mkdir -m 700 "$tmp/run" "$tmp/setup-run" "$tmp/data" "$tmp/config" "$tmp/cache"
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" \
    XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
# No display: with one, a locked gnome-keyring starts gcr-prompter on it and waits forever.
# No inherited bus, desktop or sandbox hints either: the mode alone decides the backend.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP KDE_SESSION_VERSION \
    GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export TELNYX_KEYCHAIN_MODE="$mode" QT_QPA_PLATFORM=offscreen

for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found (scripts/deps)" >&2; exit 1; }
done

# Unlocking creates login.keyring in the fresh XDG_DATA_HOME with this password.
unlock='printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null'
# A first session that only creates the login keyring (and runs "$@" in it). The lookup waits
# until the daemon serves the bus, so it exits with the bus instead of outliving it.
setup_keyring() {
    XDG_RUNTIME_DIR="$tmp/setup-run" dbus-run-session -- sh -c "$unlock"' &&
        { secret-tool lookup user none server none >/dev/null || true; } && "$@"' sh "$@"
}

rc=0
case "$mode" in
unlocked)
    dbus-run-session -- sh -c "$unlock"' && exec "$@"' sh "$test_program" "$@" || rc=$?
    ;;
hang)
    QT_NO_GLIB=1 dbus-run-session -- sh -c "$unlock"' && exec "$@"' sh "$test_program" "$@" \
        || rc=$?
    ;;
locked)
    setup_keyring true
    dbus-run-session -- "$test_program" "$@" || rc=$?
    ;;
locked-seeded)
    key='io.github.telnyxadmin.TelnyxAdmin/api-key/tst-keychain' # = tst_keychain.cpp kKey
    setup_keyring sh -c 'printf KEY0123-seeded |
        secret-tool store --label=TelnyxAdmin user "$1" server TelnyxAdmin type plaintext' \
        sh "$key"
    dbus-run-session -- "$test_program" "$@" || rc=$?
    ;;
nokeyring)
    dbus-run-session -- "$test_program" "$@" || rc=$?
    ;;
nobackend)
    "$test_program" "$@" || rc=$?
    ;;
*)
    echo "$0: unknown mode $mode" >&2
    rc=2
    ;;
esac
exit "$rc"
