// The script-tag embedding, checked in headless Chromium against the package files from the
// tarball (node_modules/qwen-or-llama in the fixture's work directory, passed as argv[2]):
// 1. the README's snippet served by a static host with the README's same-origin CSP;
// 2. the same snippet loading the files from a second origin (a CDN) with the README's CDN CSP;
// 3. an SPA that replaces the element 100 times and restores a cached one 100 times: afterwards
//    one instance and the listener count of a page with one element, one .wasm fetch;
// 4. two copies of the package on one page: the tag is defined once, by the first;
// 5. an app handing ready() its own URL for the .wasm: the element uses that instance.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ok, openWidget, serveStatic } from '../lib.mjs';

const work = process.argv[2];
const here = new URL('./', import.meta.url);
const readme = readFileSync(new URL('../../../pkg-template/README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(join(work, 'node_modules/qwen-or-llama/package.json'), 'utf8'));

/** The block between `<!-- embed: name -->` and `<!-- /embed -->` in the package README. */
function block(name) {
  const m = readme.match(new RegExp(`<!-- embed: ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\`\\s*<!-- /embed -->`));
  assert.ok(m, `pkg-template/README.md has an <!-- embed: ${name} --> block`);
  return m[1].trim();
}
const CDN = 'https://cdn.jsdelivr.net';
const snippet = block('script-tag');
const mainReadme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
assert.ok(mainReadme.includes(snippet), 'README.md shows the same script-tag snippet as the package README');
const sameOriginCsp = block('csp-same-origin').replace(/^Content-Security-Policy:\s*/, '');
const cdnCsp = block('csp-cdn').replace(/^Content-Security-Policy:\s*/, '');
// The snippet pins the package's major.minor, so a reader gets data updates and no breaking change.
const pinned = snippet.match(/qwen-or-llama@([\d.]+)\//)?.[1];
assert.equal(pinned, pkg.version.split('.').slice(0, 2).join('.'), 'the snippet pins the package major.minor');
const dirInUrl = `npm/qwen-or-llama@${pinned}`;

// The page host: the pages, a copy of the package at the snippet's path, a second copy elsewhere.
const site = join(work, 'site');
const cdnRoot = join(work, 'cdn');
const template = readFileSync(new URL('page.html', here), 'utf8');
const page = (name, body) => writeFileSync(join(site, name), template.replace('<!-- SNIPPET -->', body));
for (const d of [join(site, dirInUrl), join(site, 'copy'), join(site, 'npm/qwen-or-llama'), join(cdnRoot, dirInUrl)]) {
  mkdirSync(d, { recursive: true });
  cpSync(join(work, 'node_modules/qwen-or-llama'), d, { recursive: true });
}
cpSync(new URL('host.css', here), join(site, 'host.css'));
for (const f of ['spa.js', 'self-host.js', 'favicon.svg']) cpSync(new URL(f, here), join(site, f));
mkdirSync(join(site, 'assets'));
cpSync(join(work, 'node_modules/qwen-or-llama/qwen_or_llama_bg.wasm'), join(site, 'assets/selector.wasm'));

const cdn = await serveStatic(cdnRoot, { host: 'localhost', headers: () => ({ 'Access-Control-Allow-Origin': '*' }) });
let csp = sameOriginCsp;
const host = await serveStatic(site, { headers: (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': csp } : {}) });
page('same-origin.html', snippet.replace(CDN, ''));
page('cdn.html', snippet.replaceAll(CDN, cdn.origin));
const tag = snippet.match(/<script[^>]*><\/script>/)[0];
page('self-host.html', `<script type="module" src="/self-host.js"></script>\n${snippet.replace(/<script[^>]*><\/script>\s*/, '')}`);
page('spa.html', `${tag.replace(CDN, '')}\n<main id="app"></main>\n<script type="module" src="/spa.js"></script>`);
page('copies.html', `${tag.replace(CDN, '')}\n${tag.replace(`${CDN}/${dirInUrl}/`, '/copy/')}\n${snippet.replace(/<script[^>]*><\/script>\s*/, '')}`);

const browser = await launch();
const wasmFetches = (requests) => requests.filter((u) => u.endsWith('.wasm'));
try {
  {
    const w = await openWidget(browser, `${host.url}same-origin.html`);
    await w.check();
    assert.deepEqual(wasmFetches(w.requests), [`${host.origin}/${dirInUrl}/qwen_or_llama_bg.wasm`]);
    ok('static', `the README snippet from the same origin under "${csp}": verdict shown, 0 CSP violations, 0 console errors`);
    await w.close();
  }
  {
    csp = cdnCsp.replaceAll(CDN, cdn.origin);
    const w = await openWidget(browser, `${host.url}cdn.html`);
    await w.check();
    assert.deepEqual(wasmFetches(w.requests), [`${cdn.origin}/${dirInUrl}/qwen_or_llama_bg.wasm`]);
    assert.ok(w.requests.every((u) => u.startsWith(host.origin) || u.startsWith(cdn.origin) || u.startsWith('data:')), 'no request beyond the two origins');
    ok('static', `the files from a second origin (${cdn.origin}, CORS) under the README's CDN policy "${csp}": verdict shown, 0 violations`);
    await w.close();
    csp = sameOriginCsp;
  }
  {
    const w = await openWidget(browser, `${host.url}copies.html`);
    await w.check();
    const defined = await w.page.evaluate(async (dir) => {
      const first = await import(`/${dir}/qwen-or-llama-element.js`);
      const second = await import('/copy/qwen-or-llama-element.js');
      const cls = customElements.get('qwen-or-llama');
      return { first: cls === first.QwenOrLlamaElement, second: cls === second.QwenOrLlamaElement, widgets: document.querySelectorAll('qwen-or-llama').length };
    }, dirInUrl);
    assert.deepEqual(defined, { first: true, second: false, widgets: 1 });
    assert.equal(wasmFetches(w.requests).length, 1, 'one module instance');
    ok('static', 'two copies of the package on one page: the tag is defined once (by the first), no error, one .wasm fetch');
    await w.close();
  }
  {
    const w = await openWidget(browser, `${host.url}self-host.html`);
    await w.check();
    assert.deepEqual(wasmFetches(w.requests), [`${host.origin}/assets/selector.wasm`]);
    ok('static', 'ready(new URL("/assets/selector.wasm")) before the element starts: the element uses that instance (the only .wasm fetch)');
    await w.close();
  }
  await spa(browser);
} finally {
  await browser.close();
  await host.close();
  await cdn.close();
}

async function spa(b) {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const problems = [];
  const wasm = [];
  p.on('pageerror', (e) => problems.push(e.message));
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  p.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  await p.goto(`${host.url}spa.html`);
  await p.waitForFunction(() => window.router && customElements.get('qwen-or-llama'));
  const cdp = await context.newCDPSession(p);
  // Every handle goes in one object group, released after each count: a handle kept by the
  // protocol (the array queryObjects returns) would itself keep an instance alive.
  const group = 'embed-count';
  const value = async (expression) => (await cdp.send('Runtime.evaluate', { expression, objectGroup: group })).result;
  const counts = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const doc = await value('document');
    const win = await value('window');
    const onDoc = (await cdp.send('DOMDebugger.getEventListeners', { objectId: doc.objectId, depth: -1, pierce: true })).listeners;
    const onWin = (await cdp.send('DOMDebugger.getEventListeners', { objectId: win.objectId })).listeners;
    const proto = await value("customElements.get('qwen-or-llama').prototype");
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId, objectGroup: group });
    const n = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    const nodes = (await value('document.getElementsByTagName("*").length')).value;
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
    return { listeners: onDoc.length + onWin.length, instances: n.result.value, nodes };
  };
  await p.evaluate(() => window.router.go(0));
  // Let the first instance's idle work (the what-if analysis) finish before measuring.
  await p.waitForTimeout(600);
  const one = await counts();
  assert.equal(one.instances, 1);
  for (let i = 1; i <= 100; i++) await p.evaluate((n) => window.router.go(n), i);
  for (let i = 0; i < 100; i++) await p.evaluate(() => window.router.restore());
  await p.waitForTimeout(600);
  const after = await counts();
  // The element still answers a reader after all that.
  await p.locator('qwen-or-llama input[data-q="language"][value="en"]').check();
  await p.waitForFunction(() => document.querySelector('qwen-or-llama').result?.answers.language === 'en');
  await p.evaluate(() => window.router.leave());
  await p.waitForTimeout(600);
  const none = await counts();
  await context.close();
  assert.deepEqual(problems, [], 'no page or console errors');
  assert.deepEqual({ instances: after.instances, listeners: after.listeners }, { instances: 1, listeners: one.listeners }, 'after 200 swaps: one instance, the listeners of one element');
  assert.equal(none.instances, 0, 'no instance survives leaving the page');
  assert.equal(wasm.length, 1, 'the module is fetched and initialised once');
  ok('static', `SPA: 100 new elements + 100 restores of a cached one: ${after.instances} instance and ${after.listeners} listeners after GC (${one.listeners} with the first element alone; ${none.instances} instances and ${none.listeners} listeners after leaving), ${after.nodes} light-DOM nodes, 1 .wasm fetch`);
}
