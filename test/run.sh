#!/usr/bin/env bash
# The README's test command (`npm test`): installs what is missing, then typecheck, lint, a build of
# the default course, unit tests and browser tests in Debian's Chromium. Prints each step's wall time,
# its own CPU time and the machine's busy time, and ends with one line "N passed, N failed" over unit
# and browser tests, so a run that tested nothing shows. When the build fails, the browser tests are
# not run against an older dist/web: they are skipped and each counts as failed.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the browser tests…"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq chromium >/dev/null || { echo "Could not install chromium"; exit 1; }
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi

rm -rf test-results && mkdir -p test-results
status=0
broken_steps=0   # a failed typecheck, lint or build counts as one failure in the summary line
not_run=0        # browser tests skipped because the build failed: each counts as a failure
steps=test-results/steps.tsv

# CPU seconds (user + sys) of this script's finished child processes. `times` runs in this shell, not a
# subshell (a subshell's own counters start at zero).
cpu_now() {
  times > test-results/.times
  CPU=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.2f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' test-results/.times)
}

# Busy CPU seconds of the whole machine (/proc/stat: all but idle and iowait). Chromium's renderers are
# forked by its zygote and never reaped by this script's children, so `times` misses most of the
# browser step's CPU (measured: 13.6 s counted, 29 s used, for one spec); this figure holds it, plus
# whatever else the machine ran meanwhile.
machine_now() {
  local _ user=0 nice=0 system=0 idle=0 iowait=0 irq=0 softirq=0 steal=0
  [ -r /proc/stat ] && read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
  MACHINE=$(awk -v t="$((user + nice + system + irq + softirq + steal))" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }')
}

# step NAME COMMAND...: runs the command, prints and records how long it took.
step() {
  local name=$1 wall0=$EPOCHREALTIME cpu0 code
  shift
  echo; echo "── $name"
  cpu_now; cpu0=$CPU
  machine_now; machine0=$MACHINE
  "$@"; code=$?
  cpu_now
  machine_now
  local wall cpu machine
  wall=$(awk -v a="$wall0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  cpu=$(awk -v a="$cpu0" -v b="$CPU" 'BEGIN { printf "%.1f", b - a }')
  machine=$(awk -v a="$machine0" -v b="$MACHINE" 'BEGIN { printf "%.1f", b - a }')
  echo "── $name: $([ "$code" -eq 0 ] && echo passed || echo "failed (exit $code)") in ${wall} s (CPU ${cpu} s; machine busy ${machine} s)"
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$code" "$wall" "$cpu" "$machine" >> "$steps"
  return "$code"
}

step "typecheck" npm run --silent typecheck || { status=1; broken_steps=$((broken_steps + 1)); }

step "lint" npm run --silent lint || { status=1; broken_steps=$((broken_steps + 1)); }

# The README's build command, first: the unit tests read this build of the default course (CLI output,
# report, zips) instead of making one of their own, and the browser tests open its dist/web.
build_default() {
  mkdir -p test-results/fixtures && npm run --silent build 2>&1 | tee test-results/fixtures/default-build.log
}
built=0 default_build=""
if step "build the default course" build_default; then built=1 default_build=dist; else status=1; broken_steps=$((broken_steps + 1)); fi

WACHSAM_DEFAULT_BUILD=$default_build step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

reports=(test-results/unit.json)
if [ "$built" -eq 1 ]; then
  reports+=(test-results/browser.json)
  step "browser tests" npx playwright test || status=1
else
  not_run=$(npx playwright test --list 2>/dev/null | sed -n 's/^Total: \([0-9]*\) tests\? in .*/\1/p')
  not_run=${not_run:-1}
  echo; echo "── browser tests: not run, the build failed (dist/web is not this code's build); $not_run tests counted as failed"
  printf '%s\t%s\t%s\t%s\t%s\n' "browser tests" "skipped" "0" "0" "0" >> "$steps"
fi

echo; echo "── summary"
npx tsx test/support/summary.ts --steps "$steps" --broken-steps "$broken_steps" --not-run "$not_run" "${reports[@]}" || status=1
exit $status
