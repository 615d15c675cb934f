#!/usr/bin/env bash
# Builds tests/bundler/ (a tiny Vite app using the packed tarball) in a temporary copy and runs
# the built page in headless Chromium: the page title must carry the verdict the wasm computed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/lib.sh
[ -f pkg/index.js ] || { echo "test-bundler: pkg/ missing; run 'make build'" >&2; exit 1; }

tarball=$(pack_tarball)
tmp=$(mktemp -d /tmp/qwen-or-llama-bundler.XXXXXX)
cleanup() { rm -rf "$tmp"; }
cp -R tests/bundler/. "$tmp/"
rm -rf "$tmp/node_modules" "$tmp/dist" "$tmp/package-lock.json"
(cd "$tmp" && npm pkg set "dependencies.qwen-or-llama=file:$tarball" >/dev/null \
  && npm install --no-audit --no-fund --silent)
# Vite itself is the repo's pinned devDependency; the app's only dependency is the tarball.
(cd "$tmp" && "$root/node_modules/.bin/vite" build 2>&1) | tee "$tmp/build.log"
if grep -qiE 'warn|error|externalized' "$tmp/build.log"; then
  echo "test-bundler: FAIL: vite build printed warnings or errors (above)" >&2
  exit 1
fi
ls "$tmp"/dist/assets/*.wasm >/dev/null || { echo "test-bundler: FAIL: no .wasm asset emitted" >&2; exit 1; }
serve "$tmp/dist"
trap 'kill "$SERVER_PID" 2>/dev/null || true; cleanup' EXIT
node tests/bundler/run.mjs "$SERVER_URL/index.html"
