#!/usr/bin/env bash
# Vite fixture: a vanilla app (index.html, src/main.js) importing 'qwen-or-llama/element' and the
# headless API, built with `vite build` (production, no config) against the packed tarball; then
# check.mjs inspects dist/ and checks the page in headless Chromium.
# Run by scripts/test-embed.sh in target/embed/vite/ with ROOT (the repository) set.
set -euo pipefail
: "${ROOT:?ROOT (the repository root) must be set; run scripts/test-embed.sh vite}"

source "$ROOT/tests/embed/lib.sh"

# Build; the log is shown whole, then any line that warns or errs fails the fixture.
clean_build vite 'vite build' '\(!\)' node_modules/.bin/vite build
emitted_wasm vite dist
echo "embed: vite: ok: vite build: no warning or error in the log"

node "$ROOT/tests/embed/vite/check.mjs" dist
node "$ROOT/tests/embed/vite/csp-matrix.mjs" dist
