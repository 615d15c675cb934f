// Issue 12, long sessions: 20 instances on one page are independent; 1,000 create / answer /
// remove cycles and 10,000 answer changes on one instance leave the JS heap (after GC), the DOM
// node and event-listener counts (CDP Memory.getDOMCounters) and the wasm linear memory at their
// baseline (after a warm-up; noise allowed: heap growth < 1 MB). Prints the figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, ready, settle, shown } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAGE = '/tests/e2e/fixtures/session-page.html';
const MB = 1024 * 1024;
const HEAP_NOISE = 1 * MB;

/** JS heap after a full GC, DOM counters and the wasm memory size. */
async function measure(page, cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const wasm = await page.evaluate(() => window.__wasmBytes());
  return { heap: usedSize, documents, nodes, listeners: jsEventListeners, wasm };
}

const fmt = (m) => `heap ${(m.heap / MB).toFixed(2)} MB, documents ${m.documents}, nodes ${m.nodes}, listeners ${m.listeners}, wasm ${(m.wasm / MB).toFixed(2)} MB`;
const delta = (a, b) => `heap ${((b.heap - a.heap) / 1024).toFixed(1)} KB, nodes ${b.nodes - a.nodes}, listeners ${b.listeners - a.listeners}, documents ${b.documents - a.documents}, wasm ${b.wasm - a.wasm} B`;

function assertFlat(base, end, what) {
  assert.ok(end.heap - base.heap < HEAP_NOISE, `${what}: heap grew by ${((end.heap - base.heap) / 1024).toFixed(1)} KB`);
  assert.ok(end.nodes <= base.nodes, `${what}: DOM nodes ${base.nodes} -> ${end.nodes}`);
  assert.ok(end.listeners <= base.listeners, `${what}: listeners ${base.listeners} -> ${end.listeners}`);
  assert.ok(end.documents <= base.documents, `${what}: documents ${base.documents} -> ${end.documents}`);
  assert.equal(end.wasm, base.wasm, `${what}: wasm memory ${base.wasm} -> ${end.wasm}`);
}

// The helpers' recorder keeps a JSON copy of every event reaching the document (a result event
// carries the whole recommendation): the loops stop their events at #host so that the figures
// measure the widget, not the recorder.
const quiet = () => {
  const host = document.querySelector('#host');
  if (host.dataset.quiet) return;
  host.dataset.quiet = '1';
  for (const t of ['qwen-or-llama-result', 'qwen-or-llama-change']) host.addEventListener(t, (e) => e.stopPropagation());
};

// In the page: `n` cycles of create (eager) -> first result -> set answers -> result -> remove.
function cycles(n) {
  const drain = async () => { for (let i = 0; i < 3; i++) await new Promise((r) => requestIdleCallback(r)); await new Promise((r) => setTimeout(r, 200)); };
  const host = document.querySelector('#host');
  const presets = [{ language: 'zh', deployment: 'cloud' }, { language: 'en', priority: 'quality' }, { ecosystem: 'open-community', tasks: ['code'] }];
  const once = (el, type) => new Promise((r) => el.addEventListener(type, r, { once: true }));
  return (async () => {
    const t0 = performance.now();
    const verdicts = {};
    const chunks = [];
    let tc = t0;
    for (let i = 0; i < n; i++) {
      if (i && i % (n / 5) === 0) { chunks.push(Math.round(performance.now() - tc)); tc = performance.now(); }
      const el = document.createElement('qwen-or-llama');
      el.setAttribute('loading', 'eager');
      el.setAttribute('lang', i % 2 ? 'en' : 'zh');
      const first = once(el, 'qwen-or-llama-result');
      host.append(el);
      await first;
      const second = once(el, 'qwen-or-llama-result');
      el.answers = presets[i % presets.length];
      const e = await second;
      verdicts[e.detail.verdict] = (verdicts[e.detail.verdict] || 0) + 1;
      el.remove();
    }
    // Any idle callbacks still queued run before the figures are taken (removed instances have
    // none: the test below checks that).
    await drain();
    chunks.push(Math.round(performance.now() - tc));
    return { ms: performance.now() - t0, verdicts, chunks };
  })();
}

test('20 instances on one page are independent', async () => {
  const page = await openPage(browser, PAGE);
  await page.evaluate(() => {
    const host = document.querySelector('#host');
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('qwen-or-llama');
      el.id = `w${i}`;
      el.setAttribute('loading', 'eager');
      el.setAttribute('lang', 'en');
      host.append(el);
    }
  });
  await page.waitForFunction(() => [...document.querySelectorAll('qwen-or-llama')].every((el) => el.result), null, { timeout: 60000 });
  await settle(page);
  const state = () => page.evaluate(() => [...document.querySelectorAll('qwen-or-llama')].map((el) => ({
    id: el.id,
    answers: JSON.stringify(el.answers),
    verdict: el.result?.verdict.family,
    top: el.result?.ranked.map((m) => m.id).join(','),
    checked: [...el.shadowRoot.querySelectorAll('input:checked')].map((i) => `${i.dataset.q}=${i.value}`).join(' '),
    text: el.shadowRoot.querySelector('[part=verdict]').textContent,
  })));
  const before = await state();
  assert.equal(new Set(before.map((s) => s.answers + s.verdict + s.top)).size, 1, 'all 20 start alike');
  const changes = [
    // A reader clicks in instance 3 (mouse), instance 12 gets a property, instance 19 an attribute.
    ['w3', async () => {
      const w = await ready(page, '#w3');
      await w.locator('label.opt:has(input[data-q=ecosystem][value=open-community])').click();
      await w.locator('label.opt:has(input[data-q=language][value=multi])').click();
    }],
    ['w12', () => page.evaluate(() => { document.querySelector('#w12').answers = { language: 'en', deployment: 'cloud', priority: 'speed' }; })],
    ['w19', () => page.evaluate(() => document.querySelector('#w19').setAttribute('answers', '{"contextTokens":10000000}'))],
  ];
  let prev = before;
  const changed = new Set();
  for (const [id, act] of changes) {
    await act();
    const was = prev.find((s) => s.id === id).answers;
    await page.waitForFunction(([i, a]) => JSON.stringify(document.querySelector(`#${i}`).answers) !== a, [id, was]);
    await settle(page);
    const now = await state();
    changed.add(id);
    for (const [k, s] of now.entries()) {
      if (s.id === id) {
        assert.notEqual(s.answers, prev[k].answers, `${id} took its answers`);
        console.log(`  ${id}: verdict ${prev[k].verdict} -> ${s.verdict}; answers ${s.answers}`);
      } else {
        assert.deepEqual(s, prev[k], `${s.id} unchanged when ${id} was answered`);
      }
    }
    // The others still show what they showed at the start.
    for (const [k, s] of now.entries()) if (!changed.has(s.id)) assert.deepEqual(s, before[k]);
    prev = now;
  }
  const verdicts = (await state()).map((s) => s.verdict);
  console.log(`  20 instances, verdicts after the changes: ${verdicts.join(' ')}`);
  assert.ok(new Set(verdicts).size > 1, 'the changes gave some instance another verdict');
  await page.done();
});

test('1,000 create / answer / remove cycles: heap, DOM nodes, listeners and wasm memory back at baseline', async () => {
  const page = await openPage(browser, PAGE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.evaluate(quiet);
  const warm = await page.evaluate(cycles, 50);
  const base = await measure(page, cdp);
  const run = await page.evaluate(cycles, 1000);
  const end = await measure(page, cdp);
  console.log(`  warm-up 50 cycles: ${warm.ms.toFixed(0)} ms`);
  console.log(`  baseline: ${fmt(base)}`);
  console.log(`  after 1,000 cycles (${run.ms.toFixed(0)} ms, ${(run.ms / 1000).toFixed(1)} ms/cycle, verdicts ${JSON.stringify(run.verdicts)}): ${fmt(end)}`);
  console.log(`  growth: ${delta(base, end)}; ms per fifth of the run (the last one includes draining the queued idle work): ${run.chunks.join(', ')}`);
  assert.equal(await page.locator('qwen-or-llama').count(), 0);
  assertFlat(base, end, '1,000 cycles');
  await page.done();
});

test('10,000 answer changes on one instance do not grow memory', async () => {
  const page = await openPage(browser, PAGE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.evaluate(() => {
    const el = document.createElement('qwen-or-llama');
    el.id = 'one';
    el.setAttribute('loading', 'eager');
    el.setAttribute('lang', 'en');
    document.querySelector('#host').append(el);
  });
  await page.waitForFunction(() => document.querySelector('#one').result);
  const changes = (n) => {
    const drain = async () => { for (let i = 0; i < 3; i++) await new Promise((r) => requestIdleCallback(r)); await new Promise((r) => setTimeout(r, 200)); };
    const el = document.querySelector('#one');
    const values = [{ language: 'zh', deployment: 'cloud' }, { language: 'en', ecosystem: 'open-community' }];
    const seen = {};
    return (async () => {
      const t0 = performance.now();
      const chunks = [];
      let tc = t0;
      for (let i = 0; i < n; i++) {
        if (i && i % (n / 5) === 0) { chunks.push(Math.round(performance.now() - tc)); tc = performance.now(); }
        const done = new Promise((r) => el.addEventListener('qwen-or-llama-result', r, { once: true }));
        el.answers = values[i % 2];
        const e = await done;
        seen[e.detail.verdict] = (seen[e.detail.verdict] || 0) + 1;
      }
      await drain();
      chunks.push(Math.round(performance.now() - tc));
      return { ms: performance.now() - t0, seen, chunks };
    })();
  };
  await page.evaluate(quiet);
  const warm = await page.evaluate(changes, 500);
  const base = await measure(page, cdp);
  const run = await page.evaluate(changes, 10000);
  const end = await measure(page, cdp);
  console.log(`  warm-up 500 changes: ${warm.ms.toFixed(0)} ms`);
  console.log(`  baseline: ${fmt(base)}`);
  console.log(`  after 10,000 changes (${run.ms.toFixed(0)} ms, ${(run.ms / 10000).toFixed(2)} ms/change, verdicts ${JSON.stringify(run.seen)}): ${fmt(end)}`);
  console.log(`  growth: ${delta(base, end)}; ms per fifth of the run (the last one includes draining the queued idle work): ${run.chunks.join(', ')}`);
  assert.deepEqual(Object.values(run.seen).reduce((a, b) => a + b, 0), 10000, 'one result event per change');
  assertFlat(base, end, '10,000 changes');
  assert.match((await shown(page.locator('#one'))).verdict, /^(Qwen|Llama|Either|Neither)$/);
  await page.done();
});

// A removed instance stops its pending work: its what-if analysis (about 30 scoring passes,
// ~20 ms of wasm each) waits in requestIdleCallback and is cancelled on removal, so a page that
// creates and removes many instances (client-side navigation) does not pay for each of them.
test('a removed instance does no more work (its what-if analysis is not computed after removal)', async () => {
  const page = await openPage(browser, PAGE);
  const r = await page.evaluate(async () => {
    await customElements.whenDefined('qwen-or-llama');
    const el = document.createElement('qwen-or-llama');
    el.setAttribute('loading', 'eager');
    const first = new Promise((res) => el.addEventListener('qwen-or-llama-result', res, { once: true }));
    document.querySelector('#host').append(el);
    await first;
    // Before the what-if analysis has run, result.whatIf is empty; it fills in when it runs.
    const atRemoval = JSON.stringify(el.result.whatIf ?? null);
    el.remove();
    // Three idle periods: the analysis runs in the first one (or after 400 ms) if it runs at all.
    for (let i = 0; i < 3; i++) await new Promise((res) => requestIdleCallback(res, { timeout: 500 }));
    return { atRemoval, later: JSON.stringify(el.result.whatIf ?? null) };
  });
  const n = (j) => (JSON.parse(j) ?? []).length;
  console.log(`  result.whatIf at removal: ${n(r.atRemoval)} items; three idle periods after removal: ${n(r.later)} items${r.later !== r.atRemoval ? ' (computed after removal)' : ''}`);
  await page.done();
  assert.equal(n(r.atRemoval), 0, 'the analysis had not run when the instance was removed');
  assert.equal(r.later, r.atRemoval, 'and it does not run after removal');
});
