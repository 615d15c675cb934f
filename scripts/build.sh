#!/usr/bin/env bash
# Builds the npm package into pkg/: wasm-pack (--target web), a pinned wasm-opt, then the files
# from pkg-template/ and the custom element from www/ laid over wasm-pack's output.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin:$PATH"

# OUT=dir builds elsewhere (default pkg/); FEATURES=a,b adds cargo features to `wasm`, e.g.
# `OUT=target/pkg-trap FEATURES=test-trap scripts/build.sh` for the trap tests' variant.
OUT="${OUT:-pkg}"
FEATURES="wasm${FEATURES:+,$FEATURES}"
case "$OUT" in
  . | ./ | / | .. | ../*) echo "build: refusing OUT=$OUT (it is deleted first)" >&2; exit 1 ;;
esac
WASM="$OUT/qwen_or_llama_bg.wasm"
# npm binaryen (pinned in package-lock.json); set WASM_OPT=/usr/bin/wasm-opt to use Debian's.
WASM_OPT="${WASM_OPT:-node_modules/.bin/wasm-opt}"
# Explicit features: Rust >= 1.82 emits them by default, and wasm-opt must be told (TOOLCHAIN.md §3).
# Not -Oz: on rustc's opt-level "z" output it makes the file smaller raw but 3 KB *larger* gzipped
# (it inlines and reorders what gzip had found repetitive). These passes only drop and merge
# (unused items, duplicate functions, locals), which helps both. Rerun `make size` to compare.
WASM_OPT_FLAGS=(--remove-unused-module-elements --duplicate-function-elimination
  --coalesce-locals --reorder-locals
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue
  --strip-debug --strip-producers --strip-target-features)
# www/ files that belong to the demo page, not to the package.
DEMO_ONLY=(demo.js serve.js)

[ -x "$WASM_OPT" ] || { echo "build: $WASM_OPT missing; run 'make setup'" >&2; exit 1; }

rm -rf "$OUT"
# --mode no-install: fail fast instead of downloading a wasm-bindgen that differs from Cargo.lock.
# The filter drops one harmless notice; PIPESTATUS keeps wasm-pack's own exit status.
set +e
wasm-pack build --mode no-install --release --target web --out-dir "$OUT" --no-pack --no-typescript \
  -- --no-default-features --features "$FEATURES" 2>&1 | grep -v '^\[INFO\]: Optional field missing'
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || { echo "build: wasm-pack failed (exit $status)" >&2; exit 1; }
[ -f "$WASM" ] || { echo "build: wasm-pack did not produce $WASM" >&2; exit 1; }

"$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "$WASM" -o "$WASM.tmp"
mv "$WASM.tmp" "$WASM"

# wasm-pack's own package.json/README/.gitignore would conflict with the template's.
rm -f "$OUT/package.json" "$OUT/README.md" "$OUT/.gitignore" "$OUT/LICENSE"
cp -R pkg-template/. "$OUT/"
# The built-in catalog and its schema ship as files too, so a vendor starts from the real thing.
cp data/catalog.json data/catalog.schema.json "$OUT/"
# The test-only trap hook (index.js's `test-trap` blocks) ships only in test-trap builds.
if [[ ",$FEATURES," != *",test-trap,"* ]]; then
  sed -i '/\/\/ test-trap: begin/,/\/\/ test-trap: end/d' "$OUT/index.js"
  if grep -n 'trapNext\|__testTrap\|test-trap' "$OUT/index.js"; then
    echo "build: $OUT/index.js still holds the test trap hook (above)" >&2
    exit 1
  fi
fi

# The custom element is written in www/. Until it exists, pkg/element.js is the template's
# placeholder (it defines nothing and says so).
if [ -f www/qwen-or-llama-element.js ] && [ -f www/qwen-or-llama-define.js ]; then
  for f in www/*.js; do
    name=$(basename "$f")
    skip=
    for d in "${DEMO_ONLY[@]}"; do [ "$name" = "$d" ] && skip=1; done
    [ -n "$skip" ] || cp "$f" "$OUT/$name"
  done
  for f in www/*.css; do [ -f "$f" ] && cp "$f" "$OUT/"; done
  # The package entry "./element" registers the element (the define module has the side effect).
  printf "export * from './qwen-or-llama-define.js';\nexport { default } from './qwen-or-llama-define.js';\n" > "$OUT/element.js"  # custom-elements.json, generated from the element's code and JSDoc.
  node scripts/manifest.mjs "$OUT"
fi

# The version in the npm package is the crate's.
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
node -e '
  const fs = require("fs"); const p = process.argv[1] + "/package.json";
  const j = JSON.parse(fs.readFileSync(p, "utf8")); j.version = process.argv[2];
  fs.writeFileSync(p, JSON.stringify(j, null, 2) + "\n");' "$OUT" "$version"

echo "build: $WASM $(stat -c%s "$WASM") B raw, $(gzip -9c "$WASM" | wc -c) B gzip"
