// The Vite fixture's check: what `vite build` emitted (argv[2], e.g. dist), then the page served
// from it in headless Chromium. The .wasm is its own asset, byte for byte the package's (not
// inlined as base64 into the JS); the element shows a verdict; the headless API wrote
// recommend({language:'zh'}).verdict.family into <output id="api-out">; and the page fetched the
// .wasm once (the element and the API share one module instance), 200 application/wasm.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, openWidget, ok, serveStatic } from '../lib.mjs';

const dir = process.argv[2];
assert.ok(dir, 'usage: node check.mjs DIST_DIR');
const F = 'vite';

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
  // openWidget opens its own context; this wrapper records that context's responses so the
  // .wasm's status and content type can be checked (openWidget's `requests` are URLs only).
  const responses = [];
  const recording = {
    newContext: async (options) => {
      const context = await browser.newContext(options);
      context.on('response', (r) => responses.push(r));
      return context;
    },
  };
  const w = await openWidget(recording, server.url);
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
    const wr = responses.filter((r) => new URL(r.url()).pathname.endsWith('.wasm'));
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
