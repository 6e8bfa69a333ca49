#!/usr/bin/env bash
# The ledger benchmark (issue 5): frame CPU of the ledger at 10,000 rows against 100 rows, and the
# time of a sort and a filter of 10,000 rows, in headless Chromium. Builds what it needs, then
# bench/ledger/frames.mjs prints the figures with PASS/MISS. A missed target is reported, not fatal.
#   bash bench/ledger/run.sh [--runs N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs

bash scripts/deps.sh
cmake --preset native >/dev/null
cmake --build --preset native --target rectify_bench_load -j2
cmake --preset web >/dev/null
cmake --build --preset web -j2

mkdir -p build/bench-ledger
# 138 and 12,300 generated measures leave 101 and 10,075 live ones (about a fifth are tombstones).
for n in 138 12300; do
  [ -f build/bench-ledger/plan-$n.json ] ||
    build/native/tests/rectify_bench_load --measures $n --runs 1 --out build/bench-ledger/plan-$n.json >/dev/null
done
exec node bench/ledger/frames.mjs --small build/bench-ledger/plan-138.json --large build/bench-ledger/plan-12300.json "$@"
