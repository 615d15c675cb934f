#!/usr/bin/env bash
# Next.js App Router fixture: `next build` (production, Next 16's default bundler) against the
# packed tarball, `next start` on a free 127.0.0.1 port, then check.mjs in headless Chromium.
# Run by scripts/test-embed.sh in target/embed/next/ with ROOT (the repository) set.
set -euo pipefail
: "${ROOT:?ROOT (the repository root) must be set; run scripts/test-embed.sh next}"
export NEXT_TELEMETRY_DISABLED=1

# Build; the log is shown whole, then any line that warns or errs fails the fixture (Next
# prints warnings with a ⚠ prefix; nothing in a clean build's route table says warn or error).
source "$ROOT/tests/embed/lib.sh"
# With CI set (as CI machines do) and no .next/cache from an earlier build, Next prints
# "⚠ No build cache found. Please configure build caching ..." on every clean build: advice to
# the CI host about caching .next/cache, not a problem with the build or the package.
BUILD_LOG_ALLOW='^⚠ No build cache found\. Please configure build caching for faster rebuilds\.'
start=$(date +%s%N)
clean_build next 'next build' '⚠|✗' node_modules/.bin/next build
BUILD_MS=$(( ($(date +%s%N) - start) / 1000000 ))
export BUILD_MS
# The build must have emitted the WebAssembly as a static asset for the browser.
emitted_wasm next .next/static

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
URL="http://127.0.0.1:$port/"
node_modules/.bin/next start -H 127.0.0.1 -p "$port" > start.log 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 300); do
  curl -fsS -o /dev/null --max-time 2 "$URL" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { sed 's/^/  next start | /' start.log; echo "embed: next: next start exited" >&2; exit 1; }
  sleep 0.1
done
curl -fsS -o /dev/null --max-time 5 "$URL" || { sed 's/^/  next start | /' start.log; echo "embed: next: $URL does not answer" >&2; exit 1; }

status=0
node "$ROOT/tests/embed/next/check.mjs" "$URL" || status=$?
sed 's/^/  next start | /' start.log
if grep -Ein 'warn|error|⚠' start.log; then
  echo "embed: next: next start printed the warnings or errors above" >&2
  status=1
fi
exit "$status"
