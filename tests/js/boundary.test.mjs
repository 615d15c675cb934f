// The wasm boundary suite against the built package (pkg/), in Node's test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as api from '../../pkg/index.js';
import { allCases, badInputs, checkNotReady } from './cases.mjs';

const pkgJson = JSON.parse(await readFile(new URL('../../pkg/package.json', import.meta.url), 'utf8'));

test('calling before ready() throws not-ready', () => {
  checkNotReady(api);
});

test('ready() initialises once and is memoised', async () => {
  const p = api.ready();
  assert.equal(api.ready(), p, 'a second ready() returns the same promise');
  await p;
  assert.equal(api.isReady(), true);
});

test('at least 20 bad inputs are covered', () => {
  assert.ok(badInputs(api).length >= 20, `only ${badInputs(api).length}`);
});

for (const c of allCases(api, { expectedVersion: pkgJson.version })) {
  test(c.name, () => c.run());
}
