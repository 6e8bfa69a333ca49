#!/usr/bin/env bash
# The editor benchmark (issue 4): frame CPU time of the plan editor on a 1,000-measure plan, and
# the latency of a keystroke, in headless Chromium. Builds what it needs, then bench/editor/frames.mjs
# prints the figures with PASS/MISS. A missed target is reported, not fatal.
#   bash bench/editor/run.sh [--runs N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs

bash scripts/deps.sh
cmake --preset native >/dev/null
cmake --build --preset native --target rectify_bench_load -j2
cmake --preset web >/dev/null
cmake --build --preset web -j2

mkdir -p build/bench-editor
build/native/tests/rectify_bench_load --measures 1000 --runs 1 --out build/bench-editor/plan-1000.json >/dev/null
exec node bench/editor/frames.mjs --file build/bench-editor/plan-1000.json "$@"
