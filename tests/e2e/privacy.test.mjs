// Issue 12, privacy: across the page load and 200 reader interactions (clicks on options and
// check boxes, drop-down choices, language switches, opening folds and sections), the page makes
// no request but the widget's own assets (the element modules, the headless API, the glue and
// the .wasm) and the catalog-src catalog, and none at all after start-up. No WebSocket, no worker,
// no beacon. Prints the request list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, quiet, ready, settle } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAGE = '/tests/e2e/fixtures/privacy-page.html';
// Everything the page may fetch: the page itself, the widget's assets, its catalog-src.
const ALLOWED = [
  PAGE,
  '/pkg/qwen-or-llama-define.js', '/pkg/qwen-or-llama-element.js', '/pkg/qwen-or-llama-dom.js',
  '/pkg/qwen-or-llama-form.js', '/pkg/qwen-or-llama-result.js', '/pkg/qwen-or-llama-strings.js',
  '/pkg/qwen-or-llama-styles.js', '/pkg/index.js', '/pkg/qwen_or_llama.js', '/pkg/qwen_or_llama_bg.wasm',
  '/pkg/catalog.json', // catalog-src of #custom
];
const INTERACTIONS = 200;

// A small deterministic PRNG (mulberry32), so that a failure can be replayed.
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test(`load and ${INTERACTIONS} interactions: only the widget's own assets and catalog-src, nothing after start-up`, async () => {
  const requests = [];
  const other = [];
  const page = await openPage(browser, PAGE, {
    setup: async (p) => {
      p.context().on('request', (r) => requests.push({ at: Date.now(), method: r.method(), url: r.url(), type: r.resourceType() }));
      p.on('websocket', (ws) => other.push(`websocket ${ws.url()}`));
      p.on('worker', (w) => other.push(`worker ${w.url()}`));
      await p.addInitScript(() => {
        // Beacons, and a record of every fetch the page's scripts make.
        const beacon = navigator.sendBeacon?.bind(navigator);
        navigator.sendBeacon = (...a) => { (window.__beacons ||= []).push(String(a[0])); return beacon ? beacon(...a) : false; };
      });
    },
  });
  const t0 = Date.now();
  const plain = await ready(page, '#plain');
  const custom = await ready(page, '#custom');
  await page.waitForFunction(() => document.querySelector('#custom').result?.catalogSize > 0);
  await quiet(page);
  const startup = requests.length;
  const startupMs = Date.now() - t0;

  const random = rng(12);
  const counts = { option: 0, checkbox: 0, select: 0, summary: 0, language: 0 };
  const widgets = [['#plain', plain], ['#custom', custom]];
  for (let i = 0; i < INTERACTIONS; i++) {
    const [sel, w] = widgets[i % 2];
    if (i % 25 === 24) {
      // Switch the language live.
      await page.evaluate((s) => { const el = document.querySelector(s); el.lang = el.lang === 'zh' ? 'en' : 'zh'; }, sel);
      counts.language++;
      continue;
    }
    const targets = w.locator('form label.opt:visible, form select:visible, summary:visible');
    const n = await targets.count();
    const target = targets.nth(Math.floor(random() * n));
    const tag = await target.evaluate((e) => e.localName);
    if (tag === 'select') {
      const values = await target.evaluate((s) => [...s.options].map((o) => o.value));
      await target.selectOption(values[Math.floor(random() * values.length)]);
      counts.select++;
    } else {
      await target.scrollIntoViewIfNeeded();
      const kind = tag === 'summary' ? 'summary' : await target.evaluate((l) => (l.querySelector('input')?.type === 'checkbox' ? 'checkbox' : 'option'));
      await target.click();
      counts[kind]++;
    }
    if (i % 20 === 0) await settle(page);
  }
  // Idle work (the what-if analysis) and any late request get their chance.
  await quiet(page);
  const beacons = await page.evaluate(() => window.__beacons || []);
  const after = requests.slice(startup);

  const rel = (u) => { const x = new URL(u); return x.origin === new URL(requests[0].url).origin ? x.pathname : u; };
  console.log(`  start-up: ${startup} requests in ${startupMs} ms (after page.goto); interactions: ${JSON.stringify(counts)}`);
  for (const r of requests) console.log(`  ${r === after[0] ? '(after start-up) ' : ''}${r.method} ${r.type} ${rel(r.url)}`);
  console.log(`  after start-up: ${after.length} requests; websockets/workers: ${other.length}; beacons: ${beacons.length}`);

  const unexpected = requests.map((r) => rel(r.url)).filter((u) => !ALLOWED.includes(u));
  assert.deepEqual(unexpected, [], 'no request but the widget\'s assets and catalog-src');
  assert.deepEqual(after.map((r) => rel(r.url)), [], 'no request after start-up');
  assert.deepEqual(other, []);
  assert.deepEqual(beacons, []);
  // Each asset fetched once.
  const seen = requests.map((r) => rel(r.url));
  assert.equal(seen.length, new Set(seen).size, `each asset fetched once: ${seen.join(' ')}`);
  for (const need of ['/pkg/qwen_or_llama_bg.wasm', '/pkg/qwen_or_llama.js', '/pkg/catalog.json']) assert.ok(seen.includes(need), `${need} fetched`);
  assert.equal(counts.language, Math.floor(INTERACTIONS / 25));
  await page.done();
});
