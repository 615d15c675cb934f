#!/usr/bin/env bash
# Packs pkg/, checks the tarball's exact file list, installs it into a throwaway project and
# imports it in Node, then runs the README API examples against the installed package.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
[ -f pkg/index.js ] || { echo "test-pack: pkg/ missing; run 'make build'" >&2; exit 1; }

tarball=$(pack_tarball)

# The expected list: the fixed files, plus the element's files from www/ once they exist.
expected=(LICENSE README.md catalog.json catalog.schema.json custom-elements.json element.d.ts element.js
  index.d.ts jsx.d.ts prerender.d.ts prerender.js
  index.js package.json qwen_or_llama.js qwen_or_llama_bg.wasm types.d.ts)
for f in pkg/qwen-or-llama-*.js pkg/*.css; do
  [ -f "$f" ] && expected+=("$(basename "$f")")
done
actual=$(tar -tzf "$tarball" | sed 's|^package/||' | sort)
want=$(printf '%s\n' "${expected[@]}" | sort)
if [ "$actual" != "$want" ]; then
  echo "test-pack: FAIL: tarball file list differs (< expected, > actual):" >&2
  diff <(echo "$want") <(echo "$actual") >&2 || true
  exit 1
fi
echo "test-pack: ok: tarball has exactly: $(echo $actual)"

tmp=$(mktemp -d /tmp/qwen-or-llama-pack.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm pkg set type=module >/dev/null \
  && npm install --no-audit --no-fund --silent "$tarball")
cat > "$tmp/smoke.mjs" <<'JS'
import assert from 'node:assert/strict';
import { ready, recommend, questions, catalog, validateCatalog, version, dataAsOf } from 'qwen-or-llama';
import pkg from 'qwen-or-llama/package.json' with { type: 'json' };
assert.equal(typeof globalThis.window, 'undefined');
await ready();
const r = recommend({ language: 'zh' });
assert.equal(r.verdict.family, 'qwen');
assert.ok(questions('zh').length > 0);
assert.equal(validateCatalog(catalog()).ok, true);
assert.equal(version(), pkg.version);
assert.match(dataAsOf(), /^\d{4}-\d{2}-\d{2}$/);
// The catalog and its schema ship as JSON files: the file is the built-in catalog.
const { default: file } = await import('qwen-or-llama/catalog.json', { with: { type: 'json' } });
const { default: schema } = await import('qwen-or-llama/catalog.schema.json', { with: { type: 'json' } });
assert.equal(file.$schema, './catalog.schema.json');
assert.equal(schema.title, 'Catalog');
const checked = validateCatalog(file);
assert.equal(checked.ok, true, JSON.stringify(checked.problems));
assert.equal(checked.models, catalog().models.length);
assert.deepEqual(recommend({}, { catalog: file }), recommend({}));
// The .wasm is exported for self-hosting.
assert.ok(import.meta.resolve('qwen-or-llama/qwen_or_llama_bg.wasm').endsWith('qwen_or_llama_bg.wasm'));
console.log(`test-pack: ok: installed qwen-or-llama@${version()} imports and answers in Node ${process.version}: ${r.verdict.summary}`);
JS
(cd "$tmp" && node smoke.mjs)

# README examples: the code between <!-- api-example --> markers, run against the installed package.
n=0
for readme in README.md pkg/README.md; do
  node -e '
    const text = require("fs").readFileSync(process.argv[1], "utf8");
    const m = text.match(/<!-- api-example -->\s*```js\n([\s\S]*?)```\s*<!-- \/api-example -->/);
    if (!m) { console.error(`no <!-- api-example --> block in ${process.argv[1]}`); process.exit(1); }
    process.stdout.write(m[1]);' "$readme" > "$tmp/example.mjs"
  (cd "$tmp" && node example.mjs > example.out) || { echo "test-pack: FAIL: the API example in $readme failed" >&2; exit 1; }
  [ -s "$tmp/example.out" ] || { echo "test-pack: FAIL: the API example in $readme printed nothing" >&2; exit 1; }
  echo "test-pack: ok: the API example in $readme runs: $(head -c 200 "$tmp/example.out" | tr '\n' ' ')"
  n=$((n + 1))
done
echo "pack: $((2 + n)) passed, 0 failed"
