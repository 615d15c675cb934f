// REL-03 (reliability-test-plan.md): property tests at the wasm boundary, against the real
// exports (pkg/index.js). Three kinds of input:
//   1. anything at all, every JavaScript type (NaN, -0, BigInt, symbols, sparse arrays, null
//      prototypes, ...): a result or a QwenOrLlamaError, never a trap; where the type alone
//      decides (answers that are not an object), the exact code and path;
//   2. answers and options that follow the real questionnaire (questions(): every id, option
//      value, range and default): mostly valid, so most calls give a result, checked against the
//      answers given and the questionnaire's defaults; the rest carry exactly one defect (a wrong
//      JavaScript type, an unknown value, an out-of-range number, an unknown key, a string over
//      the limit) and must fail with the code and at the path that defect deserves;
//   3. custom catalogs: consistent subsets of catalog() mutated within the published schema's
//      ranges (catalog.schema.json), which must be accepted and ranked on their own; the same
//      with exactly one defect, which must give the schema's code at its path; and anything.
// After every case a sentinel call must still give the right answer. Seeded, so a failure
// reproduces. FUZZ_RUNS sets the number of cases per property (default 3000, at least 100).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as api from '../../pkg/index.js';
import { sentinel } from './cases.mjs';

await api.ready();

const MIN_RUNS = 100;
const RUNS = runsFrom(process.env.FUZZ_RUNS);
/** From this many runs on, every error code a generator aims at must have come up (below, a rare one may not). */
const COVERAGE_RUNS = 1000;

function runsFrom(raw) {
  if (raw === undefined || raw === '') return 3000;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < MIN_RUNS) {
    throw new Error(
      `FUZZ_RUNS=${JSON.stringify(raw)}: the fuzz tests need a whole number of at least ${MIN_RUNS} runs ` +
        '(fewer cases check too little, and the shares of results and errors they assert mean nothing); ' +
        'leave FUZZ_RUNS unset for the default, 3000',
    );
  }
  return n;
}

const CODES = new Set([
  'wrong-type', 'out-of-range', 'unknown-value', 'unknown-field', 'missing-field',
  'too-large', 'invalid-json', 'duplicate-id', 'empty-catalog',
]);

// ---------------------------------------------------------------- what the API says about itself

const QUESTIONS = api.questions();
const QUESTION_IDS = QUESTIONS.map((q) => q.id);
const QUESTION = new Map(QUESTIONS.map((q) => [q.id, q]));
const valuesOf = (q) => q.options.map((o) => o.value);
const QUESTIONS_EN = JSON.stringify(QUESTIONS);
const QUESTIONS_ZH = JSON.stringify(api.questions('zh'));
/** The one number the questionnaire reads as a real number (GB); every other is a whole count. */
const FRACTIONAL = new Set(['memoryGb']);
/** Most tasks one answer may list, repeats included (src/answers.rs). */
const MAX_TASKS = 16;
/** Longest string any field accepts (README: "strings to 4096 characters"). */
const MAX_STRING = 4096;
/** The options (index.d.ts `Options`) and their documented ranges. */
const OPTION_KEYS = ['lang', 'top', 'weights', 'catalog', 'whatIf'];
const TOP = { min: 1, max: 1000, default: 10 };
const WEIGHT = { min: 0, max: 100 };
const CRITERIA = Object.keys(api.recommend({}, { whatIf: false }).weights);
/** A UI language tag: `en` or `zh`, alone or with a region (`zh-CN`, `en_GB`), any case. */
const LANG_TAG = /^(en|zh)(?:[-_][\s\S]*)?$/i;

const CATALOG = api.catalog();
const MODELS = CATALOG.models;
const MODEL_IDS = new Set(MODELS.map((m) => m.id));
const LICENSE_IDS = CATALOG.licenses.map((l) => l.id);
const CORRECTION_IDS = CATALOG.corrections.map((c) => c.id);
const GENERATIONS = {
  qwen: CATALOG.generations.filter((g) => g.family === 'qwen').map((g) => g.name),
  llama: CATALOG.generations.filter((g) => g.family === 'llama').map((g) => g.name),
};
const LANGUAGES = [...new Set(MODELS.flatMap((m) => m.languages))];

const SCHEMA = JSON.parse(readFileSync(new URL('../../pkg/catalog.schema.json', import.meta.url), 'utf8'));
const DEFS = SCHEMA.$defs;
const MODEL_SCHEMA = DEFS.Model;
const PROPS = MODEL_SCHEMA.properties;
const REQUIRED = MODEL_SCHEMA.required;
const OPTIONAL = Object.keys(PROPS).filter((k) => !REQUIRED.includes(k));
const enumOf = (name) => DEFS[name].oneOf.map((o) => o.const);
const refName = (p) => p.$ref?.replace('#/$defs/', '');
const isEnumRef = (p) => p.$ref !== undefined && DEFS[refName(p)].oneOf !== undefined;
const typesOf = (p) => (p.type === undefined ? [] : [].concat(p.type));
/** Model fields that hold a number, with their schema range. */
const NUMERIC = Object.entries(PROPS)
  .filter(([, p]) => typesOf(p).some((t) => t === 'number' || t === 'integer'))
  .map(([key, p]) => ({ key, min: p.minimum, max: p.maximum, integer: typesOf(p).includes('integer') }));
/** Model fields whose strings follow a pattern. */
const PATTERNED = Object.entries(PROPS)
  .filter(([, p]) => p.pattern !== undefined)
  .map(([key, p]) => ({ key, pattern: new RegExp(p.pattern) }));
/** Model fields that are one value of an enum, and lists of one. */
const ENUMS = Object.entries(PROPS).filter(([, p]) => isEnumRef(p)).map(([key, p]) => ({ key, values: enumOf(refName(p)) }));
const ENUM_LISTS = Object.entries(PROPS)
  .filter(([, p]) => p.items !== undefined && isEnumRef(p.items))
  .map(([key, p]) => ({ key, values: enumOf(refName(p.items)) }));

// The generators below lean on these facts; if the API changes under them, say so here.
assert.ok(QUESTIONS.length > 0 && CRITERIA.length > 0 && MODELS.length > 0);
assert.deepEqual(
  [...new Set(QUESTIONS.map((q) => q.kind))].filter((k) => !['single', 'select', 'multi', 'number', 'boolean'].includes(k)),
  [],
  'questions() has a kind of question this test does not know',
);
assert.ok(NUMERIC.length >= 5 && NUMERIC.every((n) => n.min !== undefined && n.max !== undefined), 'schema ranges');
assert.ok(ENUMS.some((e) => e.key === 'family') && ENUM_LISTS.some((e) => e.key === 'modalities'), 'schema enums');

// ---------------------------------------------------------------- checks

/** A thrown value is a QwenOrLlamaError, well formed, and not a trap. */
function assertPackageError(e) {
  assert.ok(!(e instanceof WebAssembly.RuntimeError), `trap: ${e && e.message}`);
  assert.ok(e instanceof Error, `threw a non-Error: ${String(e)}`);
  assert.equal(e.name, 'QwenOrLlamaError', e.message);
  assert.ok(CODES.has(e.code), `unexpected code ${e.code}: ${e.message}`);
  assert.equal(typeof e.path, 'string');
  assert.ok(e.message.startsWith(e.path), `message does not start with its path: ${e.message}`);
  assert.ok(Array.isArray(e.problems) && e.problems.length >= 1, 'problems');
  assert.deepEqual(
    [e.problems[0].code, e.problems[0].path, e.problems[0].message],
    [e.code, e.path, e.message],
    'problems[0] is the error itself',
  );
}

/** True if `v` holds only what JSON holds: plain objects, arrays, strings, finite numbers, booleans, null. */
function isPlainJson(v, depth = 0) {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (depth > 64 || typeof v !== 'object') return false; // undefined, BigInt, symbol, function
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !isPlainJson(v[i], depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length > 0) return false;
  for (const k in v) if (!isPlainJson(v[k], depth + 1)) return false;
  return true;
}

/** Runs `call`: its result (plain JSON) or its QwenOrLlamaError. */
function outcome(call) {
  let result;
  try {
    result = call();
  } catch (e) {
    assertPackageError(e);
    return { error: e };
  }
  assert.ok(isPlainJson(result), 'the result is plain JSON (no Map, undefined, BigInt, class instance or hole)');
  return { result };
}

/** `call` must throw exactly this one problem. */
function expectError(call, code, path, what) {
  const { result, error } = outcome(call);
  assert.ok(error, `${what}: expected ${code} at ${path}, but the call returned a result`);
  assert.equal(error.code, code, `${what}: code (message: ${error.message})`);
  assert.equal(error.path, path, `${what}: path (message: ${error.message})`);
  assert.equal(error.problems.length, 1, `${what}: one defect, one problem: ${JSON.stringify(error.problems)}`);
  return result;
}

/** `call` must return a result. */
function expectResult(call, what) {
  const { result, error } = outcome(call);
  assert.ok(result, `${what}: expected a result, got ${error && `${error.code} at ${error.path}: ${error.message}`}`);
  return result;
}

/** Counts outcomes by kind and prints them. */
class Tally {
  counts = new Map();
  total = 0;
  add(key) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.total += 1;
  }
  get(key) {
    return this.counts.get(key) ?? 0;
  }
  share(key) {
    return this.get(key) / this.total;
  }
  toString() {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n} (${((100 * n) / this.total).toFixed(1)} %)`)
      .join(', ');
  }
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;

/** Sets an own enumerable property, `__proto__` included. */
function put(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  return obj;
}

// ---------------------------------------------------------------- value generators

const whole = (min, max) =>
  min >= -0x80000000 && max <= 0x7fffffff
    ? fc.integer({ min, max })
    : fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
const FINITE = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Values JSON cannot hold: the package refuses them as `wrong-type` at their path. */
const NOT_JSON = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, Symbol('s'), () => 1),
  fc.bigInt(),
);
const JSON_OF = {
  string: fc.string({ maxLength: 8 }),
  number: FINITE,
  boolean: fc.boolean(),
  array: fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  null: fc.constant(null),
};
/** A value of any JSON type but `accepted` (`null` only with `nulls`), or one JSON cannot hold. */
function wrongType(accepted, { nulls = false } = {}) {
  const kinds = ['string', 'number', 'boolean', 'array', 'object', ...(nulls ? ['null'] : [])]
    .filter((k) => !accepted.includes(k));
  return fc.oneof({ weight: 4, arbitrary: fc.oneof(...kinds.map((k) => JSON_OF[k])) }, { weight: 1, arbitrary: NOT_JSON });
}
/** A string that is none of `known`: typos, case changes, anything. */
const unknownString = (known) =>
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...known).map((v) => String(v).toUpperCase()),
    fc.constantFrom(...known).map((v) => ` ${v}`),
    fc.constantFrom(...known).map((v) => String(v).slice(0, -1)),
  ).filter((s) => !known.includes(s));
const LONG_STRING = fc.integer({ min: MAX_STRING + 1, max: MAX_STRING + 200 }).map((n) => 'x'.repeat(n));
const notWhole = (min, max) => fc.double({ min, max, noNaN: true }).filter((x) => !Number.isInteger(x));
/** Below `min` / above `max`: whole numbers for a whole-number field (some beyond 2^64). */
const HUGE_WHOLE = fc.double({ min: 2 ** 64, max: 1e300, noNaN: true }).map(Math.trunc);
const below = (min, integer) =>
  integer ? fc.oneof(whole(-Number.MAX_SAFE_INTEGER, min - 1), HUGE_WHOLE.map((x) => -x)) : fc.double({ min: -1e300, max: min, noNaN: true }).filter((x) => x < min);
const above = (max, integer) =>
  integer ? fc.oneof(whole(max + 1, Number.MAX_SAFE_INTEGER), HUGE_WHOLE) : fc.double({ min: max, max: 1e300, noNaN: true }).filter((x) => x > max);
const outside = (min, max, integer) => fc.oneof(below(min, integer), above(max, integer));

// ---------------------------------------------------------------- answers and options

/** A valid answer to `q`: its options, presets, range ends and values in between. */
function validAnswer(q) {
  switch (q.kind) {
    case 'single':
    case 'select':
      return fc.constantFrom(...valuesOf(q));
    case 'multi':
      // Repeats are allowed (they collapse); an empty list means the default.
      return fc.array(fc.constantFrom(...valuesOf(q)), { maxLength: valuesOf(q).length + 2 });
    case 'boolean':
      return fc.boolean();
    case 'number': {
      const between = FRACTIONAL.has(q.id) ? fc.double({ min: q.min, max: q.max, noNaN: true }) : whole(q.min, q.max);
      return fc.oneof(fc.constantFrom(...valuesOf(q), q.min, q.max), between);
    }
    default:
      throw new Error(`question ${q.id}: kind ${q.kind}`);
  }
}

/** Every question, each answered or not; a few `null` (the default) and `-0`. */
const validAnswers = fc.record(
  Object.fromEntries(
    QUESTIONS.map((q) => [
      q.id,
      fc.oneof(
        { weight: 12, arbitrary: validAnswer(q) },
        { weight: 1, arbitrary: fc.constant(null) },
        ...(q.min === 0 ? [{ weight: 1, arbitrary: fc.constant(-0) }] : []),
      ),
    ]),
  ),
  { requiredKeys: [] },
);

const validWeights = fc.record(
  Object.fromEntries(
    CRITERIA.map((c) => [
      c,
      fc.oneof(
        { weight: 6, arbitrary: fc.double({ min: WEIGHT.min, max: WEIGHT.max, noNaN: true }) },
        { weight: 1, arbitrary: fc.constantFrom(WEIGHT.min, WEIGHT.max, null) },
      ),
    ]),
  ),
  { requiredKeys: [] },
);

/**
 * Valid options. `whatIf` is mostly off, as the element asks on every change: it costs about 30
 * scoring passes, and the sentinel after every case runs it anyway.
 */
const validOptions = fc.record(
  {
    lang: fc.oneof(fc.constantFrom('en', 'zh'), fc.constantFrom('zh-CN', 'zh_TW', 'en-US', 'EN', 'Zh-Hans', null)),
    top: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: TOP.min, max: 20 }) },
      { weight: 1, arbitrary: fc.integer({ min: TOP.min, max: TOP.max }) },
      { weight: 1, arbitrary: fc.constantFrom(TOP.min, TOP.max, null) },
    ),
    weights: fc.oneof({ weight: 4, arbitrary: validWeights }, { weight: 1, arbitrary: fc.constant(null) }),
    whatIf: fc.oneof(
      { weight: 16, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    ),
  },
  { requiredKeys: ['whatIf'] },
);

/** Containers that hold the same answers: null prototype, ignored keys, getters. */
const SHAPES = ['null-prototype', 'symbol-key', 'non-enumerable', 'getter', 'undefined-field'];
function shaped(obj, shape) {
  switch (shape) {
    case 'plain':
      return { ...obj };
    case 'null-prototype':
      return Object.assign(Object.create(null), obj);
    case 'symbol-key':
      return { ...obj, [Symbol('ignored')]: 'not read' };
    case 'non-enumerable':
      return Object.defineProperty({ ...obj }, 'notRead', { value: 'x', enumerable: false });
    case 'getter': {
      const out = {};
      for (const [k, v] of Object.entries(obj)) Object.defineProperty(out, k, { get: () => v, enumerable: true, configurable: true });
      return out;
    }
    case 'undefined-field':
      return { ...obj, notRead: undefined }; // an undefined field is an absent one, as in JSON.stringify
    default:
      throw new Error(shape);
  }
}

const typo = (known) =>
  fc.oneof(
    fc.constantFrom(...known).chain((k) =>
      fc.constantFrom(
        k.toUpperCase(), k.toLowerCase(), `${k}s`, k.slice(1), k.slice(0, -1),
        k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), k.charAt(0).toUpperCase() + k.slice(1),
      ),
    ),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.constantFrom('__proto__', 'constructor', 'toString'),
  ).filter((k) => !known.includes(k));
/** A value for an unknown key (`null` too: it means "the default" only for a known key). */
const ANY_JSON = fc.oneof(fc.integer(), fc.string({ maxLength: 6 }), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant(null));

const defect = (where, key, value, code, path) => ({ where, key, value, code, path });

/** Exactly one defect in one answer, with the code and path it deserves. */
function answerDefects(q) {
  const at = `answers.${q.id}`;
  const d = (arb, code) => arb.map((value) => defect('answers', q.id, value, code, at));
  switch (q.kind) {
    case 'single':
    case 'select':
      return [d(wrongType(['string']), 'wrong-type'), d(unknownString(valuesOf(q)), 'unknown-value'), d(LONG_STRING, 'too-large')];
    case 'multi': {
      const good = fc.constantFrom(...valuesOf(q));
      const badItem = fc.oneof(
        unknownString(valuesOf(q)).map((v) => [v, 'unknown-value']),
        wrongType(['string'], { nulls: true }).map((v) => [v, 'wrong-type']),
      );
      return [
        d(wrongType(['array']), 'wrong-type'),
        fc.tuple(fc.array(good, { maxLength: 4 }), badItem, fc.array(good, { maxLength: 4 })).map(([a, [bad, code], b]) =>
          defect('answers', q.id, [...a, bad, ...b], code, `${at}[${a.length}]`)),
        d(fc.array(good, { minLength: MAX_TASKS + 1, maxLength: MAX_TASKS + 8 }), 'too-large'),
      ];
    }
    case 'boolean':
      return [d(wrongType(['boolean']), 'wrong-type')];
    case 'number': {
      const integer = !FRACTIONAL.has(q.id);
      return [
        d(wrongType(['number']), 'wrong-type'),
        ...(integer ? [d(notWhole(q.min, q.max), 'wrong-type')] : []),
        // Checked as stated, before a listed device sets hardware and memory.
        d(outside(q.min, q.max, integer), 'out-of-range'),
      ];
    }
    default:
      throw new Error(q.kind);
  }
}

const answersDefect = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(...QUESTIONS.flatMap(answerDefects)) },
  { weight: 1, arbitrary: fc.tuple(typo(QUESTION_IDS), ANY_JSON).map(([k, v]) => defect('answers', k, v, 'unknown-field', `answers.${k}`)) },
);

const optionsDefect = fc.oneof(
  wrongType(['string']).map((v) => defect('options', 'lang', v, 'wrong-type', 'options.lang')),
  fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('fr', 'english', 'e', 'zhs', 'cn', 'en.US'))
    .filter((s) => !LANG_TAG.test(s))
    .map((v) => defect('options', 'lang', v, 'unknown-value', 'options.lang')),
  LONG_STRING.map((v) => defect('options', 'lang', v, 'too-large', 'options.lang')),
  outside(TOP.min, TOP.max, true).map((v) => defect('options', 'top', v, 'out-of-range', 'options.top')),
  fc.oneof(wrongType(['number']), notWhole(TOP.min, TOP.max)).map((v) => defect('options', 'top', v, 'wrong-type', 'options.top')),
  wrongType(['object']).map((v) => defect('options', 'weights', v, 'wrong-type', 'options.weights')),
  fc.tuple(validWeights, fc.constantFrom(...CRITERIA), outside(WEIGHT.min, WEIGHT.max, false)).map(([w, c, v]) =>
    defect('options', 'weights', put({ ...w }, c, v), 'out-of-range', `options.weights.${c}`)),
  fc.tuple(validWeights, fc.constantFrom(...CRITERIA), wrongType(['number'])).map(([w, c, v]) =>
    defect('options', 'weights', put({ ...w }, c, v), 'wrong-type', `options.weights.${c}`)),
  fc.tuple(validWeights, typo(CRITERIA), fc.double({ min: 0, max: 100, noNaN: true })).map(([w, k, v]) =>
    defect('options', 'weights', put({ ...w }, k, v), 'unknown-field', `options.weights.${k}`)),
  wrongType(['boolean']).map((v) => defect('options', 'whatIf', v, 'wrong-type', 'options.whatIf')),
  fc.tuple(typo(OPTION_KEYS), ANY_JSON).map(([k, v]) => defect('options', k, v, 'unknown-field', `options.${k}`)),
);

/** The answers as the core resolves them: given, else the questionnaire's default. */
function checkResolved(r, given, options, what) {
  const has = (k) => given[k] !== undefined && given[k] !== null;
  const device = has('device') ? given.device : has('hardware') || has('memoryGb') ? 'custom' : QUESTION.get('device').default;
  for (const q of QUESTIONS) {
    // A listed device sets the questions shown only for the custom device.
    if (q.visibleWhen?.question === 'device' && q.visibleWhen.values.includes('custom') && device !== 'custom') continue;
    const got = r.answers[q.id];
    if (q.id === 'device') {
      assert.equal(got, device, `${what}: answers.device`);
    } else if (q.kind === 'multi') {
      const want = has(q.id) && given[q.id].length > 0 ? given[q.id] : q.default;
      assert.deepEqual([...got].sort(), [...new Set(want)].sort(), `${what}: answers.${q.id} (sorted, no repeats)`);
      assert.equal(new Set(got).size, got.length, `${what}: answers.${q.id} has repeats`);
    } else if (has(q.id) && typeof given[q.id] === 'number') {
      // Within one unit in the last place: serde_json's default float reader rounds some
      // 17-digit numbers the other way; its exact one (`float_roundtrip`) costs 9.6 KB gzip of
      // wasm, measured, for a last digit no answer's range can tell.
      const want = given[q.id] + 0;
      assert.ok(Math.abs(got - want) <= 2 * Number.EPSILON * Math.abs(want), `${what}: answers.${q.id} is ${got}, given ${want}`);
    } else {
      assert.equal(got, has(q.id) ? given[q.id] : q.default, `${what}: answers.${q.id}`);
    }
  }
  const lang = options?.lang;
  assert.equal(r.lang, lang != null && /^zh/i.test(lang) ? 'zh' : 'en', `${what}: lang`);
  assert.ok(r.ranked.length <= (options?.top ?? TOP.default), `${what}: more ranked than top`);
  assert.ok(r.ranked.every((m, i) => m.rank === i + 1 && MODEL_IDS.has(m.id)), `${what}: ranks`);
  assert.equal(r.catalogSize, MODELS.length, `${what}: catalogSize`);
  if (options?.whatIf === false) assert.deepEqual(r.whatIf, [], `${what}: whatIf: false leaves whatIf empty`);
}

// ---------------------------------------------------------------- 1. anything as answers

/** Any JS value, including the exotic ones (NaN, -0, BigInt, symbols, sparse arrays, null prototypes). */
const anything = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** What `recommend(v)` must do where the value's type decides it; `null` where its fields do. */
function anythingExpected(v) {
  if (v === undefined || v === null) return { result: true };
  if (typeof v !== 'object') return { code: 'wrong-type', path: 'answers' }; // string, number, boolean, BigInt, symbol, function
  if (Array.isArray(v)) return { code: 'wrong-type', pathPrefix: 'answers' }; // or an element JSON cannot hold
  const keys = Object.keys(v).filter((k) => v[k] !== undefined);
  if (keys.length === 0) return { result: true }; // {} to JSON: Date, Map, Set, boxed numbers, ...
  if (keys.some((k) => !QUESTION.has(k))) return { error: true }; // an unknown key, if nothing before it fails
  return null;
}

test(`recommend(anything) for ${RUNS} values: a result or a QwenOrLlamaError, never a trap`, (t) => {
  const tally = new Tally();
  fc.assert(
    fc.property(anything, (v) => {
      const want = anythingExpected(v);
      const { result, error } = outcome(() => api.recommend(v));
      tally.add(result ? 'result' : error.code);
      // The package writes the JSON text itself, and a lone surrogate (a boxed string splits an
      // astral character in two) reads as U+FFFD: nothing makes the text unreadable.
      assert.notEqual(error?.code, 'invalid-json', error?.message);
      if (want?.result) assert.ok(result, `expected a result, got ${error?.code} at ${error?.path}`);
      if (want?.error) assert.ok(error, 'expected an error (an unknown key)');
      if (want?.code) {
        assert.ok(error, `expected ${want.code}, got a result`);
        assert.equal(error.code, want.code, error.message);
        if (want.path !== undefined) assert.equal(error.path, want.path, error.message);
        if (want.pathPrefix !== undefined) assert.ok(error.path.startsWith(want.pathPrefix), error.path);
      }
      sentinel(api);
    }),
    { numRuns: RUNS, seed: 20261127 },
  );
  t.diagnostic(`recommend(anything): ${tally}`);
});

// ---------------------------------------------------------------- 2. answers and options

const answersCase = fc.record({
  answers: validAnswers,
  options: fc.oneof({ weight: 30, arbitrary: validOptions }, { weight: 1, arbitrary: fc.constantFrom(undefined, null) }),
  shape: fc.oneof({ weight: 5, arbitrary: fc.constant('plain') }, { weight: 1, arbitrary: fc.constantFrom(...SHAPES) }),
  defect: fc.oneof(
    { weight: 16, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: answersDefect },
    { weight: 2, arbitrary: optionsDefect },
  ),
});

test(`recommend(answers from questions(), options) for ${RUNS} values: ≥ 70 % results, each defect its own code and path`, (t) => {
  const tally = new Tally();
  const hit = new Set();
  fc.assert(
    fc.property(answersCase, (c) => {
      const answers = shaped(c.answers, c.shape);
      let options = c.options;
      const d = c.defect;
      if (d?.where === 'answers') {
        put(answers, d.key, d.value);
      } else if (d?.where === 'options') {
        options = put({ ...(options ?? {}) }, d.key, d.value);
      }
      const call = () => api.recommend(answers, options);
      if (d === null) {
        const r = expectResult(call, 'valid answers');
        checkResolved(r, c.answers, options, 'valid answers');
        tally.add('result');
      } else {
        expectError(call, d.code, d.path, `${d.where}.${d.key} = ${String(typeof d.value === 'string' ? JSON.stringify(d.value.slice(0, 20)) : typeof d.value)}`);
        tally.add(d.code);
        hit.add(`${d.where}: ${d.code}`);
      }
      sentinel(api);
    }),
    { numRuns: RUNS, seed: 20261128 },
  );
  t.diagnostic(`recommend(answers, options): ${tally}`);
  t.diagnostic(`defects checked (code and path): ${[...hit].sort().join(', ')}`);
  assert.ok(tally.share('result') >= 0.7, `only ${pct(tally.share('result'))} of the cases gave a result`);
  assert.ok(tally.share('result') <= 0.9, `${pct(tally.share('result'))} gave a result: too few defects`);
  if (RUNS >= COVERAGE_RUNS) {
    for (const code of ['wrong-type', 'unknown-value', 'out-of-range', 'unknown-field', 'too-large']) {
      assert.ok(hit.has(`answers: ${code}`), `no answers defect gave ${code}`);
      assert.ok(hit.has(`options: ${code}`), `no options defect gave ${code}`);
    }
  }
});

// ---------------------------------------------------------------- 3. custom catalogs, questions

const pick = (list, n) => list[n % list.length];
const bits = (list, n) => list.filter((_, i) => (n >> i) & 1);

/** Mutations that keep a model valid (schema ranges; the cross-field rules of validateCatalog). */
const VALID_MUTATIONS = {
  score(m, { u, n }) {
    if (m.benchmarks.length > 0) pick(m.benchmarks, n).score = Math.round(u * 10000) / 100;
  },
  params(m, { u, v }) {
    m.paramsB = Math.min(10000, Math.max(0.01, Math.round(10 ** (u * 6 - 2) * 100) / 100));
    m.activeParamsB = m.architecture === 'dense' ? m.paramsB : Math.min(m.paramsB, Math.max(0.01, Math.round(m.paramsB * v * 100) / 100));
  },
  architecture(m, { v }) {
    m.architecture = m.architecture === 'dense' ? 'moe' : 'dense';
    m.activeParamsB = m.architecture === 'dense' ? m.paramsB : Math.min(m.paramsB, Math.max(0.01, m.paramsB * v));
  },
  context(m, { u, v }) {
    m.contextTokens = Math.min(1e8, Math.max(1, Math.floor(10 ** (u * 8))));
    m.extendedContextTokens = v < 0.5 ? null : m.contextTokens + Math.floor((v - 0.5) * 2 * (1e8 - m.contextTokens));
  },
  released(m, { n, u }) {
    m.released = `${1990 + (n % 36)}-${String(1 + Math.floor(u * 12)).padStart(2, '0')}`; // 1990-01 to 2025-12
  },
  asOf(m, { n, u, v }) {
    m.asOf = `${2000 + (n % 26)}-${String(1 + Math.floor(u * 12)).padStart(2, '0')}-${String(1 + Math.floor(v * 28)).padStart(2, '0')}`;
  },
  license(m, { n }) {
    m.license = pick(LICENSE_IDS, n);
  },
  generation(m, { n }) {
    m.generation = pick(GENERATIONS[m.family], n);
  },
  family(m, { n }) {
    m.family = m.family === 'qwen' ? 'llama' : 'qwen';
    m.generation = pick(GENERATIONS[m.family], n);
  },
  modalities(m, { n }) {
    const chosen = bits(enumOf('Modality'), n);
    m.modalities = chosen.length > 0 ? chosen : ['text'];
  },
  hostedOn(m, { n }) {
    m.hostedOn = bits(enumOf('Cloud'), n);
  },
  reasoning(m, { n }) {
    m.reasoning = pick(enumOf('Reasoning'), n);
  },
  kv(m, { n, u, v }) {
    m.kv = v < 0.3 ? null : { layers: 1 + (n % 200), kvHeads: 1 + Math.floor(u * 64), headDim: pick([64, 128, 256], n), linearLayers: v < 0.6 ? null : 1 + (n % 64) };
  },
  counts(m, { n, u, v }) {
    m.vocabSize = v < 0.3 ? null : 1 + Math.floor(u * (1e7 - 1));
    m.trainingTokensT = v < 0.5 ? null : Math.round(u * 1000 * 10) / 10;
    m.languageCount = v < 0.7 ? null : 1 + (n % 10000);
  },
  languages(m, { n }) {
    m.languages = bits(LANGUAGES, n);
  },
  corrections(m, { n }) {
    m.corrections = bits(CORRECTION_IDS, n);
  },
  nativeMultimodal(m, { v }) {
    m.nativeMultimodal = v < 0.5;
  },
  supersededBy(m, { n }, rows) {
    const others = rows.filter((r) => r.id !== m.id);
    m.supersededBy = others.length === 0 || n % 3 === 0 ? null : pick(others, n).id;
  },
  deleteOptional(m, { n }) {
    delete m[pick(OPTIONAL, n)];
  },
};

const mutation = fc.record({
  op: fc.constantFrom(...Object.keys(VALID_MUTATIONS)),
  row: fc.nat(),
  n: fc.nat(),
  u: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  v: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
});

/**
 * A valid custom catalog: a subset of the built-in models (links to models outside it cleared,
 * or the subset closed under them), mutated within the valid ranges; as a bare array of models,
 * or as an object with the tables the models use, all of them, or none (the built-in ones).
 */
const validCatalog = fc
  .record({
    picks: fc.uniqueArray(fc.nat({ max: MODELS.length - 1 }), { minLength: 1, maxLength: 10 }),
    links: fc.constantFrom('clear', 'close'),
    mutations: fc.array(mutation, { maxLength: 6 }),
    form: fc.constantFrom('array', 'array', 'used-tables', 'all-tables', 'no-tables'),
  })
  .map(({ picks, links, mutations, form }) => {
    const byId = new Map(MODELS.map((m) => [m.id, m]));
    const chosen = new Map(picks.map((i) => [MODELS[i].id, MODELS[i]]));
    if (links === 'close') {
      for (const m of [...chosen.values()]) {
        for (let next = m.supersededBy; next != null && !chosen.has(next); next = byId.get(next).supersededBy) chosen.set(next, byId.get(next));
      }
    }
    const rows = [...chosen.values()].map((m) => structuredClone(m));
    for (const m of rows) if (m.supersededBy != null && !chosen.has(m.supersededBy)) m.supersededBy = null;
    for (const mu of mutations) VALID_MUTATIONS[mu.op](pick(rows, mu.row), mu, rows);
    return { rows, form };
  });

function build({ rows, form }) {
  if (form === 'array') return rows;
  const used = (table, key, refs) => CATALOG[table].filter((x) => rows.some((m) => [].concat(m[refs] ?? []).includes(x[key])));
  if (form === 'used-tables') {
    return { models: rows, licenses: used('licenses', 'id', 'license'), generations: used('generations', 'name', 'generation'), corrections: used('corrections', 'id', 'corrections') };
  }
  if (form === 'all-tables') return { ...CATALOG, models: rows };
  return { models: rows };
}
const tablePath = (form, root) => (form === 'array' ? root : `${root}.models`);

/** Incoming links to row `i` removed: a defect in an id must not also break the links to it. */
function unlink(rows, i) {
  for (const m of rows) if (m !== rows[i] && m.supersededBy === rows[i].id) m.supersededBy = null;
}

/**
 * Exactly one defect in one model row, with the code the schema (or the catalog's reference and
 * cross-field rules) gives it and its path below the row. Returns the path suffix and code.
 */
const CATALOG_DEFECTS = {
  missing(rows, i, { n }) {
    const key = pick(REQUIRED, n);
    if (key === 'id') unlink(rows, i);
    delete rows[i][key];
    return [`.${key}`, 'missing-field'];
  },
  unknownField(rows, i, { key, value }) {
    put(rows[i], key, value);
    return [`.${key}`, 'unknown-field'];
  },
  wrongType(rows, i, { n, m }) {
    const [key, p] = pick(Object.entries(PROPS), n);
    const accepted = p.anyOf ? p.anyOf.flatMap((x) => (x.$ref ? ['object'] : typesOf(x))) : isEnumRef(p) ? ['string'] : typesOf(p);
    const candidates = { string: 'text', number: 1.5, integer: 7, boolean: true, array: [], object: {}, null: null };
    const wrong = Object.keys(candidates).filter((k) => {
      if (accepted.includes(k)) return false;
      if (k === 'integer' && accepted.includes('number')) return false; // a whole number is a number
      return true;
    });
    if (key === 'id') unlink(rows, i);
    rows[i][key] = candidates[pick(wrong, m)];
    return [`.${key}`, 'wrong-type'];
  },
  outOfRange(rows, i, { n, u }) {
    const { key, min, max, integer } = pick(NUMERIC, n);
    const x = u < 0.5 ? (integer ? min - 1 - Math.floor(u * 1e6) : min - 0.001 - u * 1e6) : integer ? max + 1 + Math.floor(u * 1e9) : max * (1.0001 + u);
    rows[i][key] = x;
    if (key === 'contextTokens') rows[i].extendedContextTokens = null; // else it would also be under contextTokens
    return [`.${key}`, 'out-of-range'];
  },
  badPattern(rows, i, { n, text }) {
    const { key, pattern } = pick(PATTERNED, n);
    const nearMiss = { released: '2024-13', asOf: '2025-02-29', hfRepo: 'no-slash', modelscopeRepo: 'a/b/c', id: 'Qwen_7B', license: 'Apache 2.0', supersededBy: 'no such model' }[key];
    const value = pattern.test(text) || text === '' ? (nearMiss ?? 'x y') : text;
    if (key === 'id') unlink(rows, i);
    rows[i][key] = value;
    return [`.${key}`, 'unknown-value'];
  },
  unknownEnum(rows, i, { n, text }) {
    const { key, values } = pick(ENUMS, n);
    rows[i][key] = values.includes(text) ? `${text}-x` : text;
    return [`.${key}`, 'unknown-value'];
  },
  unknownEnumItem(rows, i, { n, text }) {
    const { key, values } = pick(ENUM_LISTS, n);
    const list = [...(rows[i][key] ?? [])];
    list.push(values.includes(text) ? `${text}-x` : text);
    rows[i][key] = list;
    return [`.${key}[${list.length - 1}]`, 'unknown-value'];
  },
  unknownLicense(rows, i, { n }) {
    rows[i].license = `no-such-license-${n}`;
    return ['.license', 'unknown-value'];
  },
  unknownGeneration(rows, i, { n }) {
    rows[i].generation = `Qwen ${n}.${n}`;
    return ['.generation', 'unknown-value'];
  },
  otherFamily(rows, i) {
    rows[i].family = rows[i].family === 'qwen' ? 'llama' : 'qwen'; // its generation is the other family's
    return ['.family', 'unknown-value'];
  },
  unknownSuccessor(rows, i, { n }) {
    rows[i].supersededBy = n % 2 === 0 ? rows[i].id : `no-such-model-${n}`;
    return ['.supersededBy', 'unknown-value'];
  },
  unknownCorrection(rows, i, { n }) {
    rows[i].corrections = [...(rows[i].corrections ?? []), `no-such-correction-${n}`];
    return [`.corrections[${rows[i].corrections.length - 1}]`, 'unknown-value'];
  },
  activeOverTotal(rows, i, { u }) {
    const m = rows[i];
    m.architecture = 'moe';
    m.paramsB = Math.min(m.paramsB, 5000);
    m.activeParamsB = m.paramsB * (1.01 + u);
    return ['.activeParamsB', 'out-of-range'];
  },
  denseActive(rows, i, { u }) {
    const m = rows[i];
    m.architecture = 'dense';
    m.paramsB = Math.max(m.paramsB, 0.1);
    m.activeParamsB = Math.max(0.01, m.paramsB * (0.1 + 0.8 * u));
    return ['.activeParamsB', 'out-of-range'];
  },
  extendedBelowNative(rows, i, { u }) {
    const m = rows[i];
    m.contextTokens = Math.max(2, m.contextTokens);
    m.extendedContextTokens = 1 + Math.floor(u * (m.contextTokens - 1));
    return ['.extendedContextTokens', 'out-of-range'];
  },
  noSources(rows, i) {
    rows[i].sources = [];
    return ['.sources', 'out-of-range'];
  },
  badSource(rows, i, { text }) {
    rows[i].sources = [...rows[i].sources, `http://${text}`];
    return [`.sources[${rows[i].sources.length - 1}]`, 'unknown-value'];
  },
  badScore(rows, i, { n, u }) {
    if (rows[i].benchmarks.length === 0) rows[i].benchmarks = [structuredClone(MODELS.find((m) => m.benchmarks.length > 0).benchmarks[0])];
    const j = n % rows[i].benchmarks.length;
    rows[i].benchmarks[j].score = u < 0.5 ? -0.01 - u : 100.01 + u * 1000;
    return [`.benchmarks[${j}].score`, 'out-of-range'];
  },
};

const catalogDefect = fc.record({
  base: validCatalog,
  // One kind of defect per code, then one of its kinds, so every code gets its share.
  kind: fc.oneof(
    fc.constant('missing'),
    fc.constant('unknownField'),
    fc.constant('wrongType'),
    fc.constantFrom('outOfRange', 'activeOverTotal', 'denseActive', 'extendedBelowNative', 'noSources', 'badScore'),
    fc.constantFrom('badPattern', 'unknownEnum', 'unknownEnumItem', 'unknownLicense', 'unknownGeneration', 'otherFamily', 'unknownSuccessor', 'unknownCorrection', 'badSource'),
    fc.constantFrom('duplicate', 'empty'),
  ),
  row: fc.nat(),
  n: fc.nat(),
  m: fc.nat(),
  u: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  key: typo(Object.keys(PROPS)),
  value: fc.oneof(fc.nat(), fc.constant(null), fc.string({ maxLength: 4 })),
  text: fc.string({ maxLength: 10 }),
});

/** The catalog with one defect, and where it is: `{ catalog, form, at, code }` (`at` below the table). */
function withDefect(c) {
  const { rows, form } = c.base;
  if (c.kind === 'empty') return { catalog: build({ rows: [], form }), form, at: '', code: 'empty-catalog' };
  const i = c.row % rows.length;
  if (c.kind === 'duplicate') {
    rows.push(structuredClone(rows[i]));
    return { catalog: build({ rows, form }), form, at: `[${rows.length - 1}].id`, code: 'duplicate-id' };
  }
  const [suffix, code] = CATALOG_DEFECTS[c.kind](rows, i, c);
  return { catalog: build({ rows, form }), form, at: `[${i}]${suffix}`, code };
}

/** The three old cases: three built-in rows with a random value in a random field. */
const mutatedSlice = fc.tuple(fc.nat(2), fc.constantFrom(...Object.keys(MODELS[0])), anything).map(([i, key, value]) => {
  const copy = MODELS.slice(0, 3).map((m) => ({ ...m, supersededBy: null }));
  copy[i][key] = value;
  return copy;
});

const catalogCase = fc.oneof(
  { weight: 7, arbitrary: fc.record({ kind: fc.constant('valid'), c: validCatalog, answers: validAnswers, top: fc.integer({ min: TOP.min, max: TOP.max }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('defect'), c: catalogDefect }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('anything'), v: anything }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('anything'), v: mutatedSlice }) },
);

/** What `questions(v)` must do, from the value alone. */
function checkQuestions(v) {
  const { result, error } = outcome(() => api.questions(v));
  let want;
  if (v == null) want = 'en';
  else if (typeof v === 'string') want = v.length > MAX_STRING ? 'too-large' : LANG_TAG.test(v) ? (/^zh/i.test(v) ? 'zh' : 'en') : 'unknown-value';
  else want = 'wrong-type'; // numbers, booleans, objects, arrays, BigInt, symbols, functions
  if (want === 'en' || want === 'zh') {
    assert.ok(result, `questions(${String(v)}): ${error?.message}`);
    assert.equal(JSON.stringify(result), want === 'zh' ? QUESTIONS_ZH : QUESTIONS_EN, `questions(${String(v)}) is the ${want} questionnaire`);
  } else {
    assert.ok(error, `questions(${typeof v}): expected ${want}`);
    assert.equal(error.code, want, error.message);
    assert.equal(error.path, 'lang', error.message);
  }
}

test(`validateCatalog and recommend with ${RUNS} custom catalogs (valid, one defect, anything); questions of each`, (t) => {
  const tally = new Tally();
  const hit = new Set();
  fc.assert(
    fc.property(catalogCase, (k) => {
      if (k.kind === 'valid') {
        const { rows, form } = k.c;
        const cat = build(k.c);
        const v = api.validateCatalog(cat);
        assert.deepEqual(v, { ok: true, models: rows.length, problems: [] }, `a valid ${form} catalog of ${rows.length} was refused: ${JSON.stringify(v.problems)}`);
        const r = expectResult(() => api.recommend(k.answers, { catalog: cat, top: k.top, whatIf: false }), 'recommend with a valid catalog');
        const mine = new Map(rows.map((m) => [m.id, m]));
        assert.equal(r.catalogSize, rows.length, 'catalogSize');
        const seen = [...r.ranked, ...r.excluded].map((m) => m.id);
        assert.equal(new Set(seen).size, seen.length, 'a model is listed twice');
        for (const id of seen) assert.ok(mine.has(id), `${id} is not in the custom catalog`);
        assert.equal(r.ranked.length, Math.min(k.top, rows.length - r.excluded.length), 'ranked: every fitting model up to top');
        for (const m of r.ranked) {
          assert.equal(m.family, mine.get(m.id).family, `${m.id}: family from the custom row`);
          assert.equal(m.license.id, mine.get(m.id).license, `${m.id}: license from the custom row`);
        }
        for (const fam of ['qwen', 'llama']) if (r.best[fam]) assert.ok(mine.has(r.best[fam].id), `best.${fam} is not in the custom catalog`);
        if (r.ranked.length === 0) assert.equal(r.verdict.family, 'none');
        tally.add('valid: accepted and ranked alone');
        checkQuestions(k.answers.language);
      } else if (k.kind === 'defect') {
        const { catalog: cat, form, at, code } = withDefect(k.c);
        const v = api.validateCatalog(cat);
        const where = `${tablePath(form, 'catalog')}${at}`;
        assert.equal(v.ok, false, `expected ${code} at ${where}, but the catalog was accepted`);
        assert.deepEqual(v.problems.map((p) => [p.code, p.path]), [[code, where]], `${k.c.kind}: one defect, one problem`);
        assert.equal(v.models, 0);
        expectError(() => api.recommend({}, { catalog: cat, whatIf: false }), code, `${tablePath(form, 'options.catalog')}${at}`, k.c.kind);
        tally.add(`defect: ${code}`);
        hit.add(code);
        checkQuestions(cat);
      } else {
        const r = api.validateCatalog(k.v);
        assert.equal(typeof r.ok, 'boolean');
        for (const p of r.problems) {
          assert.ok(CODES.has(p.code), `unexpected code ${p.code}`);
          assert.ok(p.message.startsWith(p.path), p.message);
        }
        assert.ok(r.ok ? r.problems.length === 0 && r.models > 0 : r.problems.length > 0 && r.models === 0, JSON.stringify(r));
        tally.add(`anything: ${r.ok ? 'accepted' : 'refused'}`);
        checkQuestions(k.v);
      }
      sentinel(api);
    }),
    { numRuns: RUNS, seed: 20261129 },
  );
  t.diagnostic(`custom catalogs: ${tally}`);
  t.diagnostic(`catalog defects checked (code and path): ${[...hit].sort().join(', ')}`);
  const valid = tally.get('valid: accepted and ranked alone');
  const defects = [...tally.counts].filter(([key]) => key.startsWith('defect')).reduce((s, [, n]) => s + n, 0);
  assert.ok(valid / (valid + defects) >= 0.6, `only ${pct(valid / (valid + defects))} of the generated catalogs were valid`);
  if (RUNS >= COVERAGE_RUNS) {
    for (const code of ['missing-field', 'unknown-field', 'wrong-type', 'out-of-range', 'unknown-value', 'duplicate-id', 'empty-catalog']) {
      assert.ok(hit.has(code), `no catalog defect gave ${code}`);
    }
  }
});

// ---------------------------------------------------------------- edges

/** What a call gives: `code at path`, or `a result`. */
function gives(call) {
  try {
    call();
    return 'a result';
  } catch (e) {
    return `${e.code} at ${e.path}`;
  }
}

// Inputs the generators above reach only by chance, each with the code and path it deserves
// (each was once a gap: serde's reading of enums, numbers beyond 64 bits, nulls, surrogates).
test('inputs at the edges get the code and path they deserve', () => {
  const row = { ...MODELS.find((m) => m.family === 'qwen'), supersededBy: null };
  const cases = [
    // serde would read an object where an enum's string belongs as a variant with data.
    ['an object for an enum answer', () => api.recommend({ language: {} }), 'wrong-type at answers.language'],
    ['an object with a key for an enum answer', () => api.recommend({ language: { zh: 1 } }), 'wrong-type at answers.language'],
    ['an object with an unknown key for an enum answer', () => api.recommend({ ecosystem: { ' ': 0 } }), 'wrong-type at answers.ecosystem'],
    ['an object in tasks', () => api.recommend({ tasks: ['chat', {}] }), 'wrong-type at answers.tasks[1]'],
    ['an object for a catalog enum', () => api.recommend({}, { catalog: [{ ...row, family: {} }] }), 'wrong-type at options.catalog[0].family'],
    ['an object with a key for a catalog enum', () => api.recommend({}, { catalog: [{ ...row, family: { qwen: 1 } }] }), 'wrong-type at options.catalog[0].family'],
    // (One leniency stays: serde reads `{ "qwen": null }` as the unit variant `qwen`; refusing
    // it would take a hand-written reader per enum.)
    // A whole number beyond 2^64 reaches serde as a float: its size is wrong, not its type.
    ['1e20 monthly active users', () => api.recommend({ monthlyActiveUsers: 1e20 }), 'out-of-range at answers.monthlyActiveUsers'],
    ['-1e20 monthly active users', () => api.recommend({ monthlyActiveUsers: -1e20 }), 'out-of-range at answers.monthlyActiveUsers'],
    ['top: 1e30', () => api.recommend({}, { top: 1e30 }), 'out-of-range at options.top'],
    ['top: 1.5', () => api.recommend({}, { top: 1.5 }), 'wrong-type at options.top'],
    // `null` means "the default" for a known key only.
    ['an unknown answer key set to null', () => api.recommend({ memGb: null }), 'unknown-field at answers.memGb'],
    ['an unknown option set to null', () => api.recommend({}, { topp: null }), 'unknown-field at options.topp'],
    ['an unknown weight set to null', () => api.recommend({}, { weights: { languag: null } }), 'unknown-field at options.weights.languag'],
    ['a known answer, option and weight set to null', () => api.recommend({ memoryGb: null }, { top: null, weights: { language: null }, catalog: null }), 'a result'],
    // A lone surrogate reads as U+FFFD, so the field's own check names the field.
    ['a lone surrogate in an answer', () => api.recommend({ language: '\ud800' }), 'unknown-value at answers.language'],
    ['a lone surrogate in a key', () => api.recommend({ 'x\udc00': 1 }), 'unknown-field at answers.x\ufffd'],
    ['a lone surrogate in a model name', () => api.recommend({}, { catalog: [{ ...row, name: 'Qwen \ud83d' }] }), 'a result'],
    // Stated numbers are checked before a listed device sets hardware and memory.
    ['negative memory with a listed device', () => api.recommend({ device: 'rtx-4090', memoryGb: -1 }), 'out-of-range at answers.memoryGb'],
    // A length outside 1 to the cap, as tests/catalogs/invalid/range/model-name-empty.json.
    ['an empty model name', () => api.recommend({}, { catalog: [{ ...row, name: '' }] }), 'out-of-range at options.catalog[0].name'],
  ];
  const wrong = cases.map(([name, call, want]) => [name, gives(call), want]).filter(([, got, want]) => got !== want)
    .map(([name, got, want]) => `${name}: want ${want}, got ${got}`);
  assert.deepEqual(wrong, []);
  assert.match(api.recommend({}, { catalog: [{ ...row, name: 'Qwen \ud83d' }] }).ranked[0].name, /^Qwen \ufffd$/);
  // The catalog object's own nulls are the catalog reader's: recommend refuses what
  // validateCatalog refuses, with the same problems.
  const nulls = { models: [row], generations: null };
  const problems = api.validateCatalog(nulls).problems.map((p) => [p.code, p.path.replace(/^catalog/, 'options.catalog')]);
  assert.deepEqual(problems[0], ['wrong-type', 'options.catalog.generations']);
  const { error } = outcome(() => api.recommend({}, { catalog: nulls }));
  assert.deepEqual(error?.problems.map((p) => [p.code, p.path]), problems);
});
