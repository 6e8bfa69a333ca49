#!/usr/bin/env bash
# The plan package benchmark (issue 19): 200 files of 3 MB exported as a package and imported in
# a second browser profile, with times and memory peaks; see bench/package/package.mjs.
#   bash bench/package/run.sh [--files N] [--mb M]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
bench_build_web rectify_site
exec node bench/package/package.mjs "$@"
