#!/usr/bin/env bash
# React 19 + TypeScript fixture: `tsc -p .` (strict, skipLibCheck off) type-checks the app and
# src/type-checks.tsx against the packed package's element.d.ts and jsx.d.ts, `vite build`
# bundles it, and check.mjs serves dist/ and checks the page in headless Chromium.
# Run by scripts/test-embed.sh in target/embed/react/ with ROOT (the repository) set.
set -euo pipefail
: "${ROOT:?ROOT (the repository root) must be set; run scripts/test-embed.sh react}"

status=0
node_modules/.bin/tsc -p . > tsc.log 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ -s tsc.log ]; then
  sed 's/^/  tsc | /' tsc.log
  echo "embed: react: tsc -p . failed (exit $status)" >&2
  exit 1
fi
echo "embed: react: ok: tsc --strict: the JSX props, typed events, ref and $(grep -c '@ts-expect-error --' src/type-checks.tsx) rejected misuses in src/type-checks.tsx"

# Build; the log is shown whole, then any line that warns or errs fails the fixture.
source "$ROOT/tests/embed/lib.sh"
clean_build react 'vite build' '\(!\)' node_modules/.bin/vite build
emitted_wasm react dist

node "$ROOT/tests/embed/react/check.mjs" dist
