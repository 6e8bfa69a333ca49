#!/usr/bin/env bash
# Command (a) of the README: install what is missing, build the app and serve it locally.
#   bash scripts/run.sh [--port N] [--host H]
# Prints the URL to open. Ctrl+C stops the server.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash scripts/deps.sh
export NODE_PATH=/usr/share/nodejs
cmake --preset web >/dev/null
cmake --build --preset web --target rectify_app
echo
exec node scripts/serve.mjs --root build/web/site "$@"
