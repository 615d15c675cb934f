#!/usr/bin/env bash
# Type-checks tests/types/usage.ts (strict) against pkg/index.d.ts, then real results of the
# built package against the generated types (tests/types/results.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/index.d.ts ] || { echo "test-types: pkg/ missing; run 'make build'" >&2; exit 1; }
node_modules/.bin/tsc --noEmit -p tests/types
node tests/types/results.mjs
node_modules/.bin/tsc --noEmit -p target/types-results
echo "types: 2 passed, 0 failed"
