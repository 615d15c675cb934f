// Failure and hostile-input paths: the wasm cannot load, host strings that look like HTML,
// a catalog the core rejects, and a strict CSP + Trusted Types host.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { events, launch, openPage, ready, quiet, settle, shown } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('when the .wasm request is blocked, the light-DOM fallback stays visible and an error event fires', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', {
    allowConsole: /Failed to load resource: net::ERR_FAILED/,
    setup: (p) => p.route('**/*.wasm', (r) => r.abort()),
  });
  await page.waitForFunction(() => window.__qol.events.some((e) => e.type === 'qwen-or-llama-error'));
  const [err] = await events(page, 'qwen-or-llama-error');
  assert.equal(err.detail.code, 'load-failed');
  assert.match(err.detail.message, /WebAssembly module could not be loaded/);
  assert.ok(err.bubbles && err.composed);
  assert.ok(await page.locator('#fallback').isVisible(), 'the fallback paragraph is visible');
  assert.equal(await page.locator('#w form').count(), 0, 'no questionnaire');
  assert.equal(await page.locator('#w [part=verdict]').count(), 0);
  const box = await page.locator('#w').boundingBox();
  assert.ok(box.height > 20);
  await page.done();
});

test('host strings render as text: a model named <img src=x onerror=alert(1)> runs no script', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html');
  const w = await ready(page, '#w');
  const hostile = '<img src=x onerror=alert(1)>';
  await page.evaluate(async (name) => {
    const api = await import('/pkg/index.js');
    const catalog = api.catalog();
    for (const m of catalog.models) m.name = `${name} ${m.family}`;
    const el = document.querySelector('#w');
    el.catalog = catalog;
    el.answers = { language: 'zh', tasks: ['chat', 'code'] };
  }, hostile);
  await settle(page);
  await quiet(page); // an injected onerror (its image request) would have fired by now
  const s = await shown(w);
  assert.equal(s.bestQwen, `${hostile} qwen`);
  assert.equal(s.bestLlama, `${hostile} llama`);
  assert.ok(s.summary.includes(hostile));
  assert.equal(await page.evaluate(() => document.querySelector('#w').shadowRoot.querySelectorAll('img, script, iframe, object, [onerror]').length), 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  // Every link in the shadow root is http(s) and opens safely.
  const links = await page.evaluate(() => [...document.querySelector('#w').shadowRoot.querySelectorAll('a')].map((a) => [a.protocol, a.rel]));
  assert.ok(links.length > 0);
  for (const [protocol, rel] of links) {
    assert.match(protocol, /^https?:$/);
    assert.equal(rel, 'noopener noreferrer');
  }
  await page.done();
});

test('a catalog the core rejects shows an error instead of a result and fires an error event with the path', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html');
  const w = await ready(page, '#w');
  await page.evaluate(async () => {
    const api = await import('/pkg/index.js');
    const catalog = api.catalog().models;
    catalog[0].sources = ['javascript:alert(1)'];
    document.querySelector('#w').catalog = catalog;
  });
  await settle(page);
  const err = (await events(page, 'qwen-or-llama-error')).at(-1);
  assert.equal(err.detail.code, 'unknown-value');
  assert.equal(err.detail.path, 'options.catalog[0].sources[0]');
  assert.match(await w.locator('.err').textContent(), /^No recommendation: /);
  assert.equal(await w.locator('[part=verdict]').isHidden(), true);
  // catalog-src that cannot be fetched: an error event.
  await page.evaluate(() => { document.querySelector('#w').catalogSrc = '/tests/e2e/fixtures/does-not-exist.json'; });
  await page.waitForFunction(() => window.__qol.events.some((e) => e.detail?.code === 'catalog-fetch-failed'));
  // Back to the built-in catalog.
  await page.evaluate(() => { document.querySelector('#w').catalog = null; });
  await settle(page);
  assert.equal((await shown(w)).verdict !== null, true);
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !/404/.test(p)));
  await page.done();
});

test('works under a strict CSP with Trusted Types enforced: 0 violations, styles applied', async () => {
  const policy = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
  const page = await openPage(browser, '/tests/e2e/fixtures/csp.html', {
    setup: (p) => p.route('**/fixtures/csp.html', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': policy } });
    }),
  });
  const w = await ready(page, '#w');
  const s = await shown(w);
  assert.equal(s.verdict, 'Qwen');
  // Chinese: the 35B-A3B line leads (Qwen3.6 by 1.6 points over Qwen3.5).
  assert.ok(['Qwen3.6-35B-A3B', 'Qwen3.5-35B-A3B'].includes(s.bestQwen), s.bestQwen);
  // The constructed stylesheet applied: the verdict card has its Qwen border and the bars their widths.
  assert.equal(await w.locator('[part=verdict]').evaluate((e) => getComputedStyle(e).borderInlineStartWidth), '6px');
  assert.notEqual(await w.locator('[part=best] .bar > i').first().evaluate((e) => e.style.transform), '');
  await page.evaluate(() => document.querySelector('#w').setAttribute('lang', 'zh'));
  await settle(page);
  assert.equal((await shown(w)).verdict, 'Qwen');
  assert.deepEqual(await page.evaluate(() => window.__qol.violations), [], 'the widget caused no violation');
  // The policy really is in force: a sink used by the page itself is blocked and reported.
  const enforced = await page.evaluate(() => {
    try { document.body.innerHTML = '<b>x</b>'; return 'innerHTML allowed'; } catch (e) { return e.name; }
  });
  assert.equal(enforced, 'TypeError', 'Trusted Types block innerHTML on this page');
  await page.waitForFunction(() => window.__qol.violations.length === 1);
  assert.match((await page.evaluate(() => window.__qol.violations.splice(0)))[0], /^require-trusted-types-for/);
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !/TrustedHTML/.test(p)));
  await page.done();
});
