# The one-tag snippet from the package README, on static pages under the documented CSPs:
# same origin, a second origin (a CDN), an SPA that swaps the element 100 times, and two copies
# of the package on one page. check.mjs builds the pages and serves them.
set -euo pipefail
node "$ROOT/tests/embed/static/check.mjs" "$PWD"
node "$ROOT/tests/embed/static/csp-matrix.mjs" "$PWD"
