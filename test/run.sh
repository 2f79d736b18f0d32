#!/usr/bin/env bash
# The README's test command (`npm test`): installs what is missing, then typecheck, unit tests,
# a build of the default course and browser tests in Debian's Chromium. Ends with one line
# "N passed, N failed" over unit and browser tests, so a run that tested nothing shows.
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
step() { echo; echo "── $1"; }

step "typecheck"
npm run --silent typecheck || { status=1; broken_steps=$((broken_steps + 1)); }

step "lint"
npm run --silent lint || { status=1; broken_steps=$((broken_steps + 1)); }

step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

step "build the default course"
npm run --silent build || { status=1; broken_steps=$((broken_steps + 1)); }

step "browser tests"
npx playwright test || status=1

step "summary"
npx tsx test/support/summary.ts --broken-steps "$broken_steps" test-results/unit.json test-results/browser.json || status=1
exit $status
