#!/usr/bin/env bash
# The editor benchmark (issue 4): frame CPU time of the plan editor on a 1,000-measure plan, and
# the latency of a keystroke, in headless Chromium. Builds what it needs, then bench/editor/frames.mjs
# prints the figures with PASS/MISS. A missed target is reported, not fatal.
#   bash bench/editor/run.sh [--runs N]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
bench_build_load
bench_build_web

mkdir -p build/bench-editor
bench_plan 1000 build/bench-editor/plan-1000.json
exec node bench/editor/frames.mjs --file build/bench-editor/plan-1000.json "$@"
