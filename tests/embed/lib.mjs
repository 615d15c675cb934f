// Shared parts of the embedding fixtures' checks: a static server that can send any header (CSP,
// CORS) and a Chromium check that a page renders a recommendation with no console error, page
// error or CSP violation. Each fixture's test.sh builds its project, then runs a check that
// imports this file from the repository ($ROOT/tests/embed/lib.mjs).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { launch } from '../../scripts/chromium.mjs';

export { launch };

/**
 * Serves `dir` on 127.0.0.1 (or `host`) on a free port, like a static host: sirv, with
 * `headers(path)` added to every response (e.g. a Content-Security-Policy on pages, CORS on a
 * second origin). Resolves to { url, origin, close() }.
 */
export function serveStatic(dir, { headers = () => ({}), host = '127.0.0.1' } = {}) {
  const files = sirv(dir, { dev: true, etag: true });
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    for (const [k, v] of Object.entries(headers(path))) res.setHeader(k, v);
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://${host}:${server.address().port}`;
      resolve({ url: `${origin}/`, origin, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

// Runs before any page script: records CSP violations and the element's events.
function recorder() {
  window.__embed = { violations: [], results: 0, errors: [] };
  document.addEventListener('securitypolicyviolation', (e) => window.__embed.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  document.addEventListener('qwen-or-llama-result', () => { window.__embed.results += 1; });
  document.addEventListener('qwen-or-llama-error', (e) => window.__embed.errors.push(e.detail));
}

/**
 * Opens `url` in a fresh context of `browser`, scrolls the first `selector` into view and waits
 * for its verdict. Fails on any page error, console error or warning that names React/hydration,
 * CSP violation or element error event. Returns { page, verdict, requests (URLs), responses,
 * check(), close() }.
 */
export async function openWidget(browser, url, { selector = 'qwen-or-llama', allowConsole = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  const responses = [];
  page.on('response', (r) => responses.push(r));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (allowConsole && allowConsole.test(text)) return;
    if (m.type() === 'error' || (m.type() === 'warning' && /hydrat|react/i.test(text))) problems.push(`console.${m.type()}: ${text}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  await page.addInitScript(recorder);
  await page.goto(url);
  const widget = page.locator(selector).first();
  await widget.scrollIntoViewIfNeeded();
  const verdict = widget.locator('[part=verdict]:not([hidden])');
  await verdict.waitFor({ timeout: 30_000 });
  const text = (await verdict.innerText()).trim();
  const check = async () => {
    const state = await page.evaluate(() => window.__embed);
    assert.deepEqual(problems, [], `${url}: no page errors, console errors or failed requests`);
    assert.deepEqual(state.violations, [], `${url}: no securitypolicyviolation events`);
    assert.deepEqual(state.errors, [], `${url}: no qwen-or-llama-error events`);
    assert.ok(state.results >= 1, `${url}: a qwen-or-llama-result event fired`);
  };
  return { page, verdict: text, requests, responses, problems, check, close: () => context.close() };
}

/** Prints one line for a fixture's check that passed. */
export const ok = (fixture, what) => console.log(`embed: ${fixture}: ok: ${what}`);

/**
 * The check of a bundled app (the vite and webpack fixtures): what the build emitted in `dir`,
 * then the page served from it in headless Chromium. The .wasm is its own asset, byte for byte
 * the package's (not inlined as base64 into the JS); the element shows a verdict; the headless
 * API wrote recommend({language:'zh'}).verdict.family into <output id="api-out">; and the page
 * fetched the .wasm once (the element and the API share one module instance), 200
 * application/wasm, from its own origin.
 */
export async function checkBundledApp(F, dir) {
  assert.ok(dir, 'usage: node check.mjs DIST_DIR');
  // The build output.
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(js|wasm)$/.test(f));
  const js = files.filter((f) => f.endsWith('.js'));
  const wasmFiles = files.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasmFiles.length, 1, `one .wasm asset in ${dir} (${wasmFiles.join(', ')})`);
  assert.ok(js.length >= 1, `a JS bundle in ${dir}`);
  const wasmBytes = readFileSync(join(dir, wasmFiles[0]));
  assert.ok(wasmBytes.equals(readFileSync('node_modules/qwen-or-llama/qwen_or_llama_bg.wasm')),
    'the emitted .wasm is byte for byte the package\'s qwen_or_llama_bg.wasm');
  const size = (b) => `${b.length.toLocaleString('en')} B (gzip ${gzipSync(b).length.toLocaleString('en')} B)`;
  const bundle = [];
  for (const f of js) {
    const text = readFileSync(join(dir, f), 'utf8');
    assert.doesNotMatch(text, /[A-Za-z0-9+/]{10000}/, `${f}: no long base64 run (the .wasm is not inlined)`);
    assert.doesNotMatch(text, /data:application\/(wasm|octet-stream)/, `${f}: no wasm data: URL`);
    bundle.push(`${f} ${size(Buffer.from(text))}`);
  }
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(html, /<qwen-or-llama lang="en" answers='\{"language":"zh"\}'>\s*<p>[^<]*needs JavaScript and WebAssembly/,
    'dist/index.html has the tag with its attributes and the fallback paragraph');
  ok(F, `build emitted the .wasm as its own asset, identical to the package's, and no JS file inlines it: ${wasmFiles[0]}`);
  ok(F, `bundle sizes: JS ${bundle.join(', ')}; wasm ${size(wasmBytes)}`);

  const server = await serveStatic(dir);
  const browser = await launch();
  try {
    const w = await openWidget(browser, server.url);
    try {
      const { page } = w;
      assert.ok(w.verdict.length > 0, 'the element shows a verdict');
      await page.waitForFunction(() => document.getElementById('api-out')?.textContent !== '', null, { timeout: 30_000 });
      const state = await page.evaluate(() => ({
        api: document.getElementById('api-out').textContent,
        element: document.querySelector('qwen-or-llama').result?.verdict.family ?? null,
        language: document.querySelector('qwen-or-llama').answers?.language ?? null,
      }));
      ok(F, `<qwen-or-llama lang="en" answers='{"language":"zh"}'> upgraded and rendered: ${JSON.stringify(w.verdict.replace(/\s+/g, ' ').slice(0, 80))}`);
      assert.equal(state.api, 'qwen', '#api-out has recommend({language:\'zh\'}).verdict.family');
      assert.equal(state.language, 'zh', 'the answers attribute reached the element');
      assert.equal(state.element, state.api, 'the element and the headless API agree on the same answers');
      ok(F, `headless API (import { ready, recommend } from 'qwen-or-llama') wrote #api-out = ${state.api}; the element's result.verdict.family = ${state.element}`);

      const wasm = w.requests.filter((u) => new URL(u).pathname.endsWith('.wasm'));
      assert.equal(wasm.length, 1, `the .wasm was requested once for the element and the API (${wasm.join(', ')})`);
      assert.equal(new URL(wasm[0]).pathname, `/${wasmFiles[0].split(sep).join('/')}`, 'the .wasm requested is the emitted asset');
      const wr = w.responses.filter((r) => new URL(r.url()).pathname.endsWith('.wasm'));
      assert.equal(wr.length, 1, 'one .wasm response');
      assert.equal(wr[0].status(), 200, '.wasm answered 200');
      assert.equal((await wr[0].allHeaders())['content-type'], 'application/wasm', '.wasm content-type');
      const foreign = w.requests.filter((u) => /^https?:/.test(u) && new URL(u).origin !== server.origin);
      assert.deepEqual(foreign, [], 'every request went to the page\'s own origin');
      ok(F, `one .wasm request shared by the element and the API, 200 application/wasm: ${new URL(wasm[0]).pathname}; ${w.requests.length} requests, all same-origin`);

      await w.check();
      ok(F, 'no page error, console error, failed request, CSP violation or element error; result event fired');
    } finally {
      await w.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
