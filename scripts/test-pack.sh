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

# README examples: the code between <!-- api-example --> markers, run against the installed
# package, its output compared with what the README shows:
#  - each output a comment shows: `console.log(x); // "qwen"` (JSON values, printed as
#    console.log prints them: `// "out-of-range" "answers.memoryGb"`), `console.log(x); // { ok:
#    true }` (an object or array as Node prints it), or a comment line right under a console.log
#    line (its output as printed); `...` or `…` at the end means "and more". A comment in words
#    (`// one sentence: ...`) describes the output and is not compared;
#  - the whole output, against the <!-- api-example-output --> block that must follow the
#    example (```text fenced, closed by <!-- /api-example-output -->). A README without one
#    fails, and the test prints the block to add.
cat > "$tmp/record.mjs" <<'JS'
// Loaded before the example (node --import): records what each console.log line prints.
import { format } from 'node:util';
import { writeFileSync } from 'node:fs';
const records = [];
const log = console.log;
console.log = (...args) => {
  const frame = new Error().stack.split('\n').find((l) => /\/example\.mjs:\d+:\d+/.test(l));
  records.push({ line: frame ? Number(frame.match(/\/example\.mjs:(\d+):\d+/)[1]) : 0, text: format(...args) });
  log(...args);
};
process.on('exit', () => writeFileSync(new URL('./example.log.json', import.meta.url), JSON.stringify(records)));
JS
cat > "$tmp/compare.mjs" <<'JS'
// node compare.mjs README OUT LOG: compares the example's output with what README shows.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { format } from 'node:util';
const [readme, outFile, logFile] = process.argv.slice(2);
const text = readFileSync(readme, 'utf8');
const code = text.match(/<!-- api-example -->\s*```js\n([\s\S]*?)```\s*<!-- \/api-example -->/)[1];
const out = readFileSync(outFile, 'utf8');
const records = JSON.parse(readFileSync(logFile, 'utf8'));
const failures = [];
const shown = [];
const described = [];

/** A run of JSON values (`"qwen"`, `"a" "b"`, `65`), or null. */
function jsonValues(s) {
  const re = /\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)\s*/y;
  const values = [];
  while (re.lastIndex < s.length) {
    const m = re.exec(s);
    if (!m) return null;
    values.push(JSON.parse(m[1]));
  }
  return values.length > 0 ? values : null;
}

/** What a comment says the line prints: `{ text, prefix }`, or null for words about it. */
function claim(comment, under) {
  const trimmed = comment.trim();
  const prefix = /(\.\.\.|…)$/.test(trimmed);
  const body = prefix ? trimmed.replace(/\s*(\.\.\.|…)$/, '') : trimmed;
  const values = jsonValues(body);
  if (values) return { text: format(...values), prefix };
  if (/^[[{]/.test(body) || under) return { text: body, prefix };
  return null;
}

const lines = code.split('\n');
lines.forEach((line, i) => {
  if (!line.includes('console.log(')) return;
  const n = i + 1;
  const trailing = line.match(/\)\s*;\s*\/\/\s?(.*)$/);
  const below = !trailing && /^\s*\/\/\s?/.test(lines[i + 1] ?? '') ? lines[i + 1].replace(/^\s*\/\/\s?/, '') : null;
  const comment = trailing ? trailing[1] : below;
  if (comment === null) return;
  const want = claim(comment, below !== null);
  if (want === null) {
    described.push(`line ${n}`);
    return;
  }
  const got = records.filter((r) => r.line === n).map((r) => r.text).join('\n');
  if (want.prefix ? got.startsWith(want.text) : got === want.text) shown.push(`line ${n}`);
  else failures.push(`line ${n} shows ${JSON.stringify(want.text)}${want.prefix ? ' (and more)' : ''}, but prints ${JSON.stringify(got)}`);
});

const block = text.match(/<!-- api-example-output -->\s*```[\w-]*\n([\s\S]*?)```\s*<!-- \/api-example-output -->/);
const norm = (s) => s.replace(/[ \t]+$/gm, '').replace(/\n*$/, '\n');
if (!block) {
  failures.push(
    'no <!-- api-example-output --> block: the README shows only part of what the example prints. ' +
      `Add this right after <!-- /api-example -->:\n\n<!-- api-example-output -->\n\`\`\`text\n${norm(out)}\`\`\`\n<!-- /api-example-output -->\n`,
  );
} else if (norm(block[1]) !== norm(out)) {
  writeFileSync(`${outFile}.shown`, norm(block[1]));
  writeFileSync(`${outFile}.printed`, norm(out));
  const diff = spawnSync('diff', ['-u', '--label', 'README shows', '--label', 'example prints', `${outFile}.shown`, `${outFile}.printed`], { encoding: 'utf8' });
  failures.push(`the <!-- api-example-output --> block differs from the output:\n${diff.stdout}`);
} else {
  shown.push(`the whole output (${norm(out).split('\n').length - 1} lines)`);
}
const summary = `compared: ${shown.join(', ') || 'nothing'}${described.length ? `; described in words, not compared: ${described.join(', ')}` : ''}`;
if (failures.length > 0) {
  console.error(`${failures.map((f) => `  - ${f}`).join('\n')}\n  (${summary})`);
  process.exit(1);
}
console.log(summary);
JS
n=0
failed=0
for readme in README.md pkg/README.md; do
  source_readme=$readme
  [ "$readme" = pkg/README.md ] && source_readme="pkg/README.md (made from pkg-template/README.md)"
  node -e '
    const text = require("fs").readFileSync(process.argv[1], "utf8");
    const m = text.match(/<!-- api-example -->\s*```js\n([\s\S]*?)```\s*<!-- \/api-example -->/);
    if (!m) { console.error(`no <!-- api-example --> block in ${process.argv[1]}`); process.exit(1); }
    process.stdout.write(m[1]);' "$readme" > "$tmp/example.mjs"
  rm -f "$tmp/example.log.json"
  (cd "$tmp" && node --import ./record.mjs example.mjs > example.out) || { echo "test-pack: FAIL: the API example in $readme failed" >&2; exit 1; }
  if result=$(node "$tmp/compare.mjs" "$readme" "$tmp/example.out" "$tmp/example.log.json"); then
    echo "test-pack: ok: the API example in $readme prints what the README shows ($result)"
    n=$((n + 1))
  else
    echo "test-pack: FAIL: the API example in $source_readme does not print what the README shows (above)" >&2
    failed=$((failed + 1))
  fi
done
echo "pack: $((2 + n)) passed, $failed failed"
[ "$failed" -eq 0 ]
