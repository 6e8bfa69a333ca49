#!/usr/bin/env bash
# The startup benchmark in one command: dependencies, web preset build (app + bare hello page), then
# bench/startup.mjs (serves both, measures in headless Chromium, prints and writes
# bench/results/startup.json). Extra arguments go to startup.mjs, e.g. `--runs 9`.
# A missed target is reported, not fatal; a broken build of the hello page or measurement is.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_build_web bench_hello

# The app and its site (target rectify_site: the app, web/, the fonts, and the service worker written for
# exactly these files — building rectify_app alone left a site whose sw.js no longer matched). The unit
# tests are not needed here. While the app cannot build, measure the floor alone rather than a
# stale site from an older build.
APP_ARGS=()
if ! cmake --build --preset web --target rectify_site -j2; then
  echo "bench: the app did not build; measuring the hello page only" >&2
  APP_ARGS=(--no-app)
fi

# Plain node: playwright-core needs the fetch globals (--no-experimental-fetch is only for running wasm under node).
exec node bench/startup.mjs "${APP_ARGS[@]}" "$@"
