#!/usr/bin/env bash
# End-to-end tests of the <qwen-or-llama> element and the demo page in headless Debian Chromium
# (tests/e2e/*.test.mjs, playwright-core), against the built pkg/ served from the repo root.
# Screenshots go to tests/e2e/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

if [ ! -f pkg/index.js ] || [ ! -f pkg/qwen_or_llama_bg.wasm ]; then
  echo "test-e2e: pkg/ missing; run 'make build' first" >&2
  exit 1
fi
for src in www/qwen-or-llama-*.js; do
  f=$(basename "$src")
  if ! cmp -s "www/$f" "pkg/$f"; then
    echo "test-e2e: pkg/$f is missing or older than www/$f; run 'make build' first" >&2
    exit 1
  fi
done
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "test-e2e: ${CHROMIUM:-/usr/bin/chromium} missing; run 'make setup'" >&2; exit 1; }
[ -d node_modules/playwright-core ] && [ -f node_modules/axe-core/axe.min.js ] \
  || { echo "test-e2e: playwright-core or axe-core missing; run 'make setup'" >&2; exit 1; }

serve .
export E2E_BASE_URL="$SERVER_URL"
start=$(date +%s)
node --test --test-reporter=spec tests/e2e/*.test.mjs
echo "e2e: passed in $(( $(date +%s) - start ))s; screenshots in tests/e2e/screenshots/"
