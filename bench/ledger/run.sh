#!/usr/bin/env bash
# The ledger benchmark (issue 5): frame CPU of the ledger at 10,000 rows against 100 rows, and the
# time of a sort and a filter of 10,000 rows, in headless Chromium. Builds what it needs, then
# bench/ledger/frames.mjs prints the figures with PASS/MISS. A missed target is reported, not fatal.
#   bash bench/ledger/run.sh [--runs N]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
bench_build_load
bench_build_web

mkdir -p build/bench-ledger
# 138 and 12,300 generated measures leave 101 and 10,075 live ones (about a fifth are tombstones).
for n in 138 12300; do
  [ -f build/bench-ledger/plan-$n.json ] || bench_plan $n build/bench-ledger/plan-$n.json
done
exec node bench/ledger/frames.mjs --small build/bench-ledger/plan-138.json --large build/bench-ledger/plan-12300.json "$@"
