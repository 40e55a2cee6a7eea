#!/usr/bin/env bash
# The README's two commands, exactly as written, on a fresh machine: a Debian 12 chroot built with debootstrap
# from this machine's own apt sources, holding only what a newcomer's machine has (Node and npm as this machine
# has them, python3, make, g++, git). It clones this repository's HEAD into it and runs
#   1. npm install && npm start   until the app answers on the address it printed (opened in Chromium)
#   2. npm ci && npm test         to its end, which must be `N passed, 0 failed` with the keychain test run
#   3. the README's CLI example   a test suite on the Offline demo: the passing one exits 0, the failing one 1
# and prints one line per command, PASS or FAIL, with the time taken and the longest silence.
#
#   sudo bash scripts/fresh-machine-check.sh [--report FILE] [--keep] [--break chromium]
#
# --report FILE  also writes the results as JSON (CI sums them into its last line)
# --keep         leaves the chroot in place (its path is printed) instead of removing it
# --break chromium  makes Chromium impossible to install in the chroot, to see the check fail with the reason
# Needs root (debootstrap, chroot, mounts); installs debootstrap with apt-get when it is missing.
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
report=""
keep=0
break_what=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --report) report=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --break) break_what=$2; shift 2 ;;
    *) echo "usage: $0 [--report FILE] [--keep] [--break chromium]" >&2; exit 64 ;;
  esac
done
[ -z "$report" ] || report=$(realpath -m "$report")

say() { printf '[fresh machine] %s\n' "$*"; }
results=()
record() { # name passed seconds silence detail
  results+=("$(printf '{"command":"%s","passed":%s,"seconds":%s,"longestSilenceSeconds":%s,"detail":%s}' \
    "$1" "$2" "$3" "$4" "$(node -e 'console.log(JSON.stringify(process.argv[1]))' "$5")")")
  printf '[fresh machine] %s  %-28s %4s s  (longest silence %s s)  %s\n' \
    "$([ "$2" = true ] && echo PASS || echo FAIL)" "$1" "$3" "$4" "$5"
}
write_report() {
  [ -n "$report" ] || return 0
  mkdir -p "$(dirname "$report")"
  (IFS=,; printf '{"commands":[%s]}\n' "${results[*]}") >"$report"
}

if [ "$(id -u)" -ne 0 ]; then
  say "needs root (debootstrap, chroot and mounts); run it with sudo."
  exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  say "installing debootstrap…"
  DEBIAN_FRONTEND=noninteractive apt-get -q update && apt-get -q install -y --no-install-recommends debootstrap ||
    { say "could not install debootstrap"; exit 1; }
fi

# This machine's own Debian mirror (deb822 sources first, then the one-line format).
mirror=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null)
[ -n "$mirror" ] || mirror=$(awk '$1=="deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
mirror=${mirror:-http://deb.debian.org/debian}

work=$(mktemp -d "${FRESH_MACHINE_DIR:-/var/tmp}/famulor-fresh.XXXXXX")
root="$work/root"
cleanup() {
  # Anything still running inside (a keyring daemon, the app) would keep the mounts busy.
  for proc in /proc/[0-9]*; do
    [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && kill -9 "${proc#/proc/}" 2>/dev/null
  done
  for mount in dev/shm dev/pts dev sys proc; do umount -l "$root/$mount" 2>/dev/null; done
  if [ "$keep" -eq 1 ]; then say "kept the chroot at $root"; else rm -rf "$work"; fi
}
trap cleanup EXIT

started=$(date +%s)
say "building a fresh Debian 12 in $root from $mirror (2–4 minutes)…"
# debootstrap says a line per package it fetches and unpacks: enough to show that it is moving.
debootstrap --variant=minbase --include=ca-certificates,python3,make,g++,git bookworm "$root" "$mirror" 2>&1 |
  tee "$work/debootstrap.log" |
  awk '/^I: (Retrieving|Unpacking|Configuring)/ && ++n % 40 == 0 {print "[fresh machine]   debootstrap: " $2 " " $3; fflush()}'
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
  tail -n 20 "$work/debootstrap.log"
  say "debootstrap failed"
  exit 1
fi
say "Debian 12 ready in $(($(date +%s) - started)) s"

# The same apt sources as this machine (with updates and security), so the chroot installs what it would.
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
  rm -f "$root/etc/apt/sources.list"
  for file in /etc/apt/sources.list.d/*.sources; do cp "$file" "$root/etc/apt/sources.list.d/"; done
elif [ -f /etc/apt/sources.list ]; then
  cp /etc/apt/sources.list "$root/etc/apt/sources.list"
fi
if [ "$break_what" = chromium ]; then
  printf 'Package: chromium\nPin: release *\nPin-Priority: -1\n' >"$root/etc/apt/preferences.d/no-chromium"
  say "broken on purpose: chromium cannot be installed in this chroot"
fi
cp /etc/resolv.conf /etc/hosts "$root/etc/"
# The certificate authorities this machine trusts beyond Debian's (a registry proxy's, say) are part of it too.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >/dev/null 2>&1 || say "could not add this machine's CA certificates"
fi

# Node and npm exactly as this machine has them, with their configuration (npm here builds native modules
# against Node's headers in /usr/include/node and reads its CA file from the global npmrc).
node_bin=$(readlink -f "$(command -v node)")
npm_dir=$(npm root -g)/npm
cp "$node_bin" "$root/usr/bin/node"
mkdir -p "$root/usr/lib/node_modules" "$root/usr/include"
cp -a "$npm_dir" "$root/usr/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/bin/npx"
[ -d /usr/include/node ] && cp -a /usr/include/node "$root/usr/include/node"
global_npmrc=$(npm config get globalconfig 2>/dev/null)
[ -f "$global_npmrc" ] && mkdir -p "$root$(dirname "$global_npmrc")" && cp "$global_npmrc" "$root$global_npmrc"
[ -f "$HOME/.npmrc" ] && cp "$HOME/.npmrc" "$root/root/.npmrc"

mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --bind /dev "$root/dev"
mount -t devpts devpts "$root/dev/pts" 2>/dev/null
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"

git clone -q "$repo" "$root/root/famulor-playground" || { say "could not clone $repo"; exit 1; }
say "cloned $(git -C "$repo" rev-parse --short HEAD) (committed work only) into the chroot"
[ -z "$(git -C "$repo" status --porcelain)" ] || say "note: uncommitted changes in $repo are not part of this check"

in_chroot() { # the newcomer's shell: a login-like environment, nothing of this machine's
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c "cd /root/famulor-playground && $1"
}
seconds_since() { echo $(($(date +%s) - $1)); }
silence_of() { node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(Math.round(r.longestSilenceMs/1000))' "$1" 2>/dev/null || echo "?"; }
field_of() { node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r[process.argv[2]]??"")' "$1" "$2" 2>/dev/null; }
watch="node $repo/scripts/fresh-machine/watch.mjs"

# 1. The run command, until the app answers on the address it printed.
run_command='npm install && npm start'
say "running: $run_command"
t0=$(date +%s)
setsid bash -c "$(declare -f in_chroot); root='$root'; in_chroot '$run_command' 2>&1 | $watch '$work/run.log' '$work/run.json' --until-url" &
run_pid=$!
url=""
while kill -0 "$run_pid" 2>/dev/null && [ "$(seconds_since "$t0")" -lt 900 ]; do
  url=$(field_of "$work/run.json" url)
  [ -n "$url" ] && break
  sleep 1
done
if [ -z "$url" ]; then
  record "$run_command" false "$(seconds_since "$t0")" "$(silence_of "$work/run.json")" \
    "it printed no address; last lines: $(tail -n 3 "$work/run.log" | tr '\n' ' ' | cut -c1-300)"
else
  shot="${report%.json}-app.png"
  [ -n "$report" ] || shot="$work/app.png"
  if opened=$(cd "$repo" && node scripts/fresh-machine/openApp.mjs "$url" "$shot" 2>&1); then
    record "$run_command" true "$(seconds_since "$t0")" "$(silence_of "$work/run.json")" "$opened"
  else
    record "$run_command" false "$(seconds_since "$t0")" "$(silence_of "$work/run.json")" \
      "the address did not show the app: $(echo "$opened" | head -n 3 | tr '\n' ' ' | cut -c1-300)"
  fi
fi
kill -TERM -- "-$run_pid" 2>/dev/null
for proc in /proc/[0-9]*; do # the app's processes inside the chroot, before the next command
  [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && kill -9 "${proc#/proc/}" 2>/dev/null
done
wait "$run_pid" 2>/dev/null

# 2. The test command, to its end.
test_command='npm ci && npm test'
say "running: $test_command"
t0=$(date +%s)
in_chroot "$test_command" 2>&1 | $watch "$work/test.log" "$work/test.json"
test_status=${PIPESTATUS[0]}
summary=$(grep -E ' [0-9]+ passed, [0-9]+ failed' "$work/test.log" | tail -n 1 | sed -E 's/^ *[0-9]+\.[0-9] //')
keychain=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const t = r.testResults.flatMap((f) => f.assertionResults).find((a) => a.fullName.includes("the real OS keychain"));
  console.log(t ? t.status : "absent");' "$root/root/famulor-playground/reports/vitest.json" 2>/dev/null || echo "absent")
if [ "$test_status" -eq 0 ] && [[ "$summary" == *" 0 failed"* ]] && [ "$keychain" = passed ]; then
  record "$test_command" true "$(seconds_since "$t0")" "$(silence_of "$work/test.json")" \
    "$summary; the keychain test ran against gnome-keyring"
else
  record "$test_command" false "$(seconds_since "$t0")" "$(silence_of "$work/test.json")" \
    "exit $test_status; ${summary:-no summary line}; keychain test: $keychain; last lines: $(grep -v '^ *[0-9.]* *$' "$work/test.log" | tail -n 4 | cut -c9- | tr '\n' ' ' | cut -c1-400)"
fi

# 3. The README's CLI example, on what the test command installed: a passing suite exits 0, a failing one 1.
cli_command="npx famulor-playground test examples/suites/clara.suite.yaml --profile 'Offline demo'"
say "running: $cli_command (and the failing example)"
t0=$(date +%s)
in_chroot "$cli_command --out /tmp/cli-pass" >"$work/cli.log" 2>&1
pass_status=$?
in_chroot "${cli_command/clara.suite/clara-regression.suite} --out /tmp/cli-fail" >>"$work/cli.log" 2>&1
fail_status=$?
if [ "$pass_status" -eq 0 ] && [ "$fail_status" -eq 1 ] && [ -s "$root/tmp/cli-fail/junit.xml" ]; then
  record "npx famulor-playground test" true "$(seconds_since "$t0")" 0 \
    "the example suite exits 0, the failing example 1 with its JUnit report"
else
  record "npx famulor-playground test" false "$(seconds_since "$t0")" 0 \
    "exits $pass_status and $fail_status (0 and 1 wanted); last lines: $(tail -n 4 "$work/cli.log" | tr '\n' ' ' | cut -c1-400)"
fi

write_report
say "took $(seconds_since "$started") s in all"
for result in "${results[@]}"; do [[ "$result" == *'"passed":false'* ]] && exit 1; done
exit 0
