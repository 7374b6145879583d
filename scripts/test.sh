#!/usr/bin/env bash
# `npm test`: every check and test, from a fresh clone. Installs the npm packages and (as root)
# Debian's Chromium when missing, then: type check, lint, production build (the app, then the
# command line: the tests run the built CLI), unit and browser tests.
# Each step runs even when an earlier one failed, so one run shows everything; the exit status is
# non-zero when any step failed. Step results go to test-results/steps.txt, Vitest's to
# test-results/vitest.json (.ci/run counts both).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p test-results
: > test-results/steps.txt
rm -f test-results/vitest.json
status=0

step() {
  local name=$1; shift
  echo; echo "━━ $name: $*"
  if "$@"; then echo "$name ok" >> test-results/steps.txt
  else echo "$name FAILED" >> test-results/steps.txt; echo "✗ $name failed"; status=1
  fi
}

bash scripts/ensure-deps.sh || { echo "npm ci failed" >&2; echo "install FAILED" >> test-results/steps.txt; exit 1; }
step chromium bash scripts/ensure-chromium.sh
step typecheck ./node_modules/.bin/tsc --noEmit -p tsconfig.json
step lint ./node_modules/.bin/eslint .
step build ./node_modules/.bin/vite build --logLevel warn
step cli ./node_modules/.bin/tsx scripts/cli/build.ts
step vitest ./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
exit $status
