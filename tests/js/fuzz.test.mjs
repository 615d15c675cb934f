// REL-03 (reliability-test-plan.md): random values of every JavaScript type at the wasm
// boundary. Each call must return plain JSON or throw a QwenOrLlamaError with a code and a
// path; never a WebAssembly.RuntimeError (a trap would poison the module). After every case a
// sentinel call must still give the right answer. Seeded, so a failure reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as api from '../../pkg/index.js';
import { sentinel } from './cases.mjs';

await api.ready();

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const CODES = new Set([
  'wrong-type', 'out-of-range', 'unknown-value', 'unknown-field', 'missing-field',
  'too-large', 'invalid-json', 'duplicate-id', 'empty-catalog',
]);

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

/** Answers that are mostly well-formed, with random values in random fields. */
const answersLike = fc.record(
  {
    language: fc.oneof(fc.constantFrom('zh', 'en', 'multi'), anything),
    tasks: fc.oneof(fc.array(fc.constantFrom('chat', 'writing', 'code', 'reasoning', 'documents', 'vision')), anything),
    memoryGb: fc.oneof(fc.double(), fc.integer(), anything),
    contextTokens: fc.oneof(fc.integer({ min: -10, max: 200_000_000 }), fc.double(), anything),
    use: fc.oneof(fc.constantFrom('personal', 'research', 'commercial'), anything),
    monthlyActiveUsers: fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }), fc.double(), anything),
    distill: fc.oneof(fc.boolean(), anything),
  },
  { requiredKeys: [] },
);

function checkOutcome(call) {
  let result;
  try {
    result = call();
  } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `trap: ${e && e.message}`);
    assert.ok(e instanceof Error, `threw a non-Error: ${String(e)}`);
    assert.equal(e.name, 'QwenOrLlamaError', e.message);
    assert.ok(CODES.has(e.code), `unexpected code ${e.code}: ${e.message}`);
    assert.equal(typeof e.path, 'string');
    assert.ok(e.message.startsWith(e.path), `message does not start with its path: ${e.message}`);
    return;
  }
  assert.doesNotThrow(() => JSON.stringify(result));
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result, 'the result is plain JSON');
}

test(`recommend(anything) for ${RUNS} values: a result or a QwenOrLlamaError, never a trap`, () => {
  fc.assert(
    fc.property(anything, (v) => {
      checkOutcome(() => api.recommend(v));
      sentinel(api);
    }),
    { numRuns: RUNS, seed: 20261127 },
  );
});

test(`recommend(answers-like, options) for ${RUNS} values`, () => {
  fc.assert(
    fc.property(answersLike, fc.oneof(fc.constant(undefined), fc.record({ lang: anything, top: anything }, { requiredKeys: [] })), (a, o) => {
      checkOutcome(() => api.recommend(a, o));
      sentinel(api);
    }),
    { numRuns: RUNS, seed: 20261128 },
  );
});

test(`validateCatalog and questions of anything for ${RUNS} values: never throws, never traps`, () => {
  const models = api.catalog().models;
  const mutated = fc.tuple(fc.nat(models.length - 1), fc.constantFrom(...Object.keys(models[0])), anything)
    .map(([i, key, value]) => {
      const copy = models.slice(0, 3).map((m) => ({ ...m }));
      copy[i % copy.length][key] = value;
      return copy;
    });
  fc.assert(
    fc.property(fc.oneof(anything, mutated), (v) => {
      const r = api.validateCatalog(v);
      assert.equal(typeof r.ok, 'boolean');
      for (const p of r.problems) assert.ok(CODES.has(p.code), `unexpected code ${p.code}`);
      checkOutcome(() => api.questions(v));
      sentinel(api);
    }),
    { numRuns: RUNS, seed: 20261129 },
  );
});
