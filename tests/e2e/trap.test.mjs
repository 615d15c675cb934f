// Issue 12: a forced trap (the `__testTrap` export of the test build, cargo feature `test-trap`,
// absent from the release build) makes the package discard the instance and instantiate the
// module once more, and the elements keep answering; a second trap is for good: every widget
// shows its fallback and fires one qwen-or-llama-error (code "crashed"), with no uncaught error.
// Needs the test variant next to pkg/: OUT=target/pkg-trap FEATURES=test-trap scripts/build.sh
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch, openPage, ready, events, clearEvents, shown, answer, quiet, settle, ROOT } from './helpers.mjs';

const TRAP = `${ROOT}target/pkg-trap/`;
const BUILD = 'run OUT=target/pkg-trap FEATURES=test-trap scripts/build.sh';
const exportsOf = (file) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(file))).map((e) => e.name);

/** Fails, saying how to build it, unless target/pkg-trap is a test build of the current sources. */
function needTrapBuild() {
  assert.ok(existsSync(`${TRAP}qwen_or_llama_bg.wasm`) && existsSync(`${TRAP}index.js`), `target/pkg-trap is missing: ${BUILD}`);
  for (const [src, name] of [['pkg-template/index.js', 'index.js'], ['www/qwen-or-llama-element.js', 'qwen-or-llama-element.js']]) {
    assert.ok(readFileSync(`${ROOT}${src}`).equals(readFileSync(`${TRAP}${name}`)), `target/pkg-trap/${name} is older than ${src}: ${BUILD}`);
  }
  assert.ok(exportsOf(`${TRAP}qwen_or_llama_bg.wasm`).includes('__testTrap'), `target/pkg-trap has no __testTrap export (not a test-trap build): ${BUILD}`);
}

let browser;
before(async () => {
  needTrapBuild();
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('the release build (pkg/) has no trap: not in the .wasm, the glue or the API', async () => {
  assert.ok(!exportsOf(`${ROOT}pkg/qwen_or_llama_bg.wasm`).some((n) => /trap/i.test(n)), 'no trap export in pkg/qwen_or_llama_bg.wasm');
  assert.ok(!readFileSync(`${ROOT}pkg/qwen_or_llama.js`, 'utf8').includes('__testTrap'), 'no trap in pkg/qwen_or_llama.js');
  assert.ok(!/trapNext|__testTrap|test-trap/.test(readFileSync(`${ROOT}pkg/index.js`, 'utf8')), 'no trap hook in pkg/index.js');
  const api = await import(pathToFileURL(`${ROOT}pkg/index.js`).href);
  await api.ready();
  assert.equal(api.__testTrapNextCall, undefined, 'the release API has no __testTrapNextCall');
  assert.equal(api.version(), api.version(), 'the release module still answers');
});

test('index.js in Node: a trap → crashed; recover() instantiates once; a second trap is for good', async () => {
  const api = await import(pathToFileURL(`${TRAP}index.js`).href);
  await api.ready();
  const want = api.recommend({ language: 'zh' });
  api.__testTrapNextCall();
  const crashed = (e) => api.isQwenOrLlamaError(e) && e.code === 'crashed';
  assert.throws(() => api.recommend({ language: 'zh' }), (e) => crashed(e) && e.cause instanceof WebAssembly.RuntimeError);
  assert.equal(api.isReady(), false);
  assert.throws(() => api.version(), crashed, 'calls are refused until recover()');
  const [p1, p2] = [api.recover(), api.recover()];
  assert.equal(p1, p2, 'concurrent recover() calls share one attempt');
  await p1;
  assert.equal(api.isReady(), true);
  assert.deepEqual(api.recommend({ language: 'zh' }), want, 'the new instance answers as the first did');
  await api.recover(); // ready: nothing to do
  api.__testTrapNextCall();
  assert.throws(() => api.questions('en'), crashed);
  await assert.rejects(api.recover(), crashed, 'a second trap is for good');
  await assert.rejects(api.recover(), crashed);
  assert.throws(() => api.version(), (e) => crashed(e) && /reload the page/.test(e.message));
  assert.equal(api.isReady(), false);
});

const LANGUAGE = 'Main language of your users and content';

/** Opens the fixture and records the package's requests: `page.loads()` counts glue copies and .wasm fetches. */
async function openTrapPage() {
  const urls = [];
  const page = await openPage(browser, '/tests/e2e/fixtures/trap-two.html', {
    setup: (p) => p.on('request', (r) => urls.push(new URL(r.url()).pathname + new URL(r.url()).search)),
  });
  page.loads = () => ({
    glue: urls.filter((u) => u.startsWith('/target/pkg-trap/qwen_or_llama.js')).length,
    wasm: urls.filter((u) => u === '/target/pkg-trap/qwen_or_llama_bg.wasm').length,
  });
  return page;
}

test('two elements: a trap re-initialises once and both keep answering; a second trap shows the fallbacks, one error event each', async () => {
  const page = await openTrapPage();
  const a = await ready(page, '#a');
  const b = await ready(page, '#b');
  assert.deepEqual(page.loads(), { glue: 1, wasm: 1 }, 'one module for both elements');
  const before = { a: await shown(a), b: await shown(b) };
  await clearEvents(page);

  // First trap, inside #a's own call when the reader changes an answer.
  await page.evaluate(() => window.trapNextCall());
  await answer(page, a, { [LANGUAGE]: 'Chinese' });
  await a.locator('[part=verdict]:not([hidden])').waitFor();
  await page.waitForFunction(() => window.__qol.events.some((e) => e.type === 'qwen-or-llama-result' && e.target === 'a'));
  await settle(page);
  const afterA = await shown(a);
  assert.notEqual(afterA.summary, before.a.summary, 'the verdict followed the new answer after the re-init');
  assert.match(afterA.verdict, /^(Qwen|Llama|Either|Neither)$/);
  assert.equal(await a.locator('.err:not([hidden])').count(), 0, 'the reader sees no error');
  assert.deepEqual(page.loads(), { glue: 2, wasm: 2 }, 'the module was instantiated once more, with a second glue copy');
  // #b never noticed, and answers with the new instance.
  assert.deepEqual(await shown(b), before.b);
  await answer(page, b, { [LANGUAGE]: 'Chinese' });
  await page.waitForFunction(() => window.__qol.events.some((e) => e.type === 'qwen-or-llama-result' && e.target === 'b'));
  assert.equal((await shown(b)).summary, afterA.summary, '#b answers the same answers as #a');
  // And #a keeps answering.
  await answer(page, a, { [LANGUAGE]: 'English' });
  await settle(page);
  assert.equal((await shown(a)).summary, before.a.summary);
  assert.deepEqual(await events(page, 'qwen-or-llama-error'), [], 'no error event after a recovered trap');
  assert.deepEqual(page.problems, []);
  assert.ok(await page.locator('#fa').isHidden() && await page.locator('#fb').isHidden(), 'fallbacks hidden while the widgets work');

  // Second trap, in #b's call: for good. Both widgets show their fallback, one event each.
  await clearEvents(page);
  await page.evaluate(() => window.trapNextCall());
  await answer(page, b, { [LANGUAGE]: 'Many languages' });
  await page.waitForFunction(() => window.__qol.events.filter((e) => e.type === 'qwen-or-llama-error').length >= 2);
  await quiet(page); // a duplicate event would have come by now
  const errors = await events(page, 'qwen-or-llama-error');
  assert.deepEqual(errors.map((e) => [e.target, e.detail.code]).sort(), [['a', 'crashed'], ['b', 'crashed']], JSON.stringify(errors));
  assert.ok(errors.every((e) => e.bubbles && e.composed && /reload the page/.test(e.detail.message)));
  for (const [w, fb] of [[a, '#fa'], [b, '#fb']]) {
    assert.ok(await page.locator(fb).isVisible(), `${fb}: the fallback is visible`);
    assert.equal(await w.locator('[part=verdict]:visible').count(), 0, 'no widget left on screen');
  }
  // The host page's own script still runs, and nothing more happens on a click in a dead widget.
  await page.locator('#host').click();
  assert.equal(await page.evaluate(() => window.hostClicks), 1);
  await page.locator('#fa').click();
  await settle(page);
  assert.equal((await events(page, 'qwen-or-llama-error')).length, 2, 'still one error event per element');
  assert.deepEqual(page.loads(), { glue: 2, wasm: 2 }, 'no third instance');
  await page.done();
});

test('a trap in the what-if analysis (the idle pass) recovers too', async () => {
  const page = await openTrapPage();
  const a = await ready(page, '#a');
  await ready(page, '#b');
  const before = await shown(a);
  await clearEvents(page);
  // A property change renders in a microtask; the trap is armed right after it, so it lands on
  // the what-if pass that follows once the page is idle.
  await page.evaluate(async () => {
    document.querySelector('#a').answers = { language: 'zh' };
    await new Promise((r) => queueMicrotask(r));
    window.trapNextCall();
  });
  await page.waitForFunction(() => window.__qol.events.filter((e) => e.type === 'qwen-or-llama-result' && e.target === 'a').length >= 2, null, { timeout: 5000 });
  await settle(page);
  assert.notEqual((await shown(a)).summary, before.summary);
  assert.deepEqual(page.loads(), { glue: 2, wasm: 2 }, 'the what-if pass trapped and the module came back');
  assert.deepEqual(await events(page, 'qwen-or-llama-error'), []);
  await page.done();
});
