#!/usr/bin/env bash
# webpack fixture: an app (public/index.html, src/main.js) importing 'qwen-or-llama/element' and
# the headless API, bundled by webpack 5 in production mode through its Node API (build.mjs, no
# webpack-cli) against the packed tarball; then check.mjs inspects dist/ and checks the page in
# headless Chromium. Run by scripts/test-embed.sh in target/embed/webpack/ with ROOT set.
set -euo pipefail
: "${ROOT:?ROOT (the repository root) must be set; run scripts/test-embed.sh webpack}"

# Build; the log is shown whole. build.mjs fails on stats.hasErrors() or stats.hasWarnings()
# (listing them); any line of the log that warns or errs fails the fixture too.
source "$ROOT/tests/embed/lib.sh"
clean_build webpack webpack 'critical dependency' node build.mjs
emitted_wasm webpack dist
echo "embed: webpack: ok: webpack 5 production build: stats has no warning or error, none in the log"

node "$ROOT/tests/embed/webpack/check.mjs" dist
