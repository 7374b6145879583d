#!/usr/bin/env bash
# `npm start`: installs what is missing, then serves the app on the default dataset.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/ensure-deps.sh
echo "› Stancegraph on http://127.0.0.1:5173/"
exec ./node_modules/.bin/vite --host 127.0.0.1 --port 5173
