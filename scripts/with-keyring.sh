#!/bin/sh
# Runs a command where keytar can reach a real, unlocked Secret Service.
#
# On a Linux machine without a D-Bus session bus (CI, containers), it starts a private bus with
# dbus-run-session and an unlocked gnome-keyring inside it, with a random password and a throw-away
# keyring folder, so the real user's keyrings are never touched. Anywhere else (a desktop session,
# macOS, Windows, or no dbus-run-session/gnome-keyring-daemon installed) it runs the command as it is.
#
#   bash scripts/with-keyring.sh npx vitest run --project node src/main/secrets
set -eu

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [arguments...]" >&2
  exit 64
fi

if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec "$@"
fi

if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "with-keyring: no D-Bus session bus, and dbus-run-session or gnome-keyring-daemon is missing;" >&2
  echo "with-keyring: running without a Secret Service (keychain tests will report that they were skipped)." >&2
  exec "$@"
fi

KEYRING_HOME=$(mktemp -d "${TMPDIR:-/tmp}/famulor-keyring.XXXXXX")
KEYRING_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export KEYRING_HOME KEYRING_PASSWORD

status=0
# The daemon keeps its keyrings under $XDG_DATA_HOME/keyrings: point it at the throw-away folder only.
dbus-run-session -- sh -c '
  printf "%s" "$KEYRING_PASSWORD" | XDG_DATA_HOME="$KEYRING_HOME" gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset KEYRING_PASSWORD KEYRING_HOME
  exec "$@"
' with-keyring "$@" || status=$?

rm -rf "$KEYRING_HOME"
exit "$status"
