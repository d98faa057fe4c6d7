#!/bin/sh
# Runs a command with a real Secret Service, so the keychain tests use gnome-keyring, not a fake:
#
#   sh test/with-keyring.sh npm run test:unit
#
# Where no usable D-Bus session bus is set (CI, containers) and dbus-run-session and
# gnome-keyring-daemon are installed, the command runs inside a private session bus with a
# gnome-keyring whose login collection is unlocked, and COMPANION_KEYRING=gnome-keyring tells the
# tests a real keychain is there. Its keyring files live in a temp folder (XDG_DATA_HOME for the
# daemon only): the command keeps the real HOME, so npm and node caches work as usual, and no
# keyring of the user is touched. Otherwise the command runs as it is and the keychain tests
# skip, saying why (on a desktop, set COMPANION_KEYRING yourself to test against your keyring).
#
# COMPANION_REQUIRE_KEYRING=1 turns "cannot provide a keyring" into a failure (for CI).
# The exit code is the command's.
set -u

if [ "$#" -eq 0 ]; then
  echo "usage: sh test/with-keyring.sh <command> [arguments...]" >&2
  exit 64
fi

say() { echo "with-keyring: $*" >&2; }

# cannot_provide <why> <command...>
cannot_provide() {
  why=$1
  shift
  if [ "${COMPANION_REQUIRE_KEYRING:-}" = "1" ]; then
    say "$why; COMPANION_REQUIRE_KEYRING=1, so this is an error"
    exit 1
  fi
  say "$why; running without a keychain (keychain tests will skip)"
  exec "$@"
}

secret_service_answers() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

# The inner half: runs inside the private bus, started below through dbus-run-session.
if [ "${COMPANION_KEYRING_STAGE:-}" = "inside" ]; then
  unset COMPANION_KEYRING_STAGE
  # In the foreground, so its pid is known and it is stopped with the command: a daemonised one
  # that is still starting when a short command ends misses the bus going away and stays behind.
  # --unlock reads the new login keyring's password from stdin; without it the login collection
  # does not exist and every write fails ("Object does not exist at path .../collection/login").
  printf 'companion-test' | XDG_DATA_HOME="$COMPANION_KEYRING_DIR/data" \
    XDG_RUNTIME_DIR="$COMPANION_KEYRING_DIR/run" \
    gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  daemon_pid=$!
  unset COMPANION_KEYRING_DIR
  trap 'kill "$daemon_pid" 2>/dev/null; wait "$daemon_pid" 2>/dev/null' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  waited=0
  until secret_service_answers; do
    waited=$((waited + 1))
    if [ "$waited" -gt 100 ]; then break; fi
    sleep 0.1
  done
  if secret_service_answers; then
    export COMPANION_KEYRING=gnome-keyring
  else
    say "gnome-keyring-daemon did not answer on the private bus within 10 s"
    if [ "${COMPANION_REQUIRE_KEYRING:-}" = "1" ]; then exit 1; fi
    say "running without a keychain (keychain tests will skip)"
  fi
  "$@"
  exit $?
fi

if [ -n "${COMPANION_KEYRING:-}" ]; then
  say "COMPANION_KEYRING=$COMPANION_KEYRING is set already; using that keychain"
  exec "$@"
fi

if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-send >/dev/null 2>&1 &&
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetId >/dev/null 2>&1; then
  # A live desktop session: do not put test entries into the user's own keyring unasked.
  cannot_provide "a session bus is running already (set COMPANION_KEYRING to test against its keyring)" "$@"
fi

if ! command -v dbus-run-session >/dev/null 2>&1; then
  cannot_provide "dbus-run-session is not installed" "$@"
fi
if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  cannot_provide "gnome-keyring-daemon is not installed" "$@"
fi
if ! command -v dbus-send >/dev/null 2>&1; then
  cannot_provide "dbus-send is not installed (needed to see the keyring answer)" "$@"
fi

keyring_dir=$(mktemp -d "${TMPDIR:-/tmp}/companion-keyring.XXXXXX") || exit 1
mkdir -p "$keyring_dir/data" "$keyring_dir/run" && chmod 700 "$keyring_dir/run"
trap 'rm -rf "$keyring_dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# dbus-run-session ends the bus (and with it the keyring daemon) when the command exits, and exits
# with the command's status. Its own complaints about fd limits in containers are harmless.
unset DBUS_SESSION_BUS_ADDRESS
COMPANION_KEYRING_STAGE=inside COMPANION_KEYRING_DIR="$keyring_dir" \
  dbus-run-session -- sh "$0" "$@"
status=$?
exit "$status"
