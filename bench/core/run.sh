#!/usr/bin/env bash
# The core benchmark (issue 3) in one command: dependencies, the native and web builds of the
# benchmark targets only, the native half (rectify_bench_load: 10,000 measures, which also writes
# the plan file, and 1,000 measures), then the browser half (bench/core/browser.mjs), which prints
# every figure with PASS/MISS per target. Extra arguments go to browser.mjs, e.g. `--runs 9`.
# A missed target is reported, not fatal (exit 0); a broken build or measurement exits non-zero.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
RUNS=${BENCH_RUNS:-9}
bench_build_load
bench_build_web rectify_bench_core_web

SITE=build/web/bench-site/core
echo "bench: native, 10,000 measures" >&2
build/native/tests/rectify_bench_load --measures 10000 --runs "$RUNS" --out "$SITE/plan-10000.json" | tee "$SITE/native-10000.txt"
echo "bench: native, 1,000 measures" >&2
build/native/tests/rectify_bench_load --measures 1000 --runs "$RUNS" | tee "$SITE/native-1000.txt"

# Plain node: playwright-core needs the fetch globals (--no-experimental-fetch is only for running wasm under node).
exec node bench/core/browser.mjs --runs "$RUNS" --native-load "$SITE/native-10000.txt" --native-save "$SITE/native-1000.txt" "$@"
