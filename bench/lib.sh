# shellcheck shell=bash
# Sourced by the benchmark scripts (bench/run.sh, bench/*/run.sh): the repository root as the
# working directory, the pinned dependencies, and the builds they share. Sourcing it runs deps.sh.
#   source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs # emcc needs acorn from Debian's node modules

bash scripts/deps.sh

# rectify_bench_load: generates the benchmark workspaces (and times loading them natively).
bench_build_load() {
  cmake --preset native >/dev/null
  cmake --build --preset native --target rectify_bench_load -j2
}

# The web preset: all of it, or only the targets named.
bench_build_web() {
  cmake --preset web >/dev/null
  if [ $# -eq 0 ]; then
    cmake --build --preset web -j2
  else
    cmake --build --preset web --target "$@" -j2
  fi
}

# A generated workspace of about N measures (some deleted, as in real plans), written to FILE.
bench_plan() { build/native/tests/rectify_bench_load --measures "$1" --runs 1 --out "$2" >/dev/null; }
