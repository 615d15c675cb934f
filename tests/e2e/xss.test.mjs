// SEC-01 (reliability-test-plan.md): no XSS from anything a host hands the element. The corpus is
// tests/data/xss-payloads.json: every payload of DOMPurify's own test fixtures (source, commit and
// license in the file) plus URI-scheme tricks. Each payload goes into every string field of a
// custom catalog, every attribute a host sets and the #qol= share fragment, on a page served
// under a strict policy: a nonce + 'strict-dynamic' + 'wasm-unsafe-eval', Trusted Types required
// and no policy allowed. Asserted, for all of it:
//  - no script ran: alert/confirm/prompt/print and a window.__pwned setter are traps, any dialog
//    or console message fails, and so does any securitypolicyviolation (an injected handler or
//    sink would be refused and reported); a self-test proves the oracle fires when one does run;
//  - a MutationObserver on each shadow root (and on the document) sees no element outside the
//    element's own tag set, no other node type, no event-handler or URL-loading attribute and no
//    href that is not http(s) (tests/e2e/fixtures/xss-harness.js);
//  - every marked string of the core's result reads back verbatim in the shadow root's text.
// The static sink check stays in scripts/test-sinks.sh.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { BASE, ROOT, launch, openPage, quiet } from './helpers.mjs';

const corpus = JSON.parse(readFileSync(`${ROOT}tests/data/xss-payloads.json`, 'utf8'));
const PAYLOADS = corpus.payloads;
const NONCE = 'xss-e2e';
const POLICY = `script-src 'nonce-${NONCE}' 'strict-dynamic' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; `
  + "require-trusted-types-for 'script'; trusted-types 'none'";
const FIXTURE = '/tests/e2e/fixtures/xss-host.html';
const BATCH = 10; // payloads per catalog: the ranking shows ten models, one payload each

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Runs before any page script: the oracle. Any call of a dialog function or a write to
// window.__pwned (what the URI-scheme payloads do) is recorded in window.__hits.
function oracle() {
  window.__hits = [];
  const hit = (what) => window.__hits.push(what);
  for (const k of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, k, { configurable: true, value: (...a) => hit(`${k}(${a.map(String).join(',')})`) });
  }
  Object.defineProperty(window, '__pwned', { configurable: true, get: () => undefined, set: (v) => { hit(`__pwned = ${v}`); } });
}

/** The fixture under POLICY (or none), the oracle installed, every other origin refused. */
async function hostile({ policy = POLICY, allowConsole = null } = {}) {
  const consoleAll = [];
  const page = await openPage(browser, FIXTURE, {
    allowConsole,
    setup: async (p) => {
      await p.route((url) => !url.href.startsWith(BASE), (r) => r.abort());
      await p.route(`**${FIXTURE}`, async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, headers: { ...res.headers(), ...(policy ? { 'content-security-policy': policy } : {}) } });
      });
      await p.addInitScript(oracle);
      p.on('console', (m) => { if (!(allowConsole && allowConsole.test(m.text()))) consoleAll.push(`console.${m.type()}: ${m.text()}`); });
    },
  });
  await page.waitForFunction(() => window.__xss && customElements.get('qwen-or-llama'));
  // The oracle's reading: nothing ran, nothing was refused, nothing foreign entered any DOM.
  page.clean = async (what) => {
    await quiet(page); // an injected handler or a pending image error would have fired by now
    const s = await page.evaluate(() => ({ hits: window.__hits, bad: window.__xss.bad, violations: window.__qol.violations, host: window.__hostScript }));
    assert.deepEqual(s.hits, [], `${what}: no payload called a dialog function or set window.__pwned`);
    assert.deepEqual(s.bad, [], `${what}: no foreign element, node, attribute or link in any shadow root or the document`);
    assert.deepEqual(s.violations, [], `${what}: no securitypolicyviolation`);
    assert.deepEqual(consoleAll, [], `${what}: no console message at all`);
    if (policy) assert.equal(s.host, 'ran', 'the host\'s own nonce\'d script ran');
  };
  page.consoleAll = consoleAll;
  return page;
}

const t0 = () => performance.now();
const secs = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

test('detector self-test: without a policy, payloads through a real sink run and are seen', async () => {
  const page = await hostile({ policy: null, allowConsole: /Failed to load resource/ });
  const threw = await page.evaluate(() => window.__xss.selfTest([
    '<img src=x onerror=alert(1)>', '<img src=x onerror="window.__pwned=\'img\'">', '<details open ontoggle=alert(3)>',
  ]));
  assert.deepEqual(threw, [], 'innerHTML is allowed without a policy');
  await page.waitForFunction(() => window.__hits.length >= 3, null, { timeout: 5000 });
  const s = await page.evaluate(() => ({ hits: window.__hits, bad: window.__xss.bad }));
  assert.deepEqual(s.hits.sort(), ['__pwned = img', 'alert(1)', 'alert(3)'], 'the oracle records each payload that ran');
  assert.ok(s.bad.some((b) => b.startsWith('self-test: <img>')), `the observer flags the <img>: ${s.bad}`);
  assert.ok(s.bad.some((b) => /attribute self-test: <img onerror=/.test(b)), 'and its handler attribute');
  assert.ok(s.bad.some((b) => /<details ontoggle=/.test(b)), 'the ontoggle attribute is flagged');
  page.problems.length = 0;
  await page.done();
});

test('detector self-test: under the strict policy the same sink is refused and reported', async () => {
  const page = await hostile({ allowConsole: /TrustedHTML/ });
  const threw = await page.evaluate(() => window.__xss.selfTest(['<img src=x onerror=alert(1)>']));
  assert.deepEqual(threw, ['TypeError'], 'Trusted Types refuse innerHTML');
  await page.waitForFunction(() => window.__qol.violations.length === 1);
  assert.match((await page.evaluate(() => window.__qol.violations.splice(0)))[0], /^require-trusted-types-for/);
  await page.clean('self-test');
  await page.done();
});

test(`${PAYLOADS.length} payloads in every string field of custom catalogs (${BATCH} per catalog) stay text`, async () => {
  const page = await hostile();
  const start = t0();
  const missing = [];
  for (let k = 0; k < PAYLOADS.length; k += BATCH) {
    // The last catalog is filled up with payloads from the start (a catalog's names must differ).
    const batch = [...Array(BATCH).keys()].map((j) => (k + j) % PAYLOADS.length);
    const m = await page.evaluate(({ corpus, batch }) => window.__xss.catalogBatch(corpus, batch), { corpus: PAYLOADS, batch });
    missing.push(...m.map((x) => `batch ${k / BATCH}: ${x}`));
  }
  const cov = await page.evaluate(() => window.__xss.coverage());
  const state = await page.evaluate(() => ({ errors: window.__xss.errors, tags: [...window.__xss.seenTags].sort() }));
  assert.deepEqual(missing.slice(0, 20), [], `every marked string of the result reads back as text (${missing.length} missing)`);
  assert.deepEqual(state.errors, [], 'every hostile catalog is valid: no error event');
  // Each payload read back in at least these fields (the rest depend on the model and answers).
  const always = ['name', 'generation', 'license', 'namePrefix', 'claimEn', 'claimZh', 'factEn', 'factZh', 'correctionSource', 'modelSource'];
  for (const i of PAYLOADS.keys()) {
    const got = new Set(cov.byPayload[i] || []);
    const lacking = always.filter((f) => !got.has(f));
    assert.deepEqual(lacking, [], `payload ${i} ${JSON.stringify(PAYLOADS[i]).slice(0, 60)} read back in every always-rendered field`);
  }
  await page.clean('catalog fields');
  const batches = Math.ceil(PAYLOADS.length / BATCH);
  const placed = PAYLOADS.length * 17;
  console.log(`xss: catalog: ${PAYLOADS.length} payloads x 17 string fields = ${placed} placed, in ${batches} catalogs x 3 renders `
    + `(en two columns, zh compact, en with exclusions; every <details> open); ${cov.pairs} payload x field pairs read back verbatim `
    + `(${Object.entries(cov.byField).map(([f, n]) => `${f} ${n}`).join(', ')}); tags seen: ${state.tags.join(' ')}; ${secs(start)}`);
  await page.done();
});

test(`${PAYLOADS.length} payloads in every host attribute and in the #qol= fragment run nothing`, async () => {
  const page = await hostile({ allowConsole: /Failed to load resource|Fetch API cannot load/ });
  const start = t0();
  const attrs = await page.evaluate((c) => window.__xss.attributes(c), PAYLOADS);
  assert.equal(attrs.steps, PAYLOADS.length * 2);
  assert.equal(attrs.verdicts, attrs.steps, 'after each step the element still shows a verdict');
  assert.equal(attrs.shown !== null, true);
  assert.equal(attrs.codes['catalog-fetch-failed'], PAYLOADS.length, 'every catalog-src payload failed to load, with an error event');
  const frag = await page.evaluate((c) => window.__xss.fragment(c), PAYLOADS);
  assert.equal(frag.verdicts, frag.steps, 'every element started from a hostile #qol= shows a verdict');
  await page.clean('attributes and fragment');
  console.log(`xss: attributes: ${PAYLOADS.length} payloads x 7 (lang, theme, hide, loading, answers as JSON with the payload `
    + `in 4 values (rotating over the 15 questions) and as a key, answers raw, catalog-src) = ${PAYLOADS.length * 7} settings in ${attrs.steps} steps, `
    + `error events ${JSON.stringify(attrs.codes)}, ${attrs.ms} ms; #qol= fragment: ${frag.steps} elements (JSON and raw), ${frag.ms} ms; ${secs(start)}`);
  await page.done();
});

test('payloads as whole source URLs are refused by the core: an error shown as text, never a link', async () => {
  const page = await hostile();
  const start = t0();
  const indices = [...PAYLOADS.keys()];
  const out = await page.evaluate(({ c, indices }) => window.__xss.rawSources(c, indices), { c: PAYLOADS, indices });
  for (const r of out) {
    const what = JSON.stringify(PAYLOADS[r.i]).slice(0, 60);
    assert.deepEqual(r.problems, ['catalog.models[0].sources[0]'], `${what}: validateCatalog refuses it`);
    assert.deepEqual(r.events, ['options.catalog.models[0].sources[0]'], `${what}: one error event with the path`);
    assert.match(r.error ?? '', /^No recommendation: /, `${what}: the error box shows`);
    assert.deepEqual(r.links, [], `${what}: no visible link while the catalog is refused`);
  }
  await page.clean('raw source URLs');
  console.log(`xss: source URLs: ${out.length} payloads as a whole URL refused (unknown-value), shown as text; ${secs(start)}`);
  await page.done();
});
