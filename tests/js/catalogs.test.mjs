// Custom catalogs are validated (issue 12). Every fixture under tests/catalogs/ (the format is in
// tests/catalogs/README.md) goes through the package's headless API and through the published
// JSON Schema (data/catalog.schema.json, with ajv's draft 2020-12 validator):
// - an invalid fixture: validateCatalog refuses it, its FIRST problem has the expected code and
//   path, and it reports exactly `problems` problems (default 1); recommend() throws that same
//   first problem (its path under `options.catalog`). The first problem, because that is the
//   one recommend() throws as the error's code and path (src/wasm.rs), and the count, so that a
//   fixture that stops being about one fault (or whose fault cascades differently) is noticed;
// - a valid fixture: validateCatalog accepts it and recommend() ranks its models;
// - every fixture: ajv's verdict is the one the fixture declares, and it is the module's verdict
//   unless the fixture says why not: `semantic` (a rule the schema cannot state) or `finding`
//   (the schema is wrong; each is reported as a TODO test until the schema is fixed).
// Run: node --test tests/js/catalogs.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import * as api from '../../pkg/index.js';
import { generated } from '../catalogs/generated.mjs';

const here = (path) => new URL(path, import.meta.url);
const CATALOGS = here('../catalogs/');
const base = JSON.parse(await readFile(new URL('base.json', CATALOGS), 'utf8'));
const schema = JSON.parse(await readFile(here('../../data/catalog.schema.json'), 'utf8'));
// strict: a keyword ajv does not know fails the compile. The schema's `format`s are schemars'
// number widths (double, uint8, ...), not string formats; ajv-formats is not installed, so
// formats are not validated (the widths are stated again as minimum/maximum).
const ajv = new Ajv2020({ strict: true, allErrors: false, validateFormats: false });
const schemaAccepts = ajv.compile(schema);

// ---------------------------------------------------------------------------------------------
// Fixtures

/** JSON files under `dir` (a URL ending in /), recursively, as paths relative to CATALOGS. */
async function jsonFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) out.push(...(await jsonFiles(url)));
    else if (entry.name.endsWith('.json')) out.push(url);
  }
  return out;
}

/** The reference tokens of a JSON Pointer (RFC 6901). */
function pointer(path) {
  if (path === '') return [];
  assert.ok(path.startsWith('/'), `not a JSON Pointer: ${path}`);
  return path.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The container and the last token of `path` in `doc`. */
function parentOf(doc, path) {
  const tokens = pointer(path);
  const last = tokens.pop();
  let node = doc;
  for (const t of tokens) {
    assert.ok(node !== null && typeof node === 'object' && Object.hasOwn(node, t), `no ${path}`);
    node = node[t];
  }
  return [node, last];
}

/** Sets an own property even for `__proto__`, as JSON.parse does. */
function define(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** JSON Patch (RFC 6902) add, remove, replace, copy and move, applied in place. */
function applyPatch(doc, ops) {
  const get = (path) => {
    const [node, key] = parentOf(doc, path);
    assert.ok(Object.hasOwn(node, key), `no ${path}`);
    return node[key];
  };
  const remove = (path) => {
    const [node, key] = parentOf(doc, path);
    assert.ok(Object.hasOwn(node, key), `no ${path} to remove`);
    const value = node[key];
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else delete node[key];
    return value;
  };
  const insert = (path, value) => {
    const [node, key] = parentOf(doc, path);
    if (Array.isArray(node)) {
      const i = key === '-' ? node.length : Number(key);
      assert.ok(Number.isInteger(i) && i >= 0 && i <= node.length, `bad index in ${path}`);
      node.splice(i, 0, value);
    } else {
      define(node, key, value);
    }
  };
  for (const op of ops) {
    switch (op.op) {
      case 'add':
        insert(op.path, structuredClone(op.value));
        break;
      case 'remove':
        remove(op.path);
        break;
      case 'replace': {
        const [node, key] = parentOf(doc, op.path);
        assert.ok(Object.hasOwn(node, key), `no ${op.path} to replace`);
        define(node, key, structuredClone(op.value));
        break;
      }
      case 'copy':
        insert(op.path, structuredClone(get(op.from)));
        break;
      case 'move':
        insert(op.path, remove(op.from));
        break;
      default:
        assert.fail(`unknown patch op ${op.op}`);
    }
  }
  return doc;
}

/** The input a fixture stands for: `text` (what validateCatalog gets), `value` (what the
 * schema and recommend() get), `isJson` (false for text that is not JSON) and `valueIsText`
 * (the value is exactly what the text parses to, so validateCatalog(value) must agree). */
function materialise(fx) {
  if (fx.build) {
    const built = fx.build(base);
    if (built.text !== undefined) return { text: built.text, value: built.value, isJson: true, valueIsText: false };
    return { text: JSON.stringify(built.catalog), value: built.catalog, isJson: true, valueIsText: true };
  }
  if (fx.text !== undefined) {
    try {
      const value = JSON.parse(fx.text);
      // A string argument is JSON text to validateCatalog, so a string value is not compared.
      return { text: fx.text, value, isJson: true, valueIsText: typeof value !== 'string' };
    } catch {
      return { text: fx.text, value: undefined, isJson: false, valueIsText: false };
    }
  }
  const start = fx.catalog !== undefined ? fx.catalog : fx.base === 'models' ? base.models : base;
  const value = applyPatch(structuredClone(start), fx.patch ?? []);
  return { text: JSON.stringify(value), value, isJson: true, valueIsText: true };
}

const FIELDS = new Set(['description', 'base', 'catalog', 'text', 'patch', 'expect', 'problems', 'schema', 'semantic', 'finding', 'recommend', 'note']);

const fixtures = [];
for (const url of await jsonFiles(CATALOGS)) {
  const name = url.pathname.slice(CATALOGS.pathname.length).replace(/\.json$/, '');
  const dir = name.split('/')[0];
  if (dir !== 'invalid' && dir !== 'valid') continue; // base.json
  const fx = JSON.parse(await readFile(url, 'utf8'));
  fixtures.push({ ...fx, name, dir, unknownKeys: Object.keys(fx).filter((k) => !FIELDS.has(k)) });
}
for (const g of generated) {
  fixtures.push({ ...g, name: [g.dir, g.category, g.name].filter(Boolean).join('/'), generated: true, unknownKeys: [] });
}
fixtures.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const invalid = fixtures.filter((f) => f.dir === 'invalid');
const valid = fixtures.filter((f) => f.dir === 'valid');

// ---------------------------------------------------------------------------------------------
// Every fixture through the module and the schema, once; the tests below judge the results.

await api.ready();

const brief = (p) => p && { code: p.code, path: p.path };
const underOptions = (path) => (path === 'catalog' || path.startsWith('catalog.') || path.startsWith('catalog[') ? `options.${path}` : path);

function run(fx) {
  const input = materialise(fx);
  const validation = api.validateCatalog(input.text);
  // The same catalog as a value (JSON text only stands for it); text that is not JSON has none.
  const asValue = input.valueIsText ? api.validateCatalog(input.value) : null;
  let recommended;
  try {
    // Text that is not JSON has no value to give recommend(): it gets the text, a string.
    const result = api.recommend({}, { catalog: input.isJson ? input.value : input.text });
    recommended = { ok: true, catalogSize: result.catalogSize };
  } catch (e) {
    recommended = { ok: false, qwenOrLlama: api.isQwenOrLlamaError(e), code: e.code, path: e.path, message: e.message };
  }
  const schemaOk = input.isJson ? schemaAccepts(input.value) : false;
  const schemaError = schemaOk || !input.isJson ? null : ajv.errorsText(schemaAccepts.errors);
  const models = Array.isArray(input.value) ? input.value.length : input.value?.models?.length;
  return { input: { isJson: input.isJson, models }, validation, asValue, recommended, schema: { ok: schemaOk, error: schemaError } };
}

const started = performance.now();
const results = new Map(fixtures.map((fx) => [fx.name, run(fx)]));
const elapsed = performance.now() - started;

/** The recommend() outcome a fixture expects: its `recommend`, else the expected problem under
 * `options.catalog`; for text that is not JSON, recommend() gets a string, a wrong type. */
function expectedRecommend(fx, r) {
  if (fx.recommend !== undefined) return fx.recommend;
  if (!r.input.isJson) return { code: 'wrong-type', path: 'options.catalog' };
  return { code: fx.expect.code, path: underOptions(fx.expect.path) };
}

// ---------------------------------------------------------------------------------------------
// Tests

test('fixtures: at least 100 invalid and 10 valid, each well formed', () => {
  assert.ok(invalid.length >= 100, `only ${invalid.length} invalid fixtures`);
  assert.ok(valid.length >= 10, `only ${valid.length} valid fixtures`);
  for (const fx of fixtures) {
    const where = fx.name;
    assert.deepEqual(fx.unknownKeys, [], `${where}: unknown keys`);
    assert.equal(typeof fx.description, 'string', `${where}: description`);
    assert.ok(fx.schema === 'reject' || fx.schema === 'accept', `${where}: schema must be "reject" or "accept"`);
    assert.ok(!(fx.semantic && fx.finding), `${where}: semantic or finding, not both`);
    const sources = [fx.text !== undefined, fx.catalog !== undefined, fx.base !== undefined, fx.build !== undefined].filter(Boolean).length;
    assert.ok(sources <= 1, `${where}: one of text, catalog, base, build`);
    assert.ok(fx.base === undefined || fx.base === 'models', `${where}: base is "models" or absent`);
    if (fx.dir === 'invalid') {
      assert.ok(fx.expect && typeof fx.expect.code === 'string' && /^catalog([.[]|$)/.test(fx.expect.path), `${where}: expect { code, path }`);
      assert.ok(fx.problems === undefined || (Number.isInteger(fx.problems) && fx.problems > 1), `${where}: problems`);
      assert.ok(fx.text !== undefined || fx.build || fx.catalog !== undefined || fx.patch?.length > 0, `${where}: an invalid fixture changes the base`);
    } else {
      assert.equal(fx.expect, undefined, `${where}: a valid fixture expects no problem`);
    }
  }
  // The base catalog itself is valid (so each patched fixture is about its patch only).
  assert.deepEqual(api.validateCatalog(base), { ok: true, models: base.models.length, problems: [] });
});

for (const fx of invalid) {
  test(`${fx.name}: ${fx.expect.code} at ${fx.expect.path}`, () => {
    const { validation: v, asValue, recommended: rec } = results.get(fx.name);
    assert.equal(v.ok, false, 'validateCatalog accepted it');
    assert.equal(v.models, 0);
    assert.deepEqual(brief(v.problems[0]), fx.expect, `first problem; all: ${JSON.stringify(v.problems.slice(0, 8).map(brief))}`);
    assert.equal(v.problems.length, fx.problems ?? 1, `problem count; all: ${JSON.stringify(v.problems.slice(0, 8).map(brief))}`);
    for (const p of v.problems) assert.ok(p.message.startsWith(`${p.path}: `), `message starts with its path: ${p.message}`);
    if (asValue) assert.deepEqual(asValue.problems.map(brief), v.problems.map(brief), 'the value and its JSON text get the same problems');
    const want = expectedRecommend(fx, results.get(fx.name));
    if (want === 'ok') {
      assert.equal(rec.ok, true, `recommend() threw ${rec.code} at ${rec.path}`);
    } else {
      assert.equal(rec.ok, false, 'recommend() accepted it');
      assert.equal(rec.qwenOrLlama, true, `recommend() threw a plain error: ${rec.message}`);
      assert.deepEqual({ code: rec.code, path: rec.path }, want, rec.message);
    }
  });
}

for (const fx of valid) {
  test(`${fx.name}: valid`, () => {
    const { validation: v, asValue, recommended: rec, input } = results.get(fx.name);
    assert.deepEqual(v.problems.map(brief), [], 'validateCatalog refused it');
    assert.equal(v.ok, true);
    assert.equal(v.models, input.models);
    if (asValue) assert.equal(asValue.ok, true, 'as a value');
    assert.equal(rec.ok, true, `recommend() threw ${rec.code} at ${rec.path}: ${rec.message}`);
    assert.equal(rec.catalogSize, input.models, 'recommend() ranked the custom catalog');
  });
}

test('schema: ajv (draft 2020-12) gives every fixture the verdict it declares', () => {
  const wrong = [];
  for (const fx of fixtures) {
    const { schema: s } = results.get(fx.name);
    const verdict = s.ok ? 'accept' : 'reject';
    if (verdict !== fx.schema) wrong.push(`${fx.name}: declared ${fx.schema}, ajv says ${verdict}${s.error ? ` (${s.error})` : ''}`);
  }
  assert.deepEqual(wrong, []);
});

/** How the module's and the schema's verdicts on a fixture compare. */
function agreement(fx) {
  const moduleRejects = fx.dir === 'invalid';
  const schemaRejects = !results.get(fx.name).schema.ok;
  if (moduleRejects === schemaRejects) return 'agree';
  if (fx.semantic) return moduleRejects ? 'semantic' : 'wrong-semantic';
  if (fx.finding) return 'finding';
  return 'unexplained';
}

test('schema and module agree on every fixture, except rules the schema cannot state', () => {
  const problems = [];
  for (const fx of fixtures) {
    const a = agreement(fx);
    const where = `${fx.name} (module ${fx.dir === 'invalid' ? 'rejects' : 'accepts'}, schema ${results.get(fx.name).schema.ok ? 'accepts' : 'rejects'})`;
    if (a === 'unexplained') problems.push(`${where}: disagree, and the fixture says neither semantic nor finding`);
    if (a === 'wrong-semantic') problems.push(`${where}: "semantic" means the module rejects what the schema cannot`);
    if (a === 'agree' && (fx.semantic || fx.finding)) problems.push(`${where}: they agree; drop its "${fx.semantic ? 'semantic' : 'finding'}"`);
  }
  assert.deepEqual(problems, []);
});

// Each disagreement where the schema is wrong: a TODO until the schema says what the module does.
for (const fx of fixtures.filter((f) => f.finding)) {
  test(`schema finding, ${fx.name}: ${fx.finding}`, { todo: 'schema disagrees with the module (not changed here)' }, () => {
    assert.equal(agreement(fx), 'agree');
  });
}

test('summary', (t) => {
  const passedInvalid = invalid.filter((fx) => {
    const v = results.get(fx.name).validation;
    return !v.ok && v.problems.length === (fx.problems ?? 1) && v.problems[0]?.code === fx.expect.code && v.problems[0]?.path === fx.expect.path;
  }).length;
  const passedValid = valid.filter((fx) => results.get(fx.name).validation.ok).length;
  const verdicts = fixtures.map(agreement);
  const count = (k) => verdicts.filter((a) => a === k).length;
  const line =
    `catalogs: ${passedInvalid} invalid fixtures rejected with the expected code and path, ${passedValid} valid accepted; ` +
    `schema agrees on ${count('agree')}, semantic-only ${count('semantic')}; schema findings ${count('finding')} ` +
    `(${fixtures.length} fixtures in ${Math.round(elapsed)} ms)`;
  t.diagnostic(line);
  assert.equal(passedInvalid, invalid.length);
  assert.equal(passedValid, valid.length);
});
