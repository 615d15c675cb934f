# Node 20 without a bundler: the headless API, every way of handing ready() the module, and the
# pre-render for static site generators, against the installed tarball.
set -euo pipefail
node headless.mjs
# ready(input) takes the module once per process, so each form gets a fresh one.
for form in bytes module response promise; do node ready-input.mjs "$form"; done
node prerender.mjs
