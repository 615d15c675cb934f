// Shared parts of the embedding fixtures' checks: a static server that can send any header (CSP,
// CORS) and a Chromium check that a page renders a recommendation with no console error, page
// error or CSP violation. Each fixture's test.sh builds its project, then runs a check that
// imports this file from the repository ($ROOT/tests/embed/lib.mjs).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
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
 * CSP violation or element error event. Returns { page, verdict, requests, close() }.
 */
export async function openWidget(browser, url, { selector = 'qwen-or-llama', allowConsole = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
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
  return { page, verdict: text, requests, problems, check, close: () => context.close() };
}

/** Prints one line for a fixture's check that passed. */
export const ok = (fixture, what) => console.log(`embed: ${fixture}: ok: ${what}`);
