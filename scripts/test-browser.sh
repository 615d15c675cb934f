#!/usr/bin/env bash
# The JS boundary suite (tests/js/cases.mjs) in headless Chromium, against pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
[ -f pkg/index.js ] || { echo "test-browser: pkg/ missing; run 'make build'" >&2; exit 1; }
serve .
node tests/js/run-browser.mjs "$SERVER_URL/tests/js/browser.html"
