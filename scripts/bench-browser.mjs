#!/usr/bin/env node
// make bench-browser: what a reader of a page with <qwen-or-llama> gets, in headless Chromium
// (playwright-core + /usr/bin/chromium, DevTools protocol), from one run:
//   a. bytes transferred before the widget enters the viewport and after (and whether any .wasm
//      was requested before scrolling), on tests/bench/below-fold.html (widget 3 viewports down);
//   b. time to interactive under Slow 4G (1.6 Mbps down, 750 kbps up, 150 ms RTT) and 4x CPU:
//      from scrollIntoView of the widget to the first verdict painted, cold cache;
//   c. click-to-verdict at 4x CPU, no network throttle, on tests/bench/in-view.html: in-page
//      (performance.now() before input.click() to the end of the click's task and the
//      microtasks it queued, plus a forced layout of [part=verdict]; and to the
//      qwen-or-llama-result event, the whole result), and the Event Timing API durations of real clicks sent
//      through the DevTools protocol (Input.dispatchMouseEvent), which is what a reader feels;
//   d. cumulative layout shift while the widget loads and starts (in view at load, and below the
//      fold until scrolled to), split into shifts of the widget itself, of content after it
//      (pushed by it) and of anything else; in view once with the README's host rule
//      (`qwen-or-llama:not(:defined){display:block;min-height:100vh}`) and once without it.
// The site is assembled by scripts/site.mjs (a copy of the package, precompressed .gz/.br) and
// served by sirv like the demo (scripts/serve.mjs); Chromium accepts br, so it gets brotli.
//
//   node scripts/bench-browser.mjs [--pkg DIR] [--www DIR] [--json FILE] [--clicks N]
//   env: BENCH_PKG, BENCH_WWW, BENCH_JSON, BENCH_CLICKS, BENCH_VIEWPORT=WxH, CHROMIUM
// --pkg benches another build's package files (default pkg/); --www is only copied into the
// site (default www/, as the demo). Prints a table and writes target/bench-browser.json.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launch } from './chromium.mjs';
import { assembleSite } from './site.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const flag = (name, env, dflt) => {
  const i = args.indexOf(name);
  if (i >= 0 && i + 1 < args.length) return args[i + 1];
  return process.env[env] || dflt;
};
const PKG = resolve(flag('--pkg', 'BENCH_PKG', resolve(ROOT, 'pkg')));
const WWW = resolve(flag('--www', 'BENCH_WWW', resolve(ROOT, 'www')));
const JSON_OUT = resolve(flag('--json', 'BENCH_JSON', resolve(ROOT, 'target/bench-browser.json')));
const CLICKS = Math.max(40, Number(flag('--clicks', 'BENCH_CLICKS', 48)));
const [VW, VH] = flag('--viewport', 'BENCH_VIEWPORT', '1280x900').split('x').map(Number);
const SITE = resolve(ROOT, 'target/bench-site');

// Slow 4G as issue 10 states it; CDP takes bytes per second and ms of latency.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
const CPU_RATE = 4;
const TAG = 'qwen-or-llama';
const RESULT = 'qwen-or-llama-result';
// Questions whose options the click bench alternates (those present are used; at least one).
const CLICK_QUESTIONS = ['language', 'tasks', 'priority', 'use', 'ecosystem'];

// ---- in-page instrumentation (runs before any page script) -------------------------------
function instrument({ tag, result }) {
  const b = { firstResult: null, firstPaint: null, shifts: [], events: [] };
  window.__bench = b;
  // Is `node` the widget or inside it (through shadow roots)? Is it after it in the document?
  const where = (node) => {
    const w = document.querySelector(tag);
    if (!node) return 'unknown';
    for (let n = node; n; n = n.parentNode || n.host) if (n === w || (n.localName === tag)) return 'widget';
    if (w && (w.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) return 'after';
    return 'other';
  };
  const describe = (n) => {
    if (!n) return null;
    if (n.nodeType !== 1) return n.nodeName;
    return n.localName + (n.id ? `#${n.id}` : '') + (n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : '')
      + (n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : '');
  };
  document.addEventListener(result, () => {
    const t = performance.now();
    if (b.firstResult === null) {
      b.firstResult = t;
      // The next frame after the render: the verdict is on screen.
      requestAnimationFrame(() => setTimeout(() => { b.firstPaint = performance.now(); }, 0));
    }
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.shifts.push({ t: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput,
          sources: (e.sources || []).map((s) => ({ where: where(s.node), node: describe(s.node) })) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch { /* not supported */ }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.events.push({ name: e.name, t: e.startTime, duration: e.duration, id: e.interactionId || 0,
          processing: e.processingEnd - e.processingStart, delay: e.processingStart - e.startTime });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch { /* not supported */ }
}

// ---- helpers -------------------------------------------------------------------------------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const frames = (page, n = 2) => page.evaluate((k) => new Promise((r) => {
  const step = (i) => (i ? requestAnimationFrame(() => step(i - 1)) : setTimeout(r, 0));
  step(k);
}), n);

async function newPage(browser, { network = null, cpu = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: VW, height: VH }, locale: 'en-US', colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
  await page.addInitScript(instrument, { tag: TAG, result: RESULT });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  // Every response's bytes on the wire (headers and body, as received: compressed).
  const reqs = new Map();
  let inflight = 0;
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    if (!reqs.has(e.requestId)) inflight++;
    reqs.set(e.requestId, { url: e.request.url, t: Date.now(), bytes: 0, done: false, encoding: null, type: e.type });
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r) {
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      r.encoding = h['content-encoding'] || 'identity';
      r.status = e.response.status;
      r.mime = e.response.mimeType;
    }
  });
  const finish = (e, failed) => {
    const r = reqs.get(e.requestId);
    if (!r || r.done) return;
    r.done = true;
    r.failed = failed;
    r.bytes = e.encodedDataLength || 0;
    inflight--;
    lastActivity = Date.now();
  };
  cdp.on('Network.loadingFinished', (e) => finish(e, false));
  cdp.on('Network.loadingFailed', (e) => finish(e, true));
  const net = {
    snapshot: () => [...reqs.values()].map((r) => ({ ...r })),
    // Resolves once nothing has been in flight for `quietMs` (or after `maxMs`).
    idle: async (quietMs = 500, maxMs = 60000) => {
      const end = Date.now() + maxMs;
      while (Date.now() < end) {
        if (inflight <= 0 && Date.now() - lastActivity >= quietMs) return true;
        await sleep(25);
      }
      return false;
    },
  };
  return { context, page, cdp, net, errors };
}

const sumBytes = (rs) => rs.reduce((s, r) => s + r.bytes, 0);
const isWasm = (r) => /\.wasm(\?|$)/.test(r.url);
function byKind(rs) {
  const out = {};
  for (const r of rs) {
    const k = isWasm(r) ? 'wasm' : /\.m?js(\?|$)/.test(r.url) ? 'js' : /\.json(\?|$)/.test(r.url) ? 'json' : /\.html?(\?|$)|\/$/.test(r.url) ? 'html' : 'other';
    out[k] = (out[k] || 0) + r.bytes;
  }
  return out;
}

/** Waits for the widget's first verdict (the result event, or [part=verdict] with text). */
function waitVerdict(page, ms = 60000) {
  return page.waitForFunction(({ tag }) => {
    const w = document.querySelector(tag);
    const v = w && w.shadowRoot && w.shadowRoot.querySelector('[part=verdict]');
    return window.__bench.firstPaint !== null || (v && v.textContent.trim() && v.offsetHeight > 0 && window.__bench.firstResult !== null);
  }, { tag: TAG }, { timeout: ms, polling: 50 });
}

function clsOf(shifts) {
  const counted = shifts.filter((s) => !s.hadRecentInput);
  const buckets = { widget: 0, after: 0, other: 0 };
  const nodes = {};
  for (const s of counted) {
    const wh = s.sources.map((x) => x.where);
    const k = wh.includes('widget') ? 'widget' : wh.includes('after') ? 'after' : 'other';
    buckets[k] += s.value;
    for (const x of s.sources) if (x.node) nodes[`${x.where}: ${x.node}`] = round((nodes[`${x.where}: ${x.node}`] || 0) + s.value, 4);
  }
  return { total: round(counted.reduce((a, s) => a + s.value, 0), 4), widget: round(buckets.widget, 4),
    pushedByWidget: round(buckets.after, 4), other: round(buckets.other, 4), shifts: counted.length, sources: nodes };
}

// ---- a + d(below the fold): bytes before/after the viewport, no throttling ---------------------
async function benchBytes(browser, base) {
  const { context, page, net, errors } = await newPage(browser);
  await page.goto(`${base}/bench/below-fold.html`, { waitUntil: 'load' });
  await net.idle(1000);
  await sleep(500);
  const before = net.snapshot();
  const visible = await page.evaluate((tag) => {
    const r = document.querySelector(tag).getBoundingClientRect();
    return { top: Math.round(r.top), viewports: Math.round((r.top / innerHeight) * 10) / 10 };
  }, TAG);
  await page.evaluate((tag) => document.querySelector(tag).scrollIntoView({ block: 'start' }), TAG);
  await waitVerdict(page);
  await net.idle(1000);
  await sleep(500);
  const after = net.snapshot();
  const shifts = await page.evaluate(() => window.__bench.shifts);
  await context.close();
  const wasmBefore = before.filter(isWasm);
  return {
    widgetTopPx: visible.top, widgetTopViewports: visible.viewports,
    beforeViewport: { bytes: sumBytes(before), requests: before.length, byKind: byKind(before) },
    afterViewport: { bytes: sumBytes(after), requests: after.length, byKind: byKind(after) },
    addedByScrolling: sumBytes(after) - sumBytes(before),
    wasmRequestedBeforeScroll: wasmBefore.length > 0,
    wasmBytesBeforeScroll: sumBytes(wasmBefore),
    encodings: Object.fromEntries(after.filter((r) => r.encoding).map((r) => [r.url.replace(base, ''), r.encoding])),
    clsBelowFold: clsOf(shifts),
    errors,
  };
}

// ---- b: time to interactive after scrolling, Slow 4G + 4x CPU, cold cache ------------------------
async function benchTti(browser, base, { scrollAt = 'idle' } = {}) {
  const { context, page, net, errors } = await newPage(browser, { network: SLOW_4G, cpu: CPU_RATE });
  const t0 = Date.now();
  await page.goto(`${base}/bench/below-fold.html`, { waitUntil: 'load', timeout: 120000 });
  const loadMs = Date.now() - t0;
  // 'idle': the reader reads the article first and scrolls once the page has gone quiet;
  // 'load': the reader jumps to the widget as soon as the page has loaded.
  if (scrollAt === 'idle') await net.idle(1000, 120000);
  const beforeScroll = await page.evaluate(() => ({ now: performance.now() }));
  const tScroll = await page.evaluate((tag) => {
    const t = performance.now();
    document.querySelector(tag).scrollIntoView({ block: 'start' });
    return t;
  }, TAG);
  await waitVerdict(page, 120000);
  await page.waitForFunction(() => window.__bench.firstPaint !== null, null, { timeout: 120000, polling: 50 });
  const b = await page.evaluate(() => ({ first: window.__bench.firstResult, paint: window.__bench.firstPaint }));
  // Already rendered below the fold before the scroll (an eager build): interactive at once,
  // i.e. when the next frame paints it, about 0.
  const tti = b.first < tScroll ? 0 : b.paint - tScroll;
  const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null);
  await context.close();
  return { scrollAt, ttiFromScrollMs: round(tti, 0), renderedBeforeScroll: b.first < tScroll, firstVerdictSinceNavMs: round(b.paint, 0),
    loadEventMs: round(nav, 0), wallLoadMs: loadMs, idleAtScrollMs: round(beforeScroll.now, 0), errors };
}

// ---- b': the same, for a reader who scrolls down at a skimming pace (120 px every 100 ms) ------
// From the moment the widget's top edge enters the viewport to its first verdict painted: the
// element starts loading when it is about one viewport away, so part of the wait happens before
// the reader sees it (0 if it answered before it came into view).
async function benchTtiReading(browser, base) {
  const { context, page, net, errors } = await newPage(browser, { network: SLOW_4G, cpu: CPU_RATE });
  await page.goto(`${base}/bench/below-fold.html`, { waitUntil: 'load', timeout: 120000 });
  await net.idle(1000, 120000);
  const r = await page.evaluate((tag) => new Promise((res) => {
    const w = document.querySelector(tag);
    let seen = null;
    new IntersectionObserver((es) => { if (seen === null && es.some((e) => e.isIntersecting)) seen = performance.now(); }).observe(w);
    const timer = setInterval(() => {
      window.scrollBy(0, 120);
      if (window.__bench.firstPaint !== null && seen !== null) {
        clearInterval(timer);
        res({ seen, paint: window.__bench.firstPaint });
      }
    }, 100);
  }), TAG);
  await context.close();
  return { ttiFromSeenMs: round(Math.max(0, r.paint - r.seen), 0), errors };
}

// ---- d(in view, no host rule): layout shift on start where the host skipped the README's rule --
async function benchShiftBare(browser, base) {
  const { context, page, errors } = await newPage(browser, { cpu: CPU_RATE });
  await page.goto(`${base}/bench/in-view.html?bare`, { waitUntil: 'load' });
  await waitVerdict(page);
  await sleep(1500);
  const shifts = await page.evaluate(() => window.__bench.shifts);
  await context.close();
  return { cls: clsOf(shifts), errors };
}

// ---- c + d(in view): click-to-verdict at 4x CPU, layout shift on start -----------------------
async function benchClicks(browser, base) {
  const { context, page, cdp, errors } = await newPage(browser, { cpu: CPU_RATE });
  await page.goto(`${base}/bench/in-view.html`, { waitUntil: 'load' });
  await waitVerdict(page);
  await sleep(1500);
  const shifts = await page.evaluate(() => window.__bench.shifts);
  // The options to alternate: (name, value) pairs, found in the shadow root each time.
  const plan = await page.evaluate(({ tag, names }) => {
    const root = document.querySelector(tag).shadowRoot;
    const out = [];
    for (const name of names) {
      const inputs = [...root.querySelectorAll(`input[data-q][name="${name}"]`)]
        // Shown (itself, or its label if the input is visually replaced); not folded away.
        .filter((i) => (i.type === 'radio' || i.type === 'checkbox') && !i.disabled
          && (i.getClientRects().length || i.closest('label')?.getClientRects().length));
      if (inputs.length < 1) continue;
      const checked = inputs.find((i) => i.checked);
      if (inputs[0].type === 'radio') {
        const other = inputs.find((i) => !i.checked);
        if (!other) continue;
        // Alternate between an unchecked option and the checked one (or a second one).
        const back = checked || inputs.find((i) => i !== other);
        out.push({ name, values: [other.value, back.value] });
      } else {
        const box = inputs.find((i) => !i.checked) || inputs[0];
        out.push({ name, values: [box.value, box.value] }); // a checkbox: on, then off
      }
    }
    return out;
  }, { tag: TAG, names: CLICK_QUESTIONS });
  if (!plan.length) throw new Error(`bench: no input[data-q] of ${CLICK_QUESTIONS.join(', ')} in the widget`);
  const seq = [];
  for (let i = 0; seq.length < CLICKS; i++) {
    const q = plan[Math.floor(i / 2) % plan.length];
    seq.push({ name: q.name, value: q.values[i % 2] });
  }

  // In-page: performance.now() before input.click() → result event → forced layout.
  const synthetic = [];
  const whole = [];
  let timeouts = 0;
  for (const c of seq) {
    const ms = await page.evaluate(({ tag, result, name, value }) => new Promise((res) => {
      const w = document.querySelector(tag);
      const input = [...w.shadowRoot.querySelectorAll(`input[data-q][name="${name}"]`)].find((i) => i.value === value);
      if (!input) return res(-1);
      input.scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => setTimeout(() => {
        const timer = setTimeout(() => res(-2), 5000);
        // The verdict: once the click's task and the microtasks it queued have run (an element
        // that renders in a microtask is counted too), with a forced layout; whether or not its
        // words changed. The whole result: the result event.
        const verdict = w.shadowRoot.querySelector('[part=verdict]');
        let tv = null;
        w.addEventListener(result, () => {
          void verdict.offsetHeight;
          const t = performance.now() - t0;
          clearTimeout(timer);
          res({ verdict: tv ?? t, whole: t });
        }, { once: true });
        const t0 = performance.now();
        input.click();
        queueMicrotask(() => queueMicrotask(() => {
          void verdict.offsetHeight;
          tv = performance.now() - t0;
        }));
      }, 0));
    }), { tag: TAG, result: RESULT, ...c });
    if (ms === -1) throw new Error(`bench: input[name=${c.name}][value=${c.value}] is gone`);
    if (ms === -2) timeouts++;
    else {
      synthetic.push(ms.verdict);
      whole.push(ms.whole);
    }
    await sleep(150); // a reader's pause; lets idle-time work run
  }

  // Real input: the DevTools protocol presses the mouse on the option; Event Timing reports
  // each interaction's duration (input delay + handlers + the next paint), >= 16 ms only.
  const real = [];
  for (const c of seq) {
    const pos = await page.evaluate(({ tag, name, value }) => new Promise((res) => {
      const w = document.querySelector(tag);
      const input = [...w.shadowRoot.querySelectorAll(`input[data-q][name="${name}"]`)].find((i) => i.value === value);
      if (!input) return res(null);
      const target = input.getClientRects().length && input.offsetWidth > 4 ? input : input.closest('label') || input;
      target.scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const r = target.getBoundingClientRect();
        window.__bench.nextResult = new Promise((ok) => {
          const timer = setTimeout(() => ok(false), 5000);
          w.addEventListener('qwen-or-llama-result', () => { clearTimeout(timer); ok(true); }, { once: true });
        });
        res({ x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2, t: performance.now() });
      }));
    }), { tag: TAG, ...c });
    if (!pos) throw new Error(`bench: input[name=${c.name}][value=${c.value}] is gone`);
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: pos.x, y: pos.y });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: pos.x, y: pos.y, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: pos.x, y: pos.y, button: 'left', clickCount: 1 });
    const got = await page.evaluate(() => window.__bench.nextResult);
    real.push({ ...c, t: pos.t, result: got });
    await frames(page, 2);
    await sleep(150);
  }
  await sleep(500);
  const entries = await page.evaluate(() => window.__bench.events);
  await context.close();
  // An interaction's duration is the longest of its events (as INP counts it); each entry goes to
  // the last click dispatched before it started.
  const perClick = real.map(() => 0);
  for (const e of entries) {
    if (!e.id) continue;
    let k = -1;
    for (let i = 0; i < real.length; i++) if (real[i].t <= e.t + 1) k = i;
    if (k >= 0) perClick[k] = Math.max(perClick[k], e.duration);
  }
  const reported = perClick.filter((d) => d >= 16);
  return {
    plan,
    synthetic: { clicks: synthetic.length, timeouts, medianMs: round(pct(synthetic, 50)), p95Ms: round(pct(synthetic, 95)),
      maxMs: round(Math.max(...synthetic)), samples: synthetic.map((x) => round(x)) },
    wholeResult: { medianMs: round(pct(whole, 50)), p95Ms: round(pct(whole, 95)), samples: whole.map((x) => round(x)) },
    eventTiming: { clicks: real.length, withResult: real.filter((r) => r.result).length, over16ms: reported.length,
      // Clicks without an entry took < 16 ms (the API's floor); counted as 0 in the percentiles.
      medianMs: round(pct(perClick, 50)), p95Ms: round(pct(perClick, 95)), maxMs: round(Math.max(...perClick)),
      samples: perClick },
    clsInView: clsOf(shifts),
    errors,
  };
}

// ---- run ---------------------------------------------------------------------------------------
const fmt = (x, unit = '') => (x === null || x === undefined ? 'n/a' : `${typeof x === 'number' ? x.toLocaleString('en-US') : x}${unit}`);
const ms16 = (x) => (x === null ? 'n/a' : x < 16 ? '<16 ms' : `${x} ms`);

async function main() {
  for (const f of ['qwen-or-llama-define.js', 'index.js', 'qwen_or_llama_bg.wasm']) {
    if (!existsSync(resolve(PKG, f))) throw new Error(`bench: ${resolve(PKG, f)} missing; run 'make build' (or pass --pkg DIR)`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`bench: ${CHROMIUM} missing; run 'make setup'`);
  // Timings on a busy machine (a build running beside) come out slower: say so.
  const loadStart = loadavg()[0];
  assembleSite({ pkg: PKG, www: WWW, out: SITE, extra: [[resolve(ROOT, 'tests/bench'), 'bench']] });
  const server = await startServer(SITE);
  const browser = await launch();
  let out;
  try {
    const bytes = await benchBytes(browser, server.url);
    const tti = await benchTti(browser, server.url);
    const ttiAtLoad = await benchTti(browser, server.url, { scrollAt: 'load' });
    const ttiReading = await benchTtiReading(browser, server.url);
    const clicks = await benchClicks(browser, server.url);
    const bare = await benchShiftBare(browser, server.url);
    out = {
      date: new Date().toISOString(), chromium: browser.version(), pkg: PKG, viewport: `${VW}x${VH}`,
      cpus: cpus().length, loadAverage: { start: round(loadStart, 2), end: round(loadavg()[0], 2) },
      wasmRawBytes: statSync(resolve(PKG, 'qwen_or_llama_bg.wasm')).size,
      conditions: { tti: `Slow 4G (1.6 Mbps down, 750 kbps up, 150 ms RTT), ${CPU_RATE}x CPU, cold cache, brotli`,
        clicks: `${CPU_RATE}x CPU, no network throttling` },
      bytes, tti, ttiAtLoad, ttiReading, clicks, bare,
    };
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(dirname(JSON_OUT), { recursive: true });
  writeFileSync(JSON_OUT, `${JSON.stringify(out, null, 2)}\n`);

  const { bytes: a, tti: b, ttiAtLoad: b2, ttiReading: b3, clicks: c, bare: d } = out;
  const rows = [
    ['Bytes before the widget is in view', `${fmt(a.beforeViewport.bytes, ' B')} (${a.beforeViewport.requests} requests; wasm ${fmt(a.beforeViewport.byKind.wasm || 0, ' B')})`],
    ['.wasm requested before scrolling', a.wasmRequestedBeforeScroll ? 'yes' : 'no'],
    ['Bytes after it is in view (total)', `${fmt(a.afterViewport.bytes, ' B')} (+${fmt(a.addedByScrolling, ' B')} by scrolling)`],
    ['Interactive after scrollIntoView, page idle', `${fmt(b.ttiFromScrollMs, ' ms')}${b.renderedBeforeScroll ? ' (rendered before the scroll)' : ''}; first verdict ${fmt(b.firstVerdictSinceNavMs, ' ms')} after navigation`],
    ['Interactive after scrollIntoView at load', `${fmt(b2.ttiFromScrollMs, ' ms')}${b2.renderedBeforeScroll ? ' (rendered before the scroll)' : ''}; first verdict ${fmt(b2.firstVerdictSinceNavMs, ' ms')} after navigation`],
    ['Interactive after it comes into view, skimming', `${fmt(b3.ttiFromSeenMs, ' ms')} (scrolling 1,200 px/s from the top)`],
    ['Click to verdict, in page (median / p95)', `${fmt(c.synthetic.medianMs, ' ms')} / ${fmt(c.synthetic.p95Ms, ' ms')} (${c.synthetic.clicks} clicks${c.synthetic.timeouts ? `, ${c.synthetic.timeouts} without a result event` : ''})`],
    ['Click to whole result, in page (median / p95)', `${fmt(c.wholeResult.medianMs, ' ms')} / ${fmt(c.wholeResult.p95Ms, ' ms')} (picks, ranking, sections: the result event)`],
    ['Click, Event Timing (median / p95)', `${ms16(c.eventTiming.medianMs)} / ${ms16(c.eventTiming.p95Ms)} (${c.eventTiming.clicks} CDP clicks, ${c.eventTiming.over16ms} over 16 ms)`],
    ['Layout shift, widget in view at load', `${c.clsInView.total} (widget ${c.clsInView.widget}, pushed by it ${c.clsInView.pushedByWidget}, other ${c.clsInView.other})`],
    ['  same, host without the README rule', `${d.cls.total} (widget ${d.cls.widget}, pushed by it ${d.cls.pushedByWidget}, other ${d.cls.other})`],
    ['Layout shift, below the fold + scroll', `${a.clsBelowFold.total} (widget ${a.clsBelowFold.widget}, pushed by it ${a.clsBelowFold.pushedByWidget}, other ${a.clsBelowFold.other})`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nbench-browser: ${PKG} (wasm ${fmt(out.wasmRawBytes, ' B')} raw), Chromium ${out.chromium}, ${out.viewport}`);
  console.log(`  network/CPU: TTI under ${out.conditions.tti}; clicks at ${out.conditions.clicks}\n`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
  // The 1-minute load average when the bench started (at the end it counts the bench itself).
  const busy = out.loadAverage.start;
  if (busy > 0.5 * out.cpus) {
    console.log(`\n  note: load average ${busy} on ${out.cpus} CPUs when the bench started; other work inflates the timings`);
  }
  const errs = [...a.errors, ...b.errors, ...b2.errors, ...b3.errors, ...c.errors, ...d.errors];
  if (errs.length) console.log(`\n  page errors: ${[...new Set(errs)].join(' | ')}`);
  console.log(`\nbench-browser: wrote ${JSON_OUT}`);
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
