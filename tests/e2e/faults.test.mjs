// REL-06 (reliability-test-plan.md), the asset faults a host page can meet: the .wasm answering
// 404 or 500, truncated or corrupted bytes, served with the wrong MIME type, or slow. Each fault
// must leave the light-DOM fallback readable and fire exactly one qwen-or-llama-error (no
// uncaught error); a wrong MIME type or a slow network must still end in a working widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, ready, events, shown, ROOT } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WASM = readFileSync(`${ROOT}pkg/qwen_or_llama_bg.wasm`);

/** Serves the .wasm with `reply` (a playwright route.fulfill argument, or a function of the route). */
const serveWasm = (reply) => (page) => page.route('**/*.wasm', (route) =>
  typeof reply === 'function' ? reply(route) : route.fulfill(reply));

const broken = [
  ['404', { status: 404, contentType: 'text/plain', body: 'not found' }],
  ['500', { status: 500, contentType: 'text/plain', body: 'server error' }],
  ['truncated', { status: 200, contentType: 'application/wasm', body: WASM.subarray(0, WASM.length >> 1) }],
  ['corrupted', { status: 200, contentType: 'application/wasm', body: Buffer.concat([Buffer.from('\0asm'), Buffer.alloc(64, 0xff)]) }],
  ['an HTML error page', { status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title>' }],
];

for (const [name, reply] of broken) {
  test(`a .wasm that is ${name}: fallback stays, one error event, no uncaught error`, async () => {
    const page = await openPage(browser, '/tests/e2e/fixtures/single.html', {
      // The browser itself logs failed resources and wasm-bindgen warns about the MIME type.
      allowConsole: /Failed to load resource|WebAssembly|wasm/i,
      setup: serveWasm(reply),
    });
    await page.waitForFunction(() => window.__qol.events.some((e) => e.type === 'qwen-or-llama-error'));
    await page.waitForTimeout(200); // a second, duplicate event would arrive by now
    const errors = await events(page, 'qwen-or-llama-error');
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0].detail.code, 'load-failed');
    assert.ok(await page.locator('#fallback').isVisible(), 'the fallback paragraph is visible');
    assert.equal(await page.locator('#w [part=verdict]').count(), 0);
    await page.done();
  });
}

test('a .wasm served with the wrong MIME type still works (non-streaming fallback)', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', {
    allowConsole: /MIME|instantiateStreaming/i,
    setup: serveWasm({ status: 200, contentType: 'application/octet-stream', body: WASM }),
  });
  const w = await ready(page, '#w');
  assert.match((await shown(w)).verdict, /^(Qwen|Llama|Either|Neither)$/);
  assert.equal((await events(page, 'qwen-or-llama-error')).length, 0);
  await page.done();
});

test('a slow .wasm (2 s): the fallback shows meanwhile, then the widget works', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', {
    setup: serveWasm(async (route) => {
      await new Promise((r) => setTimeout(r, 2000));
      await route.fulfill({ status: 200, contentType: 'application/wasm', body: WASM });
    }),
  });
  await page.waitForTimeout(500);
  assert.ok(await page.locator('#fallback').isVisible(), 'fallback visible while loading');
  const w = await ready(page, '#w');
  assert.match((await shown(w)).verdict, /^(Qwen|Llama|Either|Neither)$/);
  assert.equal((await events(page, 'qwen-or-llama-error')).length, 0);
  await page.done();
});
