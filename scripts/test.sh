#!/usr/bin/env bash
# Command (b) of the README: install what is missing, build everything and run every test.
#   bash scripts/test.sh
# 1. unit tests, native (g++)      3. fuzzing the file loader for a bounded time (libFuzzer)
# 2. unit tests as wasm under node 4. end-to-end tests in headless Chromium (Playwright)
# Artifacts (screenshots) go to test-results/. Exits non-zero when anything fails.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JOBS=${JOBS:-$(nproc)}
step() { printf '\n\033[1;32m==> %s\033[0m\n' "$*"; }

step "dependencies"
bash scripts/deps.sh
export NODE_PATH=/usr/share/nodejs

step "native build and unit tests"
cmake --preset native >/dev/null
cmake --build --preset native -j "$JOBS"
ctest --preset native -j "$JOBS"

step "wasm build, unit tests under node"
cmake --preset web >/dev/null
cmake --build --preset web -j "$JOBS"
ctest --preset web -j "$JOBS"

if [ -x tests/fuzz/run.sh ]; then
  step "fuzzing the plan-file loader (${FUZZ_SECONDS:-60} s)"
  bash tests/fuzz/run.sh -max_total_time="${FUZZ_SECONDS:-60}"
fi

step "end-to-end tests in headless Chromium"
rm -rf test-results && mkdir -p test-results
node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/
