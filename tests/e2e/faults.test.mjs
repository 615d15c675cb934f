// REL-06 (reliability-test-plan.md) and issue 12: the asset faults a host page can meet. Each of
// the three assets the widget fetches (the .wasm, the wasm-bindgen glue qwen_or_llama.js, and a
// `catalog-src` catalog) answers 404, 500, an aborted connection, a truncated body, the wrong
// MIME type, an HTML page instead of the asset, or slowly (10 s, real time, once per asset).
// Required in every cell: the light-DOM fallback stays readable when the widget cannot start
// (for catalog-src: the widget works on its built-in catalog), exactly one qwen-or-llama-error
// when something failed (none when it did not), at most one retry (requests counted per asset),
// no uncaught error, and the host page's own scripts after the widget still run. The cells run
// in parallel pages; the table of cells is printed at the end.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, ready, events, shown, quiet, ROOT } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  printTable();
});

const WASM = readFileSync(`${ROOT}pkg/qwen_or_llama_bg.wasm`);
const GLUE = readFileSync(`${ROOT}pkg/qwen_or_llama.js`);
// A valid custom catalog that can be told from the built-in one: the built-in catalog minus five
// models no other model names as its successor (so 75 models instead of 80).
const BUILTIN = JSON.parse(readFileSync(`${ROOT}pkg/catalog.json`, 'utf8'));
const CUSTOM = (() => {
  const named = new Set(BUILTIN.models.map((m) => m.supersededBy).filter(Boolean));
  const drop = new Set(BUILTIN.models.filter((m) => !named.has(m.id)).slice(-5).map((m) => m.id));
  return { ...BUILTIN, models: BUILTIN.models.filter((m) => !drop.has(m.id)) };
})();
const CUSTOM_TEXT = Buffer.from(JSON.stringify(CUSTOM));

const SLOW_MS = 10_000;
const HTML_PAGE = '<!doctype html><html><head><title>Oops</title></head><body><h1>Something went wrong</h1></body></html>';

const ASSETS = {
  wasm: { pattern: '**/pkg/qwen_or_llama_bg.wasm', match: /\/pkg\/qwen_or_llama_bg\.wasm$/, body: WASM, type: 'application/wasm', wrongType: 'application/octet-stream', page: 'fault-host.html' },
  glue: { pattern: '**/pkg/qwen_or_llama.js', match: /\/pkg\/qwen_or_llama\.js$/, body: GLUE, type: 'text/javascript', wrongType: 'text/plain', page: 'fault-host.html' },
  catalog: { pattern: '**/fault-catalog.json', match: /\/fault-catalog\.json$/, body: CUSTOM_TEXT, type: 'application/json', wrongType: 'text/plain', page: 'fault-catalog.html' },
};

/** How the asset answers, as a function of the playwright route. */
const FAULTS = {
  '404': () => (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  '500': () => (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'server error' }),
  aborted: () => (route) => route.abort('connectionreset'),
  truncated: (a) => (route) => route.fulfill({ status: 200, contentType: a.type, body: a.body.subarray(0, a.body.length >> 1) }),
  'wrong MIME': (a) => (route) => route.fulfill({ status: 200, contentType: a.wrongType, body: a.body }),
  'HTML page': () => (route) => route.fulfill({ status: 200, contentType: 'text/html', body: HTML_PAGE }),
  'slow 10 s': (a) => async (route) => {
    await new Promise((r) => setTimeout(r, SLOW_MS));
    await route.fulfill({ status: 200, contentType: a.type, body: a.body }).catch(() => {});
  },
  corrupted: (a) => (route) => route.fulfill({ status: 200, contentType: a.type, body: Buffer.concat([Buffer.from('\0asm'), Buffer.alloc(64, 0xff)]) }),
};

// The required outcome of each cell: `fallback` (the widget cannot start: fallback visible, one
// load-failed error), `works` (the widget works, no error), `builtin` (catalog-src only: the widget
// works on the built-in catalog, one catalog-fetch-failed error), `custom` (the custom catalog is
// used, no error), `late` (slow: fallback or built-in meanwhile, then the real asset is used).
const CELLS = [
  ...['404', '500', 'aborted', 'truncated', 'HTML page', 'corrupted'].map((f) => ['wasm', f, 'fallback']),
  // wasm-bindgen falls back from instantiateStreaming to instantiate (with a console warning).
  ['wasm', 'wrong MIME', 'works'],
  ['wasm', 'slow 10 s', 'late'],
  // The browser refuses a module script with a non-JavaScript MIME type, so every glue fault but
  // slowness is a failure to start.
  ...['404', '500', 'aborted', 'truncated', 'wrong MIME', 'HTML page'].map((f) => ['glue', f, 'fallback']),
  ['glue', 'slow 10 s', 'late'],
  ...['404', '500', 'aborted', 'truncated', 'HTML page'].map((f) => ['catalog', f, 'builtin']),
  // fetch().json() does not look at the Content-Type: a valid JSON catalog as text/plain is used.
  ['catalog', 'wrong MIME', 'custom'],
  ['catalog', 'slow 10 s', 'late'],
];

const rows = [];

function printTable() {
  if (!rows.length) return;
  const head = ['asset', 'fault', 'required', 'fallback', 'verdict', 'catalog', 'errors', 'requests', 'host js', 'warnings', 'ms', 'ok'];
  const lines = [head, ...rows.map((r) => [r.asset, r.fault, r.expect, r.fallback, r.verdict, r.catalog, r.errors, r.requests, r.host, r.warnings, r.ms, r.ok])];
  const widths = head.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  const fmt = (l) => `| ${l.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(['', 'Asset faults (issue 12):', fmt(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.slice(1).map(fmt)].join('\n'));
}

const hasError = () => window.__qol.events.some((e) => e.type === 'qwen-or-llama-error');
const verdictShown = () => !!document.querySelector('#w')?.shadowRoot?.querySelector('[part=verdict]:not([hidden]) .big');
const catalogSize = () => document.querySelector('#w')?.result?.catalogSize ?? null;

async function runCell(asset, fault, expect) {
  const a = ASSETS[asset];
  const t0 = Date.now();
  const requests = [];
  const warnings = [];
  const page = await openPage(browser, `/tests/e2e/fixtures/${a.page}`, {
    // The browser logs failed resources and refused module scripts; wasm-bindgen warns about the MIME type.
    allowConsole: /Failed to load resource|module script|MIME type|WebAssembly|wasm/i,
    setup: async (p) => {
      p.on('request', (r) => { if (a.match.test(new URL(r.url()).pathname)) requests.push(r.url()); });
      p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text().split('\n')[0]); });
      await p.route(a.pattern, FAULTS[fault](a));
      // What the page shows 1 s in (page.goto itself waits for the load event, which a slow
      // module script delays).
      await p.addInitScript(() => setTimeout(() => {
        const fb = document.querySelector('#fallback');
        const w = document.querySelector('#w');
        window.__early = { fallback: !!fb && fb.checkVisibility(), verdict: !!w?.shadowRoot?.querySelector('[part=verdict]:not([hidden]) .big'), catalog: w?.result?.catalogSize ?? null };
      }, 1000));
      // The other assets answer normally; a catalog-src page gets the valid custom catalog.
      if (asset !== 'catalog') await p.route(ASSETS.catalog.pattern, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: CUSTOM_TEXT }));
    },
  });
  const row = { asset, fault, expect, fallback: '-', verdict: '-', catalog: '-', errors: '-', requests: '-', host: '-', warnings: '-', ms: '-', ok: 'no' };
  rows.push(row);
  const checks = [];
  const check = (cond, what) => { if (!cond) checks.push(what); };
  try {
    if (expect === 'late') {
      await page.waitForFunction(() => window.__early, null, { timeout: 3000 });
      const early = await page.evaluate(() => window.__early);
      row.early = early;
      if (asset === 'catalog') {
        // The widget starts on the built-in catalog and switches when the slow one arrives.
        await page.waitForFunction(verdictShown, null, { timeout: SLOW_MS - 2000 });
        const meanwhile = await page.evaluate(catalogSize);
        check(meanwhile === BUILTIN.models.length, `built-in catalog while the custom one is slow (${meanwhile})`);
        await page.waitForFunction((n) => document.querySelector('#w')?.result?.catalogSize === n, CUSTOM.models.length, { timeout: SLOW_MS + 5000 });
      } else {
        check(early.fallback && !early.verdict, `fallback and no verdict while the asset is slow (${JSON.stringify(early)})`);
        await ready(page, '#w');
      }
    } else if (expect === 'fallback') {
      // Wait for the error event, or (when none comes) for the page to have settled.
      await page.waitForFunction(hasError, null, { timeout: 10000 }).catch(() => {});
      await page.waitForLoadState('load');
    } else {
      await ready(page, '#w');
      if (expect === 'builtin') await page.waitForFunction(hasError, null, { timeout: 10000 }).catch(() => {});
    }
    await quiet(page); // a second, duplicate event (or a retry) would have come by now
    row.ms = Date.now() - t0;
    const errors = await events(page, 'qwen-or-llama-error');
    const host = await page.evaluate(() => window.__host);
    row.fallback = (await page.locator('#fallback').isVisible()) ? 'visible' : 'hidden';
    row.verdict = (await page.evaluate(verdictShown)) ? (await shown(page.locator('#w'))).verdict : 'none';
    row.catalog = (await page.evaluate(catalogSize)) ?? '-';
    row.errors = errors.length ? `${errors.length} (${errors.map((e) => e.detail?.code).join(',')})` : '0';
    row.requests = requests.length;
    row.host = host && host.classic && host.module && host.load ? 'ran' : JSON.stringify(host);
    row.warnings = warnings.length ? warnings.map((w) => w.slice(0, 60)).join(' / ') : '0';

    check(requests.length >= 1 && requests.length <= 2, `at most one retry (${requests.length} requests)`);
    check(host && host.classic && host.module && host.load, `the host's scripts ran (${JSON.stringify(host)})`);
    check(page.problems.length === 0, `no uncaught error (${page.problems.join('; ')})`);
    if (expect === 'fallback') {
      check(row.fallback === 'visible', 'fallback visible');
      check(row.verdict === 'none', 'no verdict');
      check(errors.length === 1, `exactly one error event (${errors.length})`);
      check(errors[0]?.detail?.code === 'load-failed', `error code load-failed (${errors[0]?.detail?.code})`);
    } else {
      check(/^(Qwen|Llama|Either|Neither)$/.test(row.verdict), `a verdict (${row.verdict})`);
      check(row.fallback === 'hidden', 'fallback hidden once the widget works');
      const want = { works: BUILTIN.models.length, builtin: BUILTIN.models.length, custom: CUSTOM.models.length, late: asset === 'catalog' ? CUSTOM.models.length : BUILTIN.models.length }[expect];
      check(row.catalog === want, `catalog of ${want} models (${row.catalog})`);
      if (expect === 'builtin') {
        check(errors.length === 1, `exactly one error event (${errors.length})`);
        check(errors[0]?.detail?.code === 'catalog-fetch-failed', `error code catalog-fetch-failed (${errors[0]?.detail?.code})`);
      } else check(errors.length === 0, `no error event (${errors.length})`);
    }
    if (asset === 'wasm' && fault === 'wrong MIME') {
      // Acceptable: wasm-bindgen's one console warning about the MIME type, nothing else.
      check(warnings.length === 1 && /instantiateStreaming/.test(warnings[0]), `one wasm-bindgen MIME warning (${warnings.join(' / ')})`);
    }
    row.ok = checks.length ? `no: ${checks.join('; ')}` : 'yes';
  } finally {
    page.problems.length = 0; // reported in the row and asserted below, not again by done()
    await page.done().catch((e) => checks.push(String(e.message)));
  }
  assert.deepEqual(checks, [], `${asset} ${fault}`);
}

describe('asset faults', { concurrency: 3 }, () => {
  // The slow cells first, so their 10 s overlap the others.
  const order = [...CELLS.filter((c) => c[2] === 'late'), ...CELLS.filter((c) => c[2] !== 'late')];
  for (const [asset, fault, expect] of order) {
    test(`${asset} ${fault}: ${expect}`, () => runCell(asset, fault, expect));
  }
});
