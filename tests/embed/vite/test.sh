#!/usr/bin/env bash
# Vite fixture: a vanilla app (index.html, src/main.js) importing 'qwen-or-llama/element' and the
# headless API, built with `vite build` (production, no config) against the packed tarball; then
# check.mjs inspects dist/ and checks the page in headless Chromium.
# Run by scripts/test-embed.sh in target/embed/vite/ with ROOT (the repository) set.
set -euo pipefail
: "${ROOT:?ROOT (the repository root) must be set; run scripts/test-embed.sh vite}"

# Build; the log is shown whole, then any line that warns or errs fails the fixture.
status=0
node_modules/.bin/vite build > build.log 2>&1 || status=$?
sed 's/^/  vite build | /' build.log
if [ "$status" -ne 0 ]; then
  echo "embed: vite: vite build failed (exit $status)" >&2
  exit 1
fi
if grep -Ein 'warn|error|deprecat|\(!\)' build.log; then
  echo "embed: vite: vite build printed the warnings or errors above" >&2
  exit 1
fi
if ! find dist -name '*.wasm' | grep -q .; then
  echo "embed: vite: vite build emitted no .wasm under dist/ (inlined, or not found)" >&2
  exit 1
fi
echo "embed: vite: ok: vite build: no warning or error in the log"

node "$ROOT/tests/embed/vite/check.mjs" dist
node "$ROOT/tests/embed/vite/csp-matrix.mjs" dist
