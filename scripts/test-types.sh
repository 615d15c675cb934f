#!/usr/bin/env bash
# Type-checks tests/types/usage.ts (strict) against pkg/index.d.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/index.d.ts ] || { echo "test-types: pkg/ missing; run 'make build'" >&2; exit 1; }
node_modules/.bin/tsc --noEmit -p tests/types
echo "types: 1 passed, 0 failed"
